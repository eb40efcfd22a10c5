import { describe, expect, it } from "vitest";
import { byline } from "../../src/stages/byline.js";
import { catalogPhrases } from "../../src/stages/catalog-phrases.js";
import { dateline } from "../../src/stages/dateline.js";
import { headline } from "../../src/stages/headline.js";
import { scraperHeader } from "../../src/stages/scraper-header.js";
import { runStages } from "../helpers.js";

const STAGES = [scraperHeader, catalogPhrases, dateline, byline, headline];
const LEAD =
  "The Senate approved a $19.1 billion disaster aid bill on Thursday after months of wrangling.";

describe("byline", () => {
  it("removes author, agency and timestamp lines near the top and keeps their date", () => {
    const run = runStages(
      `Headline of the story\n\nBy Jane Doe\n\nAssociated Press\nNovember 19, 2019, 9:02 AM\n\n${LEAD}`,
      STAGES,
    );
    expect(run.kinds).toEqual(["headline", "byline", "byline", "byline", "keep"]);
    // The date as written, without the time beside it.
    expect(run.findings.bylineDates).toEqual(["November 19, 2019"]);
  });

  const FRENCH_LEAD =
    "Le conseil régional a adopté mardi le nouveau budget après un long débat, selon les responsables.";
  const RUSSIAN_LEAD =
    "Городской совет во вторник после долгих споров утвердил новый бюджет, сообщили чиновники.";
  const GERMAN_LEAD =
    "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen, hieß es.";
  it.each([
    ["English bar", "By Jane Roe | Updated: March 3, 2020 | 4 min read", "March 3, 2020", LEAD],
    [
      "French bar",
      "Par Jean Dupont | Publié le 3 mars 2020 à 10h15 | Mis à jour le 4 mars 2020",
      "3 mars 2020",
      FRENCH_LEAD,
    ],
    ["German label and Uhr", "Aktualisiert am 02.05.2020, 10:15 Uhr", "02.05.2020", GERMAN_LEAD],
    ["Russian label, dotted", "Опубликовано: 12.03.2021 14:05", "12.03.2021", RUSSIAN_LEAD],
    ["glued year and time", "Sam Poe | Mar 2, 20209:15 AM", "Mar 2, 2020", LEAD],
  ])("reads the date of a labelled or barred stamp: %s", (_, stamp, written, lead) => {
    const run = runStages(`Headline of the story\n\n${stamp}\n\n${lead}`, STAGES);
    expect(run.kinds).toEqual(["headline", "byline", "keep"]);
    expect(run.findings.bylineDates[0]).toBe(written);
  });

  // A scraper that printed a paragraph three times made three paragraphs of
  // prose above the byline, and the search stopped before it; the headline
  // stage then took the byline for the title (and a second cleaning, with
  // the copies gone, did not: the idempotence property found it).
  it.each([
    ["English", "By Jane Doe", LEAD],
    ["French", "Par Jean Dupont", FRENCH_LEAD],
    ["German", "Von Max Muster", GERMAN_LEAD],
  ])("a paragraph printed three times counts once above the byline (%s)", (_name, by, lead) => {
    const copy = "The two ministers talked for half an hour before their delegations joined them.";
    const run = runStages(`${copy}\n${copy}\n${copy}\n${by}\nTOKYO (Sputnik) - ${lead}`, STAGES);
    expect(run.kinds[3]).toBe("byline");
    expect(run.findings.headline?.text).not.toBe(by);
  });

  it("keeps a sentence that contains a date", () => {
    const run = runStages(
      `Headline of the story\n\nThe meeting took place on November 19, 2019 in Geneva.`,
      STAGES,
    );
    expect(run.kinds).toEqual(["headline", "keep"]);
  });
});

describe("headline", () => {
  it("picks the title above the dateline, not the caption above it (the Sputnik trap)", () => {
    const run = runStages(
      [
        " date 2019-05-31 Register",
        "    Russian Foreign Minister Sergei Lavrov Meets his Japanese counterpart Taro Kono on January 14, 2019",
        "",
        "    Japanese and Russian FM Discuss Kuril Islands Issue, Bilateral Ties in Tokyo",
        "",
        "    TOKYO (Sputnik) - Japanese Foreign Minister Taro Kono said on Friday that positive changes had emerged.",
      ].join("\n"),
      STAGES,
    );
    expect(run.findings.headline?.text).toBe(
      "Japanese and Russian FM Discuss Kuril Islands Issue, Bilateral Ties in Tokyo",
    );
    expect(run.kinds).toEqual(["header", "caption", "headline", "keep"]);
  });

  it("skips a kicker and a breadcrumb above the headline", () => {
    const run = runStages(
      `News › World › Europe\n\nEurope\n\nItaly agrees budget after week of talks\n\n${LEAD}`,
      STAGES,
    );
    expect(run.findings.headline?.text).toBe("Italy agrees budget after week of talks");
    expect(run.kinds).toEqual(["nav", "kicker", "headline", "keep"]);
  });

  it("keeps a headline that ends with a question mark", () => {
    const run = runStages(`Is the economy heading for a recession?\n\n${LEAD}`, STAGES);
    expect(run.findings.headline?.text).toBe("Is the economy heading for a recession?");
  });

  it("takes the header's title and strips a known site suffix", () => {
    const run = runStages(
      `Title: Oil climbs as tensions rise | Reuters\n\nOil climbs as tensions rise\n\n${LEAD}`,
      STAGES,
    );
    expect(run.findings.headline).toMatchObject({
      text: "Oil climbs as tensions rise",
      confidence: 1,
    });
    expect(run.kinds).toEqual(["header", "headline", "keep"]);
  });

  it("uses a `Title:` header even when the title line is missing from the text", () => {
    const run = runStages(`Title: Only in the header\n\n${LEAD}`, STAGES);
    expect(run.findings.headline?.text).toBe("Only in the header");
  });

  it("returns no headline when the text opens with prose", () => {
    const run = runStages(LEAD, STAGES);
    expect(run.findings.headline).toBeUndefined();
  });
});
