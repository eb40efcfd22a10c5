import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../src/index.js";
import { ArticleRecordSchema } from "../src/schema.js";

/**
 * Golden fixtures: `fixtures/cases/<case>/input.txt` and `expected.json`.
 * Every field in expected.json must match exactly; a new case needs no code.
 */
const CASES = path.resolve(import.meta.dirname, "../fixtures/cases");

describe("golden fixtures", () => {
  const cases = readdirSync(CASES, { withFileTypes: true }).filter((d) => d.isDirectory());
  it("has cases", () => expect(cases.length).toBeGreaterThanOrEqual(10));
  for (const dir of cases) {
    it(dir.name, () => {
      const input = readFileSync(path.join(CASES, dir.name, "input.txt"), "utf8");
      const expected = JSON.parse(
        readFileSync(path.join(CASES, dir.name, "expected.json"), "utf8"),
      );
      const record = cleanArticle(input, { path: `${dir.name}/input.txt` });
      expect(ArticleRecordSchema.safeParse(record).success).toBe(true);
      const actual = Object.fromEntries(
        Object.keys(expected).map((key) => [key, record[key as keyof typeof record]]),
      );
      expect(actual).toEqual(expected);
    });
  }
});
