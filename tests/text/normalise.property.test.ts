import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalisedLines } from "../../src/text/normalise.js";

const DROPPED =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the invisibles normalisation drops
  /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/gu;
// biome-ignore lint/suspicious/noControlCharactersInRegex: tab, vertical tab and form feed are spaces
const SPACES = /[\t\u000b\u000c\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;

/**
 * The plain definition that `normalisedLines` (a fast path for clean lines,
 * a character walk for the others) must agree with: split on every kind of
 * line break, drop invisibles, turn Unicode spaces into spaces, collapse and
 * trim them, keep one blank line between paragraphs and none at the ends.
 */
function reference(raw: string): string[] {
  const lines: string[] = [];
  for (const rawLine of raw.normalize("NFC").split(/\r\n|[\n\r\u0085\u2028\u2029]/u)) {
    const line = rawLine.replace(DROPPED, "").replace(SPACES, " ").replace(/ +/g, " ").trim();
    if (line !== "") lines.push(line);
    else if (lines.length > 0 && lines[lines.length - 1] !== "") lines.push("");
  }
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

// The pieces where the fast path and the walk could part: every kind of
// break (CRLF split across pieces too), spaces at line edges and doubled,
// invisibles between spaces, composed and decomposed letters.
const piece = fc.constantFrom(
  "a",
  "Word",
  " ",
  "  ",
  "\n",
  "\r",
  "\r\n",
  "\n\n",
  "\u0085",
  "\u2028",
  "\u2029",
  "\t",
  "\u00a0",
  "\u202f",
  "\u3000",
  "\u00ad",
  "\u200b",
  "\ufeff",
  "\u0000",
  "e\u0301",
  "é",
  "\u200d",
  ".",
  "日本",
  "😀",
);

describe("normalisedLines agrees with its plain definition", () => {
  it("on texts built from breaks, spaces and invisibles", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(normalisedLines(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("on arbitrary Unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (text) => {
        expect(normalisedLines(text)).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
