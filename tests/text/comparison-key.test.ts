import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDoc } from "../../src/text/document.js";
import { comparisonKey } from "../../src/text/normalise.js";

/** The definition: lower case, runs of anything but letters and digits become one space. */
const reference = (line: string) =>
  line
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

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

  it("is what a document line's key holds, computed on first read", () => {
    const doc = buildDoc("Share on  Facebook!\nÉDITION — ça va\n12 Comments");
    expect(doc.lines.map((line) => line.key)).toEqual(
      doc.lines.map((line) => reference(line.text)),
    );
  });
});
