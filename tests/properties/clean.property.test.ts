import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/index.js";
import { ArticleRecordSchema } from "../../src/schema.js";
import { normaliseText } from "../../src/text/normalise.js";

/** Pieces real scrapes are made of, so generated inputs exercise every stage. */
const PIECES = [
  " date 2019-05-31 Register",
  "Title: Oil prices climb | Reuters",
  "URL: https://www.reuters.com/article/x",
  "Japanese and Russian FM Discuss Kuril Islands Issue",
  "TOKYO (Sputnik) - Japanese Foreign Minister Taro Kono said on Friday that positive changes had been emerging.",
  "MOSCOW, May 31 (Reuters) - Russia said on Friday it would respond to the new sanctions in kind.",
  "The two ministers spent more than half an hour talking before their delegations joined them in the hall.",
  "The investigation is ongoing.",
  "US FALLS",
  "A picture taken on December 12, 2016 shows the town of Kurilsk",
  "© AFP 2019 / ANDREY KOVALENKO",
  "Kremlin Rules Out Kurils Transfer to Japan, Says Experts",
  "READ MORE: Protests Enter Third Week",
  "Votre message a été envoyé!",
  "Subscribe to our newsletter",
  "We use cookies to improve your experience on our site.",
  "By Jane Doe",
  "November 19, 2019, 9:02 AM",
  "More from Example Sports",
  "* Home",
  "(BUTTON) Search",
  "1",
  "Читайте также: Песков прокомментировал слухи",
  "新华社北京5月31日电 国务院常务会议31日决定，进一步降低小微企业税负。",
];

const SEPARATORS = ["\n", "\n\n", "\r\n", "\n    ", "\u00A0\n", "\n\n\n"];

/** A scrape: realistic pieces, joined by the separators scrapers produce. */
const scrape = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 24 })
  .map((parts) => parts.map(([piece, sep]) => piece + sep).join(""));

/** Anything at all: control characters, lone surrogates, every script. */
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: "grapheme", maxLength: 400 }),
);

const inputs = fc.oneof(
  scrape,
  anyText,
  fc.tuple(scrape, anyText).map(([a, b]) => a + b),
);

/**
 * What a second run sees: the record's headline as the first paragraph,
 * then its body (a user who cleans the tool's own output, or a pipeline
 * that stores "headline, blank line, body" and runs the tool again).
 */
function reassembled(record: { headline: string | null; body: string }): string {
  return record.headline === null ? record.body : `${record.headline}\n\n${record.body}`;
}

/** The normalised input's lines: the only text a body may contain. */
function inputLines(text: string): Set<string> {
  return new Set(normaliseText(text).split("\n"));
}

describe("cleanArticle invariants (property-based)", () => {
  it("never throws and always returns a record that validates", () => {
    fc.assert(
      fc.property(inputs, (text) => {
        const record = cleanArticle(text, { explain: true });
        expect(ArticleRecordSchema.safeParse(record).success).toBe(true);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    );
  });

  it("never invents text: every body line is a line of the normalised input, or part of one", () => {
    fc.assert(
      fc.property(inputs, (text) => {
        const lines = [...inputLines(text)];
        for (const paragraph of cleanArticle(text).body.split("\n\n")) {
          for (const line of paragraph.split("\n"))
            if (line !== "") expect(lines.some((input) => input.includes(line))).toBe(true);
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    );
  });

  it("is idempotent: cleaning headline + body again gives the same headline and body", () => {
    fc.assert(
      fc.property(inputs, (text) => {
        const once = cleanArticle(text);
        const again = cleanArticle(reassembled(once));
        expect(again.headline).toBe(once.headline);
        expect(again.body).toBe(once.body);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    );
  });
});
