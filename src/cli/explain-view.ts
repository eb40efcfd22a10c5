import type { ChalkInstance } from "chalk";
import type { CleanResult } from "../clean.js";
import type { RemovalKind, Verdict } from "../report.js";
import type { DateSource, SourceOrigin } from "../schema.js";
import type { Block } from "../text/document.js";

/** `cut ` + the longest kind (`boilerplate`). */
const LABEL_WIDTH = 15;

export interface ExplainViewOptions {
  /** Wrap long lines to this many columns (a terminal's width); unset: one line per line. */
  readonly width?: number;
  /** Shown in the heading. */
  readonly path?: string;
}

/** Colours per family of removal, so a page of output reads at a glance. */
function colourFor(kind: RemovalKind, chalk: ChalkInstance): (text: string) => string {
  switch (kind) {
    case "headline":
      return chalk.green;
    case "header":
    case "byline":
    case "kicker":
      return chalk.cyan;
    case "caption":
    case "credit":
      return chalk.magenta;
    case "teaser":
    case "related":
    case "repeated":
      return chalk.yellow;
    default:
      return chalk.red;
  }
}

/**
 * The explain view: every block (paragraph) of the input in order, each
 * line under it with its status in words: `kept`, or `cut <kind>` followed
 * by the rule and the reason. On a colour terminal removed lines are also
 * dimmed and struck through and the kind is coloured; without colour the
 * words carry it all. The extracted fields, and where each came from, close
 * the view.
 */
export function renderExplain(
  result: CleanResult,
  chalk: ChalkInstance,
  options: ExplainViewOptions = {},
): string {
  const { doc, report } = result;
  const removed = [...report.removals()].length;
  const out: string[] = [];
  const name = options.path ?? result.record.path;
  out.push(
    chalk.bold(
      `${name}: ${doc.lines.length} lines in ${doc.blocks.length} blocks; ${removed} cut, ${doc.lines.length - removed} kept`,
    ),
  );
  const gutter = `${" ".repeat(LABEL_WIDTH)} ${chalk.dim("│")} `;
  const textWidth = options.width ? Math.max(20, options.width - LABEL_WIDTH - 3) : undefined;
  const pushKept = (text: string): void => {
    wrap(text, textWidth).forEach((piece, i) => {
      out.push(
        `${i === 0 ? "kept".padEnd(LABEL_WIDTH) : " ".repeat(LABEL_WIDTH)} ${chalk.dim("│")} ${piece}`,
      );
    });
  };
  const pushCut = (text: string, verdict: Verdict): void => {
    const colour = colourFor(verdict.kind, chalk);
    wrap(text, textWidth).forEach((piece, i) => {
      const label =
        i === 0 ? colour(`cut ${verdict.kind}`.padEnd(LABEL_WIDTH)) : " ".repeat(LABEL_WIDTH);
      out.push(`${label} ${chalk.dim("│")} ${chalk.dim.strikethrough(piece)}`);
    });
    for (const piece of wrap(`↳ ${verdict.rule}: ${verdict.reason}`, textWidth))
      out.push(`${gutter}${colour(piece)}`);
  };
  for (const block of doc.blocks) {
    out.push(blockRule(block, result, chalk, options.width));
    for (const line of block.lines) {
      const verdict = report.verdict(line.index);
      const trim = report.trimOf(line.index);
      if (verdict) {
        pushCut(line.text, verdict);
      } else if (trim) {
        // Furniture glued onto a kept line: the cut parts and the kept rest, in reading order.
        const before = line.text.slice(0, trim.start).trim();
        const after = line.text.slice(trim.end).trim();
        if (before) pushCut(before, trim.verdict);
        pushKept(line.text.slice(trim.start, trim.end).trim());
        if (after) pushCut(after, trim.verdict);
      } else {
        pushKept(line.text);
      }
    }
  }
  out.push("", chalk.bold("Extracted"), ...extracted(result, chalk));
  return `${out.join("\n")}\n`;
}

function blockRule(
  block: Block,
  { report }: CleanResult,
  chalk: ChalkInstance,
  width = 72,
): string {
  const cut = block.lines.filter((line) => report.isRemoved(line.index)).length;
  const status =
    cut === 0
      ? "kept"
      : cut === block.lines.length
        ? "cut"
        : `${cut} of ${block.lines.length} lines cut`;
  const head = `── block ${block.index + 1}: ${status} `;
  return chalk.dim(`${head}${"─".repeat(Math.max(3, Math.min(width, 72) - head.length))}`);
}

/** The record's metadata, each field with where it came from. */
function extracted(result: CleanResult, chalk: ChalkInstance): string[] {
  const { record, findings, doc, report } = result;
  const field = (name: string, value: string | null, from: string) =>
    `  ${name.padEnd(10)} ${value === null ? chalk.dim("null") : JSON.stringify(value)}${chalk.dim(`  ← ${from}`)}`;
  const blockOf = (line: number) => (doc.lines[line]?.block ?? 0) + 1;

  let headlineFrom = "no title-shaped line near the top";
  const found = findings.headline;
  if (found && record.headline !== null) {
    const fromTitle =
      found.line === null || report.verdict(found.line)?.rule === "headline/header-title";
    headlineFrom = fromTitle
      ? `the "Title:" header${found.line === null ? " (not repeated in the text)" : `, repeated in the text at block ${blockOf(found.line)}`}`
      : `the text, block ${blockOf(found.line as number)} (${report.verdict(found.line as number)?.rule ?? "headline"})`;
    headlineFrom += `; confidence ${record.confidence.headline}`;
  }

  const dateline = findings.dateline;
  const removedCounts = new Map<string, number>();
  for (const { verdict } of report.removals())
    removedCounts.set(verdict.kind, (removedCounts.get(verdict.kind) ?? 0) + 1);
  const removedText = [...removedCounts].map(([kind, n]) => `${n} ${kind}`).join(", ");
  const kept = doc.lines.length - [...report.removals()].length;
  const paragraphs = record.body === "" ? 0 : record.body.split("\n\n").length;

  return [
    field("headline", record.headline, headlineFrom),
    field("date", record.date, dateFrom(record.date_source, result)),
    field("source", record.source, sourceFrom(record.source_from, result)),
    field(
      "dateline",
      record.dateline,
      dateline
        ? `"${dateline.text.trim()}" at the start of block ${blockOf(dateline.line)}`
        : "no dateline (PLACE (Agency) -) at the start of a paragraph",
    ),
    field(
      "language",
      record.language,
      record.language === null ? "too little text to tell" : "detected from the text",
    ),
    `  ${"body".padEnd(10)} ${kept} ${kept === 1 ? "line" : "lines"} kept in ${paragraphs} ${paragraphs === 1 ? "paragraph" : "paragraphs"}${removedText ? `; cut ${removedText}` : ""}`,
  ];
}

function dateFrom(from: DateSource | null, { findings, record }: CleanResult): string {
  switch (from) {
    case "header":
      return `the scraper header${findings.header.date ? ` ("${findings.header.date}")` : ""}`;
    case "dateline":
      return `the dateline${findings.dateline?.dateText ? ` ("${findings.dateline.dateText}")` : ""}`;
    case "byline":
      return `a date line near the top${findings.bylineDates[0] ? ` ("${findings.bylineDates[0]}")` : ""}`;
    case "path":
      return `the file path (${record.path})`;
    default:
      return "no date in the header, dateline, byline or path (never guessed)";
  }
}

function sourceFrom(from: SourceOrigin | null, { findings, sourceEvidence }: CleanResult): string {
  switch (from) {
    case "option":
      return "--source";
    case "source-map":
      return "--source-map or the config's sourceMap";
    case "header":
      return "the scraper header";
    case "url":
      return findings.header.url
        ? `the URL in the header (${findings.header.url})`
        : `the page's addresses${sourceEvidence ? `: ${sourceEvidence}` : ""}`;
    case "dateline":
    case "sign-off":
    case "byline":
    case "copyright":
    case "text":
      return sourceEvidence ?? from;
    default:
      return "no source in the header, URL, dateline or text (try --source or --source-map)";
  }
}

/** Word-wrap one line to `width` columns; no width, no wrapping. */
function wrap(text: string, width: number | undefined): string[] {
  if (width === undefined || text.length <= width) return [text];
  const pieces: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      pieces.push(line);
      line = "";
    }
    line = line === "" ? word : `${line} ${word}`;
    while (line.length > width) {
      pieces.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  if (line !== "") pieces.push(line);
  return pieces;
}
