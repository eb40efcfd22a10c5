import type { ChalkInstance } from "chalk";
import type { RunSummary } from "../run/summary.js";

const LABEL = 14;

/** `1234` -> `1,234`: counts in a terminal summary are read, not parsed. */
export const count = (n: number): string => n.toLocaleString("en-US");

/**
 * The closing summary on a terminal: what was read and written, what failed
 * and why (reasons grouped, most frequent first), what was removed by kind,
 * and how fast. Rows that would say 0 are left out, so a clean run is three
 * lines. Pipes and cron get `RunSummary.line()` instead: one greppable line.
 */
export function renderSummary(
  summary: RunSummary,
  chalk: ChalkInstance,
  options: { note?: string; width?: number } = {},
): string {
  const width = Math.max(40, options.width || 80);
  const seconds = summary.elapsedSeconds();
  const rate = seconds > 0 ? summary.processed / seconds : summary.processed;
  const removed = [...summary.removed].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const totalRemoved = removed.reduce((sum, [, n]) => sum + n, 0);
  const digits = Math.max(
    ...[summary.written, summary.failed, summary.unchanged, totalRemoved].map(
      (n) => count(n).length,
    ),
  );
  const row = (label: string, value: string, n: number, detail = "") =>
    `  ${chalk.dim(label.padEnd(LABEL))}${" ".repeat(digits - count(n).length)}${value}${detail ? `  ${detail}` : ""}`;

  const head = `${plural(summary.processed, "input")} in ${formatSeconds(seconds)} (${rateText(rate)})`;
  const out = [
    `${chalk.bold("article-clean:")} ${options.note ? `${chalk.yellow(options.note)}; ${head}` : head}`,
  ];
  const empty =
    summary.emptyBodies > 0 ? chalk.yellow(`, ${summary.emptyBodies} with an empty body`) : "";
  out.push(
    row(
      "written",
      chalk.bold(count(summary.written)),
      summary.written,
      `${summary.written === 1 ? "record" : "records"}${empty}`,
    ),
  );
  if (summary.unchanged > 0)
    out.push(
      row("unchanged", count(summary.unchanged), summary.unchanged, chalk.dim("output up to date")),
    );
  if (summary.duplicates > 0) {
    const groups = plural(summary.groups, "group");
    const detail = summary.dropped > 0 ? `dropped: copies of ${groups}` : `copies of ${groups}`;
    out.push(row("duplicates", count(summary.duplicates), summary.duplicates, detail));
  }
  if (summary.failed > 0) {
    out.push(
      row(
        "failed",
        chalk.red.bold(count(summary.failed)),
        summary.failed,
        "skipped or unreadable:",
      ),
    );
    for (const [reason, n] of [...summary.failures].sort((a, b) => b[1] - a[1]))
      out.push(
        `  ${" ".repeat(LABEL + digits + 2)}${chalk.red(count(n).padStart(digits))}  ${reason}`,
      );
  }
  if (summary.warnings > 0)
    out.push(
      row(
        "warnings",
        chalk.yellow(count(summary.warnings)),
        summary.warnings,
        chalk.dim("printed above"),
      ),
    );
  const first = row("lines removed", chalk.bold(count(totalRemoved)), totalRemoved);
  const kinds = removed.map(([kind, n]) => `${count(n)} ${kind}`);
  out.push(...wrapList(kinds, first, LABEL + digits + 4, width));
  return `${out.join("\n")}\n`;
}

const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? "" : "s"}`;

/** `first` then the items, comma-separated, wrapped to `width` under a hanging indent. */
function wrapList(
  items: readonly string[],
  first: string,
  indent: number,
  width: number,
): string[] {
  const lines: string[] = [];
  let line = items.length > 0 ? `${first}  ` : first;
  let fresh = true;
  for (const [i, item] of items.entries()) {
    const piece = i < items.length - 1 ? `${item},` : item;
    const next = fresh ? `${line}${piece}` : `${line} ${piece}`;
    if (!fresh && visibleLength(next) > width) {
      lines.push(line);
      line = `${" ".repeat(indent)}${piece}`;
    } else line = next;
    fresh = false;
  }
  lines.push(line);
  return lines;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes is the point
const ANSI = /\u001b\[[0-9;]*m/g;

/** Length as the terminal shows it: colour codes take no columns. */
export function visibleLength(text: string): number {
  return text.replace(ANSI, "").length;
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m < 60 ? `${m}m${String(s).padStart(2, "0")}s` : `${Math.floor(m / 60)}h${m % 60}m`;
}

export function rateText(filesPerSecond: number): string {
  return `${count(filesPerSecond >= 10 ? Math.round(filesPerSecond) : Number(filesPerSecond.toFixed(1)))} files/s`;
}
