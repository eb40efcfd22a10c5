import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineKeyHash, scanLine } from "../../src/text/facts.js";

// Token boundaries are where the two scanners could part: letters and
// digits glued and apart, apostrophes and combining marks, astral letters
// and symbols, lone surrogates, unspaced scripts, case pairs.
const piece = fc.constantFrom(
  "a",
  "Share",
  "ÉCOLE",
  "İstanbul",
  "straße",
  "2019",
  "x2",
  "don't",
  "l’homme",
  "e\u0301",
  " ",
  ".",
  "-",
  "©",
  "日本語",
  "ไทย",
  "𝐀𝐁",
  "😀",
  "\ud800",
  "\udc00",
  "Ⅳ",
  "ǅ",
  "Москва",
);

describe("lineKeyHash is the scan's key hash", () => {
  it("on lines built from token-boundary pieces", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        expect(lineKeyHash(text)).toBe(scanLine(text).keyHash);
      }),
      { numRuns: 3000 },
    );
  });

  it("on arbitrary Unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        expect(lineKeyHash(text)).toBe(scanLine(text).keyHash);
      }),
      { numRuns: 2000 },
    );
  });
});
