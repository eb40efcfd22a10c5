import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type ArticleInput, analyseArticle, analyseArticles } from "../src/index.js";

/**
 * `analyseArticles` cleans a batch stage by stage (each stage over every
 * article before the next stage runs). Nothing an article's record says may
 * depend on the batch it came in: the inputs are the golden fixtures, each
 * with its own options, in several orders and batch sizes.
 */
const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");
const CASES = path.join(FIXTURES, "cases");

function fixtureInputs(): ArticleInput[] {
  const inputs: ArticleInput[] = [
    {
      text: readFileSync(path.join(FIXTURES, "000_4dc32eb5bbb7fce7.txt"), "utf8"),
      options: { path: "000_4dc32eb5bbb7fce7.txt", explain: true },
    },
  ];
  for (const dir of readdirSync(CASES, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const folder = path.join(CASES, dir.name);
    const optionsFile = path.join(folder, "options.json");
    inputs.push({
      text: readFileSync(path.join(folder, "input.txt"), "utf8"),
      options: {
        path: `${dir.name}/input.txt`,
        ...(existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, "utf8")) : {}),
        explain: true,
      },
    });
  }
  return inputs;
}

/** The record `analyseArticles` gave the article, or a failure if it gave none. */
function recordOf(outcome: ReturnType<typeof analyseArticles>[number] | undefined) {
  if (!outcome?.ok) throw new Error("the article failed");
  return outcome.result.record;
}

describe("analyseArticles", () => {
  const inputs = fixtureInputs();
  const alone = inputs.map((input) => analyseArticle(input.text, input.options).record);

  it("has a batch worth the name", () => expect(inputs.length).toBeGreaterThanOrEqual(30));

  it("gives each article the record it gets alone, in one batch", () => {
    const outcomes = analyseArticles(inputs);
    expect(outcomes).toHaveLength(inputs.length);
    expect(outcomes.map(recordOf)).toEqual(alone);
  });

  it("gives the same records in reverse order and in batches of every size", () => {
    const reversed = analyseArticles([...inputs].reverse())
      .map(recordOf)
      .reverse();
    expect(reversed).toEqual(alone);
    for (const size of [2, 3, 7]) {
      const records = [];
      for (let at = 0; at < inputs.length; at += size)
        records.push(...analyseArticles(inputs.slice(at, at + size)).map(recordOf));
      expect(records).toEqual(alone);
    }
  });

  it("fails only the article a step throws on", () => {
    const broken = { text: undefined as unknown as string, options: { path: "broken.txt" } };
    const batch = [...inputs.slice(0, 3), broken, ...inputs.slice(3, 6)];
    const outcomes = analyseArticles(batch);
    expect(outcomes[3]?.ok).toBe(false);
    const others = outcomes.filter((_, i) => i !== 3).map(recordOf);
    expect(others).toEqual([...alone.slice(0, 3), ...alone.slice(3, 6)]);
  });

  it("throws from analyseArticle what the batch reports as a failure", () => {
    expect(() => analyseArticle(undefined as unknown as string)).toThrow();
  });

  it("cleans an empty batch to nothing", () => expect(analyseArticles([])).toEqual([]));
});
