import { describe, expect, it } from "vitest";
import { scraperHeader } from "../../src/stages/scraper-header.js";
import { runStages } from "../helpers.js";

describe("scraper header", () => {
  it("removes the seed scraper's ` date YYYY-MM-DD Register` line and keeps its date", () => {
    const run = runStages(" date 2019-05-31 Register\n    Caption\n\n    Headline", [
      scraperHeader,
    ]);
    expect(run.kinds).toEqual(["header", "keep", "keep"]);
    expect(run.findings.header.date).toBe("2019-05-31");
  });

  it("reads a key-value header block and stops at the first non-header line", () => {
    const run = runStages(
      "Headline: Oil climbs\nPublished: November 19, 2019\nSource URL: https://www.reuters.com/x\n\nOil climbs\n\nSource: said to be a body line",
      [scraperHeader],
    );
    expect(run.kinds).toEqual(["header", "header", "header", "keep", "keep"]);
    expect(run.findings.header).toEqual({
      title: "Oil climbs",
      date: "November 19, 2019",
      url: "https://www.reuters.com/x",
    });
  });

  it("understands header keys in other languages", () => {
    const run = runStages(
      "Titre: Grève\nDate de publication: 12 juin 2019\nИсточник: ТАСС\n\nGrève",
      [scraperHeader],
    );
    expect(run.findings.header).toEqual({ title: "Grève", date: "12 juin 2019", source: "ТАСС" });
  });

  it("does not take a headline with a colon for a header", () => {
    const run = runStages("Fact Check: Is An Oxygen Bar Real?\n\nBody.", [scraperHeader]);
    expect(run.kinds).toEqual(["keep", "keep"]);
  });
});
