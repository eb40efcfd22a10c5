import { describe, expect, it } from "vitest";
import { captionCue } from "../../src/stages/caption-cue.js";
import { photoCredit } from "../../src/stages/photo-credit.js";
import { pictureBlock } from "../../src/stages/picture-block.js";
import { runStages } from "../helpers.js";

describe("caption cues", () => {
  it.each([
    "A picture taken on December 12, 2016 shows the town of Kurilsk",
    "FILE PHOTO: The logo of the company is seen at its headquarters",
    "In this file photo taken on June 11, 2015, medical staff stand guard near the embassy",
    "In this Dec. 12, 2006, file photo, made available by NASA, two astronauts work outside the station",
    "* In this Sunday, Nov. 10, 2019, photograph, unsold vehicles sit at a dealership",
    "A general view shows the old town of Dubrovnik",
    "Imagen de archivo de el puerto de Valencia",
    "Photo d'illustration des manifestants",
    "На фото: министр иностранных дел",
  ])("removes the standalone caption %s", (line) => {
    expect(runStages(line, [captionCue]).kinds).toEqual(["caption"]);
  });

  it("keeps prose that opens with 'In this' and mentions a photo", () => {
    const line = "In this case, the photo shows what the court was never told.";
    expect(runStages(line, [captionCue]).kinds).toEqual(["keep"]);
  });

  it("keeps a long sentence that happens to open like a caption", () => {
    const line =
      "A picture taken on the night of the attack shows the suspect entering the building, prosecutors told the court on Tuesday, adding that the footage had been verified by two experts.";
    expect(runStages(line, [captionCue]).kinds).toEqual(["keep"]);
  });
});

describe("picture block", () => {
  it("removes the caption and teaser lines of a picture widget glued into a paragraph", () => {
    const run = runStages(
      [
        "Flags flutter in front of the harbour",
        "© Anadolu Agency / Omar Kowalski",
        "Paris et Berlin appellent à un cessez-le-feu immédiat",
        "And earlier in the week, Turkey drew Iceland 0-0 in Istanbul to book its spot in the tournament.",
      ].join("\n"),
      [photoCredit, captionCue, pictureBlock],
    );
    expect(run.kinds).toEqual(["caption", "credit", "teaser", "keep"]);
  });

  it("reaches two lines past the credit and nothing above the caption", () => {
    // A scrape without blank lines: the whole article is one block, so a
    // picture's widget must not swallow the headline above it or the
    // article's short lines further down.
    const run = runStages(
      [
        "Council approves budget after long debate",
        "The regional council approved the new budget on Tuesday after a long debate, officials said.",
        "Flags flutter in front of the town hall",
        "Photo: Reuters",
        "Open in photo bank",
        "Related: Mayor resigns",
        "Key figures",
        "Opposition members argued that the plan would leave too little for schools and transport.",
      ].join("\n"),
      [photoCredit, captionCue, pictureBlock],
    );
    expect(run.kinds).toEqual([
      "keep",
      "keep",
      "caption",
      "credit",
      "teaser",
      "teaser",
      "keep",
      "keep",
    ]);
  });

  it("leaves paragraphs without a caption or credit alone", () => {
    const run = runStages("Short line\nAnother short line", [
      photoCredit,
      captionCue,
      pictureBlock,
    ]);
    expect(run.kinds).toEqual(["keep", "keep"]);
  });
});
