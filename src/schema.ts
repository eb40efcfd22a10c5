import { z } from "zod";
import { REMOVAL_KINDS } from "./report.js";

/**
 * The output record: the one source of truth for its shape, its TypeScript
 * type and the JSON Schema that `article-clean schema` prints. Changing a
 * field here is a breaking change: note it in the README's changelog.
 */

export const DATE_SOURCES = ["header", "dateline", "byline", "path"] as const;
export const SOURCE_ORIGINS = [
  "option",
  "source-map",
  "header",
  "url",
  "dateline",
  "sign-off",
  "byline",
  "copyright",
  "text",
] as const;

export const RemovedBlockSchema = z
  .object({
    text: z.string().describe("The removed line, normalised"),
    kind: z.enum(REMOVAL_KINDS).describe("What the line was: caption, credit, teaser, widget..."),
    rule: z.string().describe("Id of the rule that removed it, e.g. photo-credit/copyright"),
    reason: z.string().describe("Why, in words"),
  })
  .strict();

export const ArticleRecordSchema = z
  .object({
    path: z
      .string()
      .describe("The input path as given (or as found under a directory); '-' for stdin"),
    id: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe("SHA-256 of the input bytes, hex: stable across runs and machines"),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable()
      .describe("Publication date YYYY-MM-DD, or null when the text gives none"),
    date_source: z.enum(DATE_SOURCES).nullable().describe("Where the date came from"),
    source: z
      .string()
      .nullable()
      .describe("Publisher or agency, normalised (e.g. 'Reuters'), or null"),
    source_from: z.enum(SOURCE_ORIGINS).nullable().describe("Where the source came from"),
    headline: z.string().nullable().describe("The article's headline, or null"),
    confidence: z
      .object({
        headline: z.number().min(0).max(1).describe("How sure the headline pick is, 0..1"),
      })
      .strict()
      .describe("Confidence of extracted fields"),
    language: z.string().nullable().describe("ISO 639-1 code of the article's language, or null"),
    dateline: z.string().nullable().describe("The dateline's place, e.g. 'TOKYO', or null"),
    body: z.string().describe("The article text: paragraphs joined by a blank line"),
    removed: z
      .array(RemovedBlockSchema)
      .optional()
      .describe("With --explain: every removed line with its kind, rule and reason"),
    duplicate_of: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable()
      .optional()
      .describe(
        "With --dedupe: the id of the first record in run order with the same article (its body's word shingles at least --dedupe-threshold similar), or null when this record is the first",
      ),
    similarity: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .optional()
      .describe(
        "With --dedupe: estimated Jaccard similarity (MinHash) of this body's word shingles to those of the duplicate_of record, 0..1; null when duplicate_of is null",
      ),
    duplicate_of_path: z
      .string()
      .nullable()
      .optional()
      .describe("With --dedupe and --explain: the path of the duplicate_of record, or null"),
  })
  .strict();

export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;
export type RemovedBlock = z.infer<typeof RemovedBlockSchema>;
export type DateSource = (typeof DATE_SOURCES)[number];
export type SourceOrigin = (typeof SOURCE_ORIGINS)[number];

/** The record's JSON Schema (draft 2020-12), for validating output downstream. */
export function recordJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://article-clean.dev/schema/record.json",
    title: "article-clean record",
    ...z.toJSONSchema(ArticleRecordSchema, { target: "draft-2020-12" }),
  };
}
