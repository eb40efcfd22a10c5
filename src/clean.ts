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
import { type LineMemo, memoTable, type StageContext } from "./stage.js";
import { parseScraperHeaderLine } from "./stages/scraper-header.js";
import { assembleBody } from "./text/body.js";
import { buildDoc, type Doc } from "./text/document.js";
import { normaliseText } from "./text/normalise.js";

/** Everything the cleaner decided about one article: the record and the evidence. */
export interface CleanResult {
  readonly record: ArticleRecord;
  readonly doc: Doc;
  readonly report: Report;
  /** What the stages found: header fields, headline line, dateline (for `explain`). */
  readonly findings: Findings;
}

/**
 * Clean one article. Pure: no I/O, no global state beyond caches, the same
 * input and options always give the same record.
 */
export function cleanArticle(text: string, options: CleanOptions = {}): ArticleRecord {
  return analyseArticle(text, options).record;
}

/** Like `cleanArticle`, but also returns the document and the report (for `explain`). */
export function analyseArticle(text: string, options: CleanOptions = {}): CleanResult {
  const resolved = resolveOptions(options);
  // Per-line answers shared by the first reading and the re-readings.
  const memo: LineMemo = new Map();
  const { doc, report, context } = runPipeline(normaliseText(text), resolved, memo);
  settle(doc, report, resolved, memo);
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
  return { record, doc, report, findings };
}

function runPipeline(
  normalised: string,
  options: ResolvedOptions,
  memo: LineMemo,
): { doc: Doc; report: Report; context: StageContext } {
  const doc = buildDoc(normalised, headerSplitter());
  const report = new Report(doc.lines.length);
  const language = detectLanguage(
    doc.lines.map((line) => line.text),
    memoTable(memo, "language"),
  );
  const context: StageContext = { options, language, findings: emptyFindings(), memo };
  for (const stage of DEFAULT_PIPELINE) stage.run(doc, report, context);
  return { doc, report, context };
}

/** Re-readings of the body before giving up on a fixed point (two are the most seen). */
const MAX_REREADS = 3;

/**
 * Make the body a fixed point of the cleaner: cleaning it again must change
 * nothing. Several rules read position (the header is the first line, the
 * headline sits above the lead, two identical lines next to each other are
 * a duplicate), and removing lines can bring a line into such a position.
 * So the body is read again as a fresh article, exactly as `cleanArticle`
 * would read it, and whatever that reading removes is removed here too,
 * with its reason, until nothing changes.
 */
function settle(doc: Doc, report: Report, options: ResolvedOptions, memo: LineMemo): void {
  for (let reread = 0; reread < MAX_REREADS; reread++) {
    const kept = doc.lines.filter((line) => !report.isRemoved(line.index));
    if (kept.length === 0) return;
    const again = runPipeline(assembleBody(doc, report), options, memo);
    // The body's lines are the kept lines, in order; anything else would be a bug in assembleBody.
    if (again.doc.lines.length !== kept.length) return;
    let removed = 0;
    for (const { line, verdict } of again.report.removals()) {
      const original = kept[line];
      if (!original) continue;
      report.remove(original.index, {
        ...verdict,
        reason: `${verdict.reason} (on re-reading the cleaned text)`,
      });
      removed++;
    }
    if (removed === 0) return;
  }
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

function removedLines(doc: Doc, report: Report): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  for (const { line, verdict } of report.removals()) {
    removed.push({
      text: doc.lines[line]?.text ?? "",
      kind: verdict.kind,
      rule: verdict.rule,
      reason: verdict.reason,
    });
  }
  return removed;
}
