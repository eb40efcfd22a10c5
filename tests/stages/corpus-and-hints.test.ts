import { describe, expect, it } from "vitest";
import { statsOfText } from "../../src/corpus/learn.js";
import { profileFromJSON, RepetitionProfile } from "../../src/corpus/repetition.js";
import { cleanArticle } from "../../src/index.js";
import { corpusRepetition } from "../../src/stages/corpus-repetition.js";
import { scanLine } from "../../src/text/facts.js";
import { runStages } from "../helpers.js";

const paragraph = (topic: string) =>
  `The city council debated ${topic} for three hours on Tuesday before a narrow majority approved the plan, officials said.`;

/** The profile a corpus pass learns from these texts, as files of one folder. */
function profileOf(texts: readonly string[], folder: string): RepetitionProfile {
  const profile = new RepetitionProfile();
  texts.forEach((text, i) => {
    const stats = statsOfText(text, `${folder}/${i}.txt`);
    profile.addFile(
      stats.scope,
      stats.lineKeys,
      stats.headlineKeys,
      stats.leadKey,
      stats.previousKeys,
    );
  });
  return profile;
}

/** A folder of articles from one site: each ends with the site's own widget line, under different text. */
function siteProfile(files: number): RepetitionProfile {
  const texts = Array.from({ length: files }, (_, i) =>
    [
      `Headline number ${i} about topic ${i}`,
      paragraph(`topic ${i}`),
      "Join our reader panel today",
    ].join("\n\n"),
  );
  return profileOf(texts, "site");
}

describe("corpus repetition", () => {
  it("removes a line that recurs across the site's files in varied contexts", () => {
    const profile = siteProfile(20);
    const text = ["A new headline", paragraph("parking"), "Join our reader panel today"].join(
      "\n\n",
    );
    const run = runStages(text, [corpusRepetition], { profile, path: "site/new.txt" });
    expect(run.kinds).toEqual(["keep", "keep", "repeated"]);
    expect(run.report.verdict(2)?.reason).toMatch(/occurs in 20 of 20 files/);
  });

  it("does not count copies of one article (same lead) as repetition", () => {
    const copy = ["Same story", paragraph("bikes"), "A short list line", paragraph("lanes")];
    const profile = profileOf(Array(20).fill(copy.join("\n\n")), "copies");
    expect(profile.fileCount("dir:copies")).toBe(1);
    const run = runStages(
      ["Same story", paragraph("bikes"), "A short list line"].join("\n\n"),
      [corpusRepetition],
      {
        profile,
        path: "copies/x.txt",
      },
    );
    expect(run.kinds).toEqual(["keep", "keep", "keep"]);
  });

  it.each([
    ["en", "Tell us what you think of this story and add your own two cents below."],
    ["fr", "Dites-nous ce que vous pensez de cet article et donnez votre avis ci-dessous."],
  ])(
    "counts every file when the site prints one short prompt above every story (%s)",
    (_lang, prompt) => {
      // The prompt is each file's first line of prose; the article's own
      // long paragraph is its lead. Taking the prompt for the lead made every
      // file a copy of the first, and nothing of the site was counted.
      const long = (i: number) =>
        `${paragraph(`topic ${i}`)} The vote came after months of argument over how much the city can afford to spend.`;
      const texts = Array.from({ length: 20 }, (_, i) =>
        [`Headline ${i}`, prompt, long(i), "Join our reader panel today"].join("\n\n"),
      );
      const profile = profileOf(texts, "prompted");
      const scope = statsOfText("x", "prompted/x.txt").scope;
      expect(profile.fileCount(scope)).toBe(20);
      expect(profile.lineCount(scope, scanLine(prompt).keyHash)).toBe(20);
    },
  );

  it("removes a line that is another article's headline (a teaser)", () => {
    const profile = siteProfile(3);
    const record = cleanArticle(
      [
        "Today's story",
        paragraph("trams"),
        "Headline number 1 about topic 1",
        paragraph("buses"),
      ].join("\n\n"),
      {
        profile,
        path: "site/today.txt",
        explain: true,
      },
    );
    expect(record.removed?.find((r) => r.rule === "repeated/other-headline")?.text).toBe(
      "Headline number 1 about topic 1",
    );
  });

  it("survives a round trip through JSON (learn -o, then --profile)", () => {
    const profile = siteProfile(20);
    const again = profileFromJSON(JSON.parse(JSON.stringify(profile.toJSON())));
    const key = scanLine("Join our reader panel today").keyHash;
    expect(again.lineCount("dir:site", key)).toBe(20);
    expect(again.inVariedContexts("dir:site", key)).toBe(true);
    expect(() => profileFromJSON({ format: "something else" })).toThrow(
      /not an article-clean profile/,
    );
    // A profile of the version that counted key strings is refused with a way out.
    expect(() => profileFromJSON({ ...profile.toJSON(), version: 1 })).toThrow(/learn` again/);
  });
});

describe("publisher hints", () => {
  it("takes the source from the page's furniture, never from a photo credit", () => {
    const lead =
      "The company said on Tuesday that sales fell in the third quarter, citing weaker demand.";
    const withHint = cleanArticle(
      ["Sales fall", "By Jane Doe | Example Herald", lead, "© Reuters"].join("\n\n"),
    );
    expect(withHint).toMatchObject({ source: "Example Herald", source_from: "byline" });
    const creditOnly = cleanArticle(["Sales fall", lead, "Photo: Reuters"].join("\n\n"));
    expect(creditOnly.source).toBeNull();
  });
});

describe("labelled teasers of known headlines", () => {
  it("removes 'ANY LABEL: <another article's headline>' whatever the label's language", () => {
    const profile = siteProfile(3);
    const text = [
      "Today's story",
      paragraph("trams"),
      "Lees ook: Headline number 2 about topic 2",
      paragraph("buses"),
    ].join("\n\n");
    const run = runStages(text, [corpusRepetition], { profile, path: "site/today.txt" });
    expect(run.kinds).toEqual(["keep", "keep", "teaser", "keep"]);
  });
});
