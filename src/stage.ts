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
