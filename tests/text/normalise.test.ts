import { describe, expect, it } from "vitest";
import { comparisonKey, normaliseText } from "../../src/text/normalise.js";

describe("normaliseText", () => {
  it("turns CRLF and lone CR into LF and strips a BOM", () => {
    expect(normaliseText("\uFEFFa\r\nb\rc")).toBe("a\nb\nc");
  });

  it("turns NBSP and other Unicode spaces into plain spaces and collapses runs", () => {
    expect(normaliseText("in\u00A0a\u202Fpenalty\u2009 shoot-out")).toBe("in a penalty shoot-out");
  });

  it("removes zero-width spaces and soft hyphens but keeps ZWNJ (Persian spelling)", () => {
    expect(normaliseText("zero\u200Bwidth soft\u00ADhyphen")).toBe("zerowidth softhyphen");
    expect(normaliseText("می\u200Cخواهم")).toBe("می\u200Cخواهم");
  });

  it("composes to NFC so both spellings of é compare equal", () => {
    expect(normaliseText("e\u0301t\u00E9")).toBe("\u00E9t\u00E9");
  });

  it("removes indentation and trailing spaces, keeps one blank line between paragraphs", () => {
    expect(normaliseText("    first  \n\n\n\n    second\n   \n")).toBe("first\n\nsecond");
  });

  it("drops control characters such as NUL", () => {
    expect(normaliseText("a\u0000b\u0007c")).toBe("abc");
  });
});

describe("comparisonKey", () => {
  it("ignores case, punctuation and spacing", () => {
    expect(comparisonKey("Share on  Facebook!")).toBe(comparisonKey("share on facebook"));
  });

  it("keeps letters of every script", () => {
    expect(comparisonKey("Читайте также:")).toBe("читайте также");
    expect(comparisonKey("加载中...")).toBe("加载中");
  });
});
