import { describe, expect, it } from "vitest";
import {
  endsLikeSentence,
  isSentence,
  looksLikeProse,
  looksLikeTitle,
  titleCaseRatio,
  upperCaseRatio,
  wordCount,
} from "../../src/text/shape.js";

describe("shape features", () => {
  it("counts words", () => {
    expect(wordCount("")).toBe(0);
    expect(wordCount("one two three")).toBe(3);
  });

  it("sees sentence punctuation behind closing quotes", () => {
    expect(endsLikeSentence('he said "we are ready."')).toBe(true);
    expect(endsLikeSentence("Most read")).toBe(false);
    expect(endsLikeSentence("会议指出。")).toBe(true);
  });

  it("tells title case from sentence case", () => {
    expect(
      titleCaseRatio("Kremlin Rules Out Kurils Transfer to Japan, Says Experts"),
    ).toBeGreaterThan(0.9);
    expect(titleCaseRatio("Paris et Berlin appellent à un cessez-le-feu immédiat")).toBeLessThan(
      0.5,
    );
    expect(Number.isNaN(titleCaseRatio("中国发布新一轮减税措施"))).toBe(true);
  });

  it("measures capitals", () => {
    expect(upperCaseRatio("US FALLS")).toBe(1);
  });

  it("short sentences are sentences; UI labels are not", () => {
    expect(isSentence("The investigation is ongoing.")).toBe(true);
    expect(isSentence("Trending now")).toBe(false);
  });

  it("prose is long or punctuated; titles are neither", () => {
    expect(
      looksLikeProse(
        "The Japanese diplomat also welcomed the enhancement of bilateral contacts in various areas.",
      ),
    ).toBe(true);
    expect(
      looksLikeProse(
        "Kremlin Rules Out Kurils Transfer to Japan, Says Experts Working on Peace Treaty",
      ),
    ).toBe(false);
    expect(
      looksLikeTitle(
        "Kremlin Rules Out Kurils Transfer to Japan, Says Experts Working on Peace Treaty",
      ),
    ).toBe(true);
    expect(looksLikeTitle("The measure would help farmers.")).toBe(false);
  });
});
