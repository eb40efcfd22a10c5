import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDoc } from "../../src/text/document.js";
import { comparisonKey } from "../../src/text/normalise.js";

/**
 * The definition: the runs of letters and digits of the line, each in lower
 * case, joined by single spaces. Tokens are cut before lower-casing, so a
 * letter whose lower case grows a combining mark ("İstanbul" → "i̇stanbul")
 * stays one token instead of splitting at the mark.
 */
const reference = (line: string) =>
  line
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== "")
    .map((token) => token.toLowerCase())
    .join(" ");

describe("comparisonKey's ASCII fast path", () => {
  it("gives the key the Unicode definition gives, for any ASCII or mixed line", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary-ascii", maxLength: 120 }), (line) => {
        expect(comparisonKey(line)).toBe(reference(line));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (line) => {
        expect(comparisonKey(line)).toBe(reference(line));
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps a token whole when its lower case grows a combining mark", () => {
    expect(comparisonKey("İstanbul'da seçim")).toBe("i̇stanbul da seçim");
  });

  it("is what a document line's key holds, computed on first read", () => {
    const doc = buildDoc("Share on  Facebook!\nÉDITION — ça va\n12 Comments");
    expect(doc.lines.map((line) => line.key)).toEqual(
      doc.lines.map((line) => reference(line.text)),
    );
  });
});
