import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TITLE_CASE_EXEMPT, titleCaseRatio } from "../../src/text/shape.js";

/** The plain definition the fast paths in titleCaseRatio must agree with. */
function reference(text: string): number {
  let cased = 0;
  let upper = 0;
  for (const word of text.split(" ")) {
    const first = word.replace(/^[^\p{L}\p{N}]+/u, "");
    if (first === "") continue;
    // The first character, astral ones whole ("𐒰" is an upper-case Osage letter).
    const ch = String.fromCodePoint(first.codePointAt(0) as number);
    const isUpper = ch !== ch.toLowerCase();
    const isLower = ch !== ch.toUpperCase();
    if (!isUpper && !isLower) continue;
    if (isLower && TITLE_CASE_EXEMPT.has(first.toLowerCase().replace(/[^\p{L}]+$/u, ""))) continue;
    cased++;
    if (isUpper) upper++;
  }
  return cased === 0 ? Number.NaN : upper / cased;
}

// Words built from the pieces that matter: exempt words, long and short
// words in both cases, punctuation before and after, digits, non-ASCII
// letters (including astral ones) and uncased scripts.
const piece = fc.constantFrom(
  ...[...TITLE_CASE_EXEMPT],
  "The",
  "OF",
  "Kremlin",
  "rules",
  "of,",
  "the...",
  "(and",
  "«à»",
  "Élysée",
  "été",
  "über",
  "日本",
  "𝐀bc",
  "2019",
  "-",
  "“",
  "”",
  "x",
  "",
);
const word = fc.array(piece, { maxLength: 3 }).map((parts) => parts.join(""));
const line = fc.array(word, { maxLength: 12 }).map((words) => words.join(" "));

describe("titleCaseRatio", () => {
  it("agrees with the plain definition on any line", () => {
    fc.assert(
      fc.property(fc.oneof(line, fc.string({ unit: "grapheme", maxLength: 40 })), (text) => {
        expect([text, titleCaseRatio(text)]).toEqual([text, reference(text)]);
      }),
      { numRuns: 2000 },
    );
  });
});
