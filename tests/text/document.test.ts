import { describe, expect, it } from "vitest";
import { buildDoc } from "../../src/text/document.js";

describe("buildDoc", () => {
  it("groups lines into blocks at blank lines", () => {
    const doc = buildDoc("a\nb\n\nc");
    expect(doc.blocks.map((b) => b.lines.map((l) => l.text))).toEqual([["a", "b"], ["c"]]);
    expect(doc.lines.map((l) => [l.index, l.block, l.lineInBlock])).toEqual([
      [0, 0, 0],
      [1, 0, 1],
      [2, 1, 0],
    ]);
  });

  it("splits a line into its own block when asked (a header glued to a caption)", () => {
    const doc = buildDoc("date 2019-05-31\ncaption\n\nbody", (_text, n) => n === 0);
    expect(doc.blocks.map((b) => b.lines.map((l) => l.text))).toEqual([
      ["date 2019-05-31"],
      ["caption"],
      ["body"],
    ]);
  });

  it("gives an empty document for empty text", () => {
    expect(buildDoc("").lines).toEqual([]);
  });
});
