import { describe, expect, expectTypeOf, it } from "vitest";
import * as api from "../src/index.js";
import {
  type ArticleRecord,
  ArticleRecordSchema,
  cleanArticle,
  recordJsonSchema,
} from "../src/index.js";

describe("the record contract", () => {
  it("pins the public exports", () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        "ArticleRecordSchema",
        "REMOVAL_KINDS",
        "analyseArticle",
        "analyseArticles",
        "cleanArticle",
        "recordJsonSchema",
      ].sort(),
    );
    expectTypeOf(cleanArticle).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(cleanArticle).returns.toEqualTypeOf<ArticleRecord>();
    expectTypeOf<ArticleRecord["date"]>().toEqualTypeOf<string | null>();
    expectTypeOf<ArticleRecord["body"]>().toEqualTypeOf<string>();
  });

  it("validates what cleanArticle returns, with and without --explain", () => {
    const text =
      "Headline here\n\nTOKYO (Kyodo) - A sentence of the article that is long enough to count.\n\nTweet";
    expect(ArticleRecordSchema.parse(cleanArticle(text))).toBeTruthy();
    const explained = cleanArticle(text, { explain: true });
    expect(ArticleRecordSchema.parse(explained).removed?.map((r) => r.kind)).toEqual([
      "headline",
      "share",
    ]);
  });

  it("rejects records that break the contract", () => {
    const good = cleanArticle("Some text of an article that is here.");
    expect(ArticleRecordSchema.safeParse({ ...good, date: "31/05/2019" }).success).toBe(false);
    expect(ArticleRecordSchema.safeParse({ ...good, extra: 1 }).success).toBe(false);
  });

  it("exports a JSON Schema with every field", () => {
    const schema = recordJsonSchema() as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(Object.keys(schema.properties)).toEqual(Object.keys(ArticleRecordSchema.shape));
    expect(schema.required).toContain("body");
  });
});
