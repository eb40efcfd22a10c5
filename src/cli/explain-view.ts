import type { ChalkInstance } from "chalk";
import type { CleanResult } from "../clean.js";
import type { RemovalKind } from "../report.js";

const LABEL_WIDTH = 11;

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
 * The explain view: every line of the input in order, grouped by paragraph.
 * Kept lines are plain with `keep`; removed lines carry their kind, are
 * dimmed and struck through (on a colour terminal), and are followed by the
 * rule and reason. The extracted fields and where each came from close the
 * view. Without colour every status is still spelled out in words.
 */
export function renderExplain(result: CleanResult, chalk: ChalkInstance): string {
  const { doc, report, record } = result;
  const out: string[] = [];
  for (const block of doc.blocks) {
    out.push(chalk.dim(`── paragraph ${block.index + 1} ${"─".repeat(40)}`));
    for (const line of block.lines) {
      const verdict = report.verdict(line.index);
      if (!verdict) {
        out.push(`${"keep".padEnd(LABEL_WIDTH)} │ ${line.text}`);
        continue;
      }
      const colour = colourFor(verdict.kind, chalk);
      out.push(
        `${colour(verdict.kind.padEnd(LABEL_WIDTH))} │ ${chalk.dim.strikethrough(line.text)}`,
      );
      out.push(
        `${" ".repeat(LABEL_WIDTH)} │   ${chalk.dim(`↳ ${verdict.rule}: ${verdict.reason}`)}`,
      );
    }
  }
  const removed = [...report.removals()].length;
  out.push("");
  out.push(chalk.bold("Extracted"));
  const field = (name: string, value: string | null, from: string | null) =>
    `  ${name.padEnd(10)} ${value === null ? chalk.dim("null") : JSON.stringify(value)}${from ? chalk.dim(`  (from ${from})`) : ""}`;
  out.push(
    field(
      "headline",
      record.headline,
      record.headline === null ? null : `text, confidence ${record.confidence.headline}`,
    ),
  );
  out.push(field("date", record.date, record.date_source));
  out.push(field("source", record.source, record.source_from));
  out.push(field("dateline", record.dateline, null));
  out.push(field("language", record.language, null));
  out.push(
    `  ${"lines".padEnd(10)} ${doc.lines.length - removed} kept, ${removed} removed, in ${doc.blocks.length} paragraphs`,
  );
  return `${out.join("\n")}\n`;
}
