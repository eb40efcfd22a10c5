import { describe, expect, it } from "vitest";
import { bodySignature } from "../../src/dedupe/body-signature.js";
import { DuplicateFinder } from "../../src/dedupe/finder.js";
import { article } from "./texts.js";

const id = (n: number) => n.toString(16).padStart(64, "0");
const sig = (text: string) => bodySignature(text);
const paragraphs = (text: string) => text.split("\n\n");

describe("DuplicateFinder", () => {
  it("points a copy at the first record of its article, with its similarity", () => {
    const finder = new DuplicateFinder(0.6);
    const story = article(1);
    expect(finder.judge(sig(story), id(1))).toEqual({ duplicateOf: null, similarity: null });
    expect(finder.judge(sig(article(2)), id(2)).duplicateOf).toBeNull();
    const copy = finder.judge(sig(story), id(3));
    expect(copy.duplicateOf).toBe(id(1));
    expect(copy.similarity).toBe(1);
  });

  it("finds a copy with a paragraph left out, and says it is less than identical", () => {
    const finder = new DuplicateFinder(0.6);
    const story = article(5, 10);
    finder.judge(sig(story), id(1));
    const shorter = paragraphs(story)
      .filter((_, i) => i !== 4)
      .join("\n\n");
    const judged = finder.judge(sig(shorter), id(2));
    expect(judged.duplicateOf).toBe(id(1));
    expect(judged.similarity).toBeGreaterThan(0.75);
    expect(judged.similarity).toBeLessThan(1);
  });

  it("keeps different articles apart, even when they share a sentence", () => {
    const finder = new DuplicateFinder(0.6);
    const shared = "The mayor said the decision was final and would not be reviewed.";
    finder.judge(sig(`${article(8)}\n\n${shared}`), id(1));
    expect(finder.judge(sig(`${article(9)}\n\n${shared}`), id(2)).duplicateOf).toBeNull();
    expect(finder.originals).toBe(2);
  });

  it("points at the earliest original, not the most similar one", () => {
    const finder = new DuplicateFinder(0.5);
    const story = paragraphs(article(12, 10));
    // The first original lacks two paragraphs; the second is the whole story.
    finder.judge(sig(story.slice(2).join("\n\n")), id(1));
    finder.judge(sig(`${article(13)}`), id(2));
    const judged = finder.judge(sig(story.join("\n\n")), id(3));
    expect(judged.duplicateOf).toBe(id(1));
  });

  it("never chains: a copy of a copy that drifted too far is a new original", () => {
    const finder = new DuplicateFinder(0.8);
    const story = paragraphs(article(20, 10));
    const a = story.slice(0, 8);
    const b = story.slice(1, 9);
    const c = story.slice(2, 10);
    finder.judge(sig(a.join("\n\n")), id(1));
    expect(finder.judge(sig(b.join("\n\n")), id(2)).duplicateOf).toBe(id(1));
    // c is close to b, but b is a copy, and c is too far from a.
    expect(finder.judge(sig(c.join("\n\n")), id(3)).duplicateOf).toBeNull();
  });

  it("judges a record without a signature as nobody's copy, and does not store it", () => {
    const finder = new DuplicateFinder();
    expect(finder.judge(undefined, id(1))).toEqual({ duplicateOf: null, similarity: null });
    expect(finder.originals).toBe(0);
  });

  it("refuses a threshold outside (0, 1]", () => {
    expect(() => new DuplicateFinder(0)).toThrow(RangeError);
    expect(() => new DuplicateFinder(1.5)).toThrow(RangeError);
  });

  it("stays correct while its tables grow past thousands of originals", () => {
    const finder = new DuplicateFinder(0.6);
    for (let n = 0; n < 3000; n++) finder.judge(sig(`${article(1000 + n, 2)} ${n}`), id(n));
    expect(finder.originals).toBeGreaterThan(2900);
    const again = finder.judge(sig(`${article(1000 + 1234, 2)} 1234`), id(99999));
    expect(again.duplicateOf).toBe(id(1234));
  });
});
