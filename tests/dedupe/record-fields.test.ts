import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArticleRecordSchema, cleanArticle, recordJsonSchema } from "../../src/index.js";
import { withDuplicateFields } from "../../src/run/duplicate-fields.js";

const ID = "a".repeat(64);

describe("the fields of --dedupe", () => {
  it("are spliced into the record's JSON whatever its body holds, and validate", () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), (body, copy) => {
        const record = {
          ...cleanArticle("A short article that is long enough to count here."),
          body,
        };
        const judgement = copy
          ? { duplicateOf: ID, similarity: 0.875 }
          : { duplicateOf: null, similarity: null };
        const parsed = JSON.parse(withDuplicateFields(JSON.stringify(record), judgement));
        expect(parsed.body).toBe(body);
        expect(parsed.duplicate_of).toBe(judgement.duplicateOf);
        expect(parsed.similarity).toBe(judgement.similarity);
        expect(ArticleRecordSchema.safeParse(parsed).success).toBe(true);
      }),
    );
  });

  it("carry the original's path with --explain", () => {
    const record = cleanArticle("A short article that is long enough to count here.");
    const parsed = JSON.parse(
      withDuplicateFields(JSON.stringify(record), { duplicateOf: ID, similarity: 1 }, 'in/"a".txt'),
    );
    expect(parsed.duplicate_of_path).toBe('in/"a".txt');
  });

  it("are optional in the schema: records written without --dedupe stay valid", () => {
    const schema = recordJsonSchema() as {
      required: string[];
      properties: Record<string, unknown>;
    };
    for (const field of ["duplicate_of", "similarity", "duplicate_of_path"]) {
      expect(schema.properties).toHaveProperty(field);
      expect(schema.required).not.toContain(field);
    }
  });

  it("are checked: an id must be 64 hex digits, a similarity 0..1", () => {
    const good = cleanArticle("Some text of an article that is here.");
    expect(ArticleRecordSchema.safeParse({ ...good, duplicate_of: "abc" }).success).toBe(false);
    expect(
      ArticleRecordSchema.safeParse({ ...good, duplicate_of: ID, similarity: 1.2 }).success,
    ).toBe(false);
    expect(
      ArticleRecordSchema.safeParse({ ...good, duplicate_of: ID, similarity: 0.7 }).success,
    ).toBe(true);
  });
});
