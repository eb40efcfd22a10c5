import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { eld } from "eld/small";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tableFromEld } from "../../src/language/ngram-data.js";
import { createDetector } from "../../src/language/ngram-detector.js";
import { parseTable, serialiseTable } from "../../src/language/ngram-table.js";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");

// The table as the build writes it and the CLI reads it: built, saved, parsed.
const detect = createDetector(parseTable(serialiseTable(tableFromEld(), "test")));

function fixtureTexts(): string[] {
  const cases = path.join(FIXTURES, "cases");
  return [
    ...readdirSync(cases).map((name) => readFileSync(path.join(cases, name, "input.txt"), "utf8")),
    readFileSync(path.join(FIXTURES, "000_4dc32eb5bbb7fce7.txt"), "utf8"),
  ];
}

describe("the flat n-gram detector answers exactly as eld does", () => {
  it("on every window of every fixture (12 languages and layouts)", () => {
    let compared = 0;
    for (const text of fixtureTexts()) {
      for (let at = 0; at < text.length; at += 23) {
        for (const width of [20, 120, 400, 1100]) {
          const sample = text.slice(at, at + width);
          expect(detect(sample), sample).toBe(eld.detect(sample).language);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("on edge cases: empty, apostrophes, long words, astral and lone surrogates, İ", () => {
    const cases = [
      "",
      "   ",
      "1234 5678",
      "don't won’t `quoted' it's",
      "a".repeat(71),
      "é".repeat(40),
      `${"x".repeat(68)}ñ`,
      "😀 emoji 😀 ünïcödé 𝐀𝐁𝐂",
      "\ud800 lone high, x\udc00y lone low",
      "İSTANBUL İzmir ĞÜŞ",
      "中文测试文本，这是一个句子。日本語のテキストです。",
      "Привет мир, это тест на русском языке",
      "مرحبا بالعالم هذا اختبار",
      "ﬁ ﬂ ß ǅ",
    ];
    for (const sample of cases) expect(detect(sample), sample).toBe(eld.detect(sample).language);
  });

  it("on random text of any script (property)", () => {
    const word = fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 80 }), (words) => {
        const sample = words.join(" ");
        expect(detect(sample)).toBe(eld.detect(sample).language);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 600 }), (sample) => {
        expect(detect(sample)).toBe(eld.detect(sample).language);
      }),
      { numRuns: 500 },
    );
  });
});

describe("detectLanguage on a page dump", () => {
  it("samples lines of words, not the longest line of underscores or links", async () => {
    const { detectLanguage } = await import("../../src/language/profile.js");
    const lines = [
      "_".repeat(900),
      "https://example.com/a https://example.com/b https://example.com/c https://example.com/d",
      "The council approved the new budget on Tuesday after a long debate about schools and roads.",
      "Residents will see higher fees next year, the mayor said, but most services will stay the same.",
    ];
    expect(detectLanguage(lines).code).toBe("en");
  });
});
