import { describe, expect, it } from "vitest";
import { builtInMatcher } from "../../src/catalog/index.js";
import { PHOTO_WORD_ALTERNATIVES } from "../../src/catalog/photo-credits.js";
import { scanLine } from "../../src/text/facts.js";

/**
 * Photo words live at two precisions: the trie's cue words (catalog/cues.ts
 * PHOTO_WORDS, stems such as `photo~`) decide whether a line may be a
 * credit at all, and the credit patterns' vocabulary (catalog/photo-credits.ts
 * PHOTO_WORD_ALTERNATIVES) says exactly which label it is. The cue is a cheap gate in
 * front of the patterns, so it must let through every label the patterns
 * know: a word added to the vocabulary alone would never be tried.
 */

/** The spellings of a simple alternative: `photos?` → photo, photos; `bild(?:er)?`; `(?:í|i)`. */
function spellings(pattern: string): string[] {
  const group = /\(\?:([^()]*)\)(\?)?/u.exec(pattern);
  if (group) {
    const options = (group[1] as string).split("|");
    if (group[2]) options.push("");
    const before = pattern.slice(0, group.index);
    const after = pattern.slice(group.index + group[0].length);
    return options.flatMap((option) => spellings(`${before}${option}${after}`));
  }
  const optional = /(.)\?/u.exec(pattern);
  if (optional) {
    const before = pattern.slice(0, optional.index);
    const after = pattern.slice(optional.index + optional[0].length);
    return [...spellings(`${before}${optional[1]}${after}`), ...spellings(`${before}${after}`)];
  }
  return [pattern];
}

describe("photo words", () => {
  const labels = PHOTO_WORD_ALTERNATIVES.flatMap(spellings);

  it("reads every alternative of the patterns' vocabulary", () => {
    expect(labels).toContain("photographer");
    expect(labels).toContain("bilder");
    expect(labels).toContain("fotografia");
    expect(labels.every((label) => !/[()?|]/u.test(label))).toBe(true);
  });

  it("lets every label the credit patterns know through the cue gate", () => {
    const matcher = builtInMatcher();
    const blocked = labels.filter((label) => {
      const hits = matcher.scan(scanLine(`${label}: Jane Doe`));
      return !hits.some((hit) => hit.entry.role === "photo-word" && hit.start <= 1);
    });
    expect(blocked).toEqual([]);
  });
});
