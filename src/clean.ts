import { createHash } from "node:crypto";
import { emptyFindings, type Findings } from "./findings.js";
import { detectLanguage } from "./language/profile.js";
import { extractDate } from "./meta/date.js";
import { dateOrderFor } from "./meta/parse-date.js";
import { extractSource } from "./meta/source.js";
import { type CleanOptions, type ResolvedOptions, resolveOptions } from "./options.js";
import { DEFAULT_PIPELINE } from "./pipeline.js";
import { Report } from "./report.js";
import type { ArticleRecord, RemovedBlock } from "./schema.js";
import { type StageContext, stageContext } from "./stage.js";
import { parseScraperHeaderLine } from "./stages/scraper-header.js";
import { assembleBody } from "./text/body.js";
import { type Doc, scanDocument, splitLines } from "./text/document.js";
import { normalisedLines } from "./text/normalise.js";

/** Everything the cleaner decided about one article: the record and the evidence. */
export interface CleanResult {
  readonly record: ArticleRecord;
  readonly doc: Doc;
  readonly report: Report;
  /** What the stages found: header fields, headline line, dateline (for `explain`). */
  readonly findings: Findings;
  /** The evidence the source was taken on, in words (for `explain`). */
  readonly sourceEvidence?: string;
}

/**
 * Clean one article. Pure: no I/O, no global state beyond caches, the same
 * input and options always give the same record. Cleaning the result again
 * (`headline + "\n\n" + body`) gives the same headline and body: the
 * idempotence the property tests check.
 */
export function cleanArticle(text: string, options: CleanOptions = {}): ArticleRecord {
  return analyseArticle(text, options).record;
}

/** Like `cleanArticle`, but also returns the document and the report (for `explain`). */
export function analyseArticle(text: string, options: CleanOptions = {}): CleanResult {
  const resolved = resolveOptions(options);
  const { doc, report, context } = runPipeline(normalisedLines(text), resolved);
  const { findings, language } = context;
  const date = extractDate(
    findings,
    resolved.path,
    language.code,
    dateOrderFor(resolved.dateOrder, language.code),
  );
  const source = extractSource(findings, resolved);
  const body = assembleBody(doc, report, resolved.stripDateline ? findings.dateline : undefined);
  const record: ArticleRecord = {
    path: resolved.path,
    id: options.id ?? createHash("sha256").update(text).digest("hex"),
    date: date.date,
    date_source: date.from,
    source: source.source,
    source_from: source.from,
    headline: findings.headline?.text ?? null,
    confidence: { headline: findings.headline?.confidence ?? 0 },
    language: language.code,
    dateline: findings.dateline?.place ?? null,
    body,
  };
  if (resolved.explain) record.removed = removedLines(doc, report);
  return { record, doc, report, findings, sourceEvidence: source.evidence };
}

function runPipeline(
  normalised: readonly string[],
  options: ResolvedOptions,
): { doc: Doc; report: Report; context: StageContext } {
  const raw = splitLines(normalised, headerSplitter());
  // The language first, from a bounded sample: the line scan counts its stopwords.
  const language = detectLanguage(raw.texts);
  const doc = scanDocument(raw, language);
  const report = new Report(doc.lines.length);
  const context = stageContext(doc, options, language, emptyFindings());
  for (const stage of DEFAULT_PIPELINE) stage.run(doc, report, context);
  return { doc, report, context };
}

/**
 * Header lines at the top of the file become blocks of their own, so the
 * caption the seed scrape glues under ` date 2019-05-31` is its own line
 * in its own paragraph.
 */
function headerSplitter(): (text: string, lineNumber: number) => boolean {
  let inHeader = true;
  return (text) => {
    if (!inHeader) return false;
    inHeader = parseScraperHeaderLine(text) !== undefined;
    return inHeader;
  };
}

/** Every removal in line order: whole lines, and the parts cut off kept lines. */
function removedLines(doc: Doc, report: Report): RemovedBlock[] {
  const removed: { at: number; block: RemovedBlock }[] = [];
  for (const { line, verdict } of report.removals()) {
    const { kind, rule, reason } = verdict;
    removed.push({ at: line, block: { text: doc.lines[line]?.text ?? "", kind, rule, reason } });
  }
  for (const { line, trim } of report.trims()) {
    const text = doc.lines[line]?.text ?? "";
    const { kind, rule, reason } = trim.verdict;
    for (const part of [text.slice(0, trim.start), text.slice(trim.end)])
      if (part.trim() !== "")
        removed.push({ at: line, block: { text: part.trim(), kind, rule, reason } });
  }
  return removed.sort((a, b) => a.at - b.at).map((r) => r.block);
}
