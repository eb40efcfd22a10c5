import { builtInMatcher } from "./catalog/index.js";
import type { Hit } from "./catalog/matcher.js";
import type { Findings } from "./findings.js";
import type { LanguageProfile } from "./language/profile.js";
import type { ResolvedOptions } from "./options.js";
import type { Report, Verdict } from "./report.js";
import type { Doc, Line } from "./text/document.js";

/** What every stage may read besides the document: options, the language, catalogue hits. */
export interface StageContext {
  readonly options: ResolvedOptions;
  /** The article's language and its stopwords, detected once per article. */
  readonly language: LanguageProfile;
  /** Metadata found so far (header fields, headline, dateline...). Stages write here. */
  readonly findings: Findings;
  /** The built-in catalogue's phrases in a line, found once per line and shared by every rule. */
  hits(line: Line): readonly Hit[];
}

/** A context for a document: catalogue hits are looked up on first use and kept per line. */
export function stageContext(
  doc: Doc,
  options: ResolvedOptions,
  language: LanguageProfile,
  findings: Findings,
): StageContext {
  const cache: (readonly Hit[] | undefined)[] = new Array(doc.lines.length);
  const matcher = builtInMatcher();
  return {
    options,
    language,
    findings,
    hits(line) {
      let hits = line.index >= 0 ? cache[line.index] : undefined;
      if (hits === undefined) {
        hits = matcher.scan(line);
        if (line.index >= 0) cache[line.index] = hits;
      }
      return hits;
    },
  };
}

/** The hits of one role ("photo-word", "teaser-label"...), in the line's order. */
export function hitsOf(context: StageContext, line: Line, role: string): Hit[] {
  return context.hits(line).filter((hit) => (hit.entry.role ?? "ui") === role);
}

/** True when the line holds a phrase of this role, optionally starting at `start`. */
export function hasHit(context: StageContext, line: Line, role: string, start?: number): boolean {
  for (const hit of context.hits(line))
    if ((hit.entry.role ?? "ui") === role && (start === undefined || hit.start === start))
      return true;
  return false;
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

/** A rule that judges each surviving line on its own (its text, facts and hits). */
export interface LineRule<Page = undefined> {
  readonly id: string;
  /** Lines longer than this are prose and never this rule's business. */
  readonly maxChars?: number;
  /**
   * What the rule needs to know about the whole page (the teaser rule: the
   * transcript's speakers), read once per document before its lines.
   */
  readonly page?: (doc: Doc, report: Report, context: StageContext) => Page;
  /** Cheap test on the facts before the rule's own work (most lines fail it). */
  readonly applies?: (line: Line, context: StageContext) => boolean;
  readonly verdict: (line: Line, context: StageContext, page: Page) => Verdict | undefined;
}

/** A stage made of a line rule: the loop over surviving lines that every such stage had. */
export function lineRule<Page = undefined>(rule: LineRule<Page>): Stage {
  const maxChars = rule.maxChars ?? Number.POSITIVE_INFINITY;
  return {
    id: rule.id,
    run(doc, report, context) {
      const page = rule.page ? rule.page(doc, report, context) : (undefined as Page);
      for (const line of doc.lines) {
        if (line.chars > maxChars || report.isRemoved(line.index)) continue;
        if (rule.applies && !rule.applies(line, context)) continue;
        const verdict = rule.verdict(line, context, page);
        if (verdict) report.remove(line.index, verdict);
      }
    },
  };
}

/** The lines no stage has removed yet, in order. */
export function* survivingLines(doc: Doc, report: Report): Generator<Line> {
  for (const line of doc.lines) if (!report.isRemoved(line.index)) yield line;
}
