import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type CleanOptions, cleanArticle } from "../src/index.js";
import { ArticleRecordSchema } from "../src/schema.js";

/**
 * Golden fixtures: `fixtures/cases/<case>/input.txt` and `expected.json`,
 * optionally `options.json` (the `cleanArticle` options the case runs with;
 * its `path` replaces the default `<case>/input.txt`, so a case can sit
 * under a dated or per-site path). Every field in expected.json must match
 * exactly; `removed_rules` pins the rule id of every removal, in order
 * (`--explain`'s `removed[].rule`). A new case needs no code.
 */
const CASES = path.resolve(import.meta.dirname, "../fixtures/cases");

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
}

describe("golden fixtures", () => {
  const cases = readdirSync(CASES, { withFileTypes: true }).filter((d) => d.isDirectory());
  it("has cases", () => expect(cases.length).toBeGreaterThanOrEqual(10));
  for (const dir of cases) {
    it(dir.name, () => {
      const folder = path.join(CASES, dir.name);
      const input = readFileSync(path.join(folder, "input.txt"), "utf8");
      const { removed_rules: removedRules, ...expected } = readJson(
        path.join(folder, "expected.json"),
      );
      const optionsFile = path.join(folder, "options.json");
      const options: CleanOptions = {
        path: `${dir.name}/input.txt`,
        ...(existsSync(optionsFile) ? (readJson(optionsFile) as CleanOptions) : {}),
        explain: removedRules !== undefined,
      };
      const record = cleanArticle(input, options);
      expect(ArticleRecordSchema.safeParse(record).success).toBe(true);
      const actual = Object.fromEntries(
        Object.keys(expected).map((key) => [key, record[key as keyof typeof record]]),
      );
      expect(actual).toEqual(expected);
      if (removedRules !== undefined)
        expect(record.removed?.map((removal) => removal.rule)).toEqual(removedRules);
    });
  }
});
