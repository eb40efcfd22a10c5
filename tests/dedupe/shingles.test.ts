import { describe, expect, it } from "vitest";
import { shingleHashes, wordHashes } from "../../src/dedupe/shingles.js";

const words = (text: string) => Array.from(wordHashes(text));

describe("wordHashes", () => {
  it("ignores case, punctuation, quotes and spacing: a re-typeset copy has the same words", () => {
    expect(words(`"Yes," he said -- the Mayor's  office\u00a0agreed.`)).toEqual(
      words("yes he said the mayor s office agreed"),
    );
  });

  it("keeps numbers as words: a corrected toll is a different sentence", () => {
    expect(words("12 people died")).not.toEqual(words("14 people died"));
    expect(words("12 people died")).toHaveLength(3);
  });

  it("splits unspaced scripts into characters, so a Chinese article has many words", () => {
    expect(words("北京时间今天")).toHaveLength(6);
    expect(words("新华社 北京")).toHaveLength(5);
  });

  it("reads astral letters whole, as one word with their neighbours", () => {
    expect(words("a𝐀b c")).toHaveLength(2);
  });

  it("tells different words apart", () => {
    const [a, b] = words("minister ministry");
    expect(a).not.toBe(b);
  });
});

describe("shingleHashes", () => {
  it("gives one shingle per run of consecutive words", () => {
    const hashes = wordHashes("one two three four five six seven");
    expect(shingleHashes(hashes, 5)).toHaveLength(3);
  });

  it("makes a text shorter than a shingle one shingle, and no text none", () => {
    expect(shingleHashes(wordHashes("just three words"), 5)).toHaveLength(1);
    expect(shingleHashes(wordHashes(" -- "), 5)).toHaveLength(0);
  });

  it("depends on word order", () => {
    const [a] = shingleHashes(wordHashes("a b c d e"), 5);
    const [b] = shingleHashes(wordHashes("e d c b a"), 5);
    expect(a).not.toBe(b);
  });
});
