import type { Findings } from "./findings.js";
import type { LanguageProfile } from "./language/profile.js";
import type { ResolvedOptions } from "./options.js";
import type { Report } from "./report.js";
import type { Doc } from "./text/document.js";

/** What every stage may read besides the document: options and the language. */
export interface StageContext {
  readonly options: ResolvedOptions;
  /** The article's language and its stopwords, detected once per article. */
  readonly language: LanguageProfile;
  /** Metadata found so far (header fields, headline, dateline...). Stages write here. */
  readonly findings: Findings;
  /**
   * Per-line answers of rules that depend on a line's text alone, shared by
   * the first reading of an article and its re-readings (see `settle` in
   * clean.ts), which see the same lines again. Optional: a stage run on its
   * own computes everything.
   */
  readonly memo?: LineMemo;
}

/**
 * Answers by rule, then by line text, for one article. Two levels rather
 * than one key of rule + text: the text itself is the inner key, so a
 * paragraph's hash is computed once and kept by V8, where a concatenated key
 * was a new string to build and hash in every stage.
 */
export type LineMemo = Map<string, Map<string, unknown>>;

/** The answers of one rule in an article's memo. */
export function memoTable(memo: LineMemo, rule: string): Map<string, unknown> {
  let table = memo.get(rule);
  if (!table) {
    table = new Map();
    memo.set(rule, table);
  }
  return table;
}

/**
 * The answer of `compute` for this rule and text, computed once per article.
 * Only for answers that depend on nothing but the text (and the article's
 * options and language, which do not change between readings).
 */
export function memoised<T>(
  context: StageContext,
  rule: string,
  text: string,
  compute: () => T,
): T {
  const memo = context.memo;
  if (!memo) return compute();
  const table = memoTable(memo, rule);
  if (table.has(text)) return table.get(text) as T;
  const value = compute();
  table.set(text, value);
  return value;
}

/**
 * One step of the cleaning pipeline. A stage reads the document, adds
 * verdicts to the report and findings to the context; it never prints, throws
 * for content problems or changes the text.
 */
export interface Stage {
  /** Stable id, the prefix of every rule id the stage emits. */
  readonly id: string;
  run(doc: Doc, report: Report, context: StageContext): void;
}
