import type { RemovalKind } from "../report.js";
import type { Outcome } from "./outcome.js";

/** Running totals of a run: what the summary line and the progress bar show. */
export class RunSummary {
  readonly started = performance.now();
  /** Inputs that produced a record. */
  written = 0;
  /** Inputs that failed (unreadable, binary, empty, too big) or could not be found. */
  failed = 0;
  /** Inputs skipped because their output is up to date (incremental runs). */
  unchanged = 0;
  /** Outputs whose input is gone (incremental runs; removed with --prune). */
  gone = 0;
  /** Records whose body came out empty. */
  emptyBodies = 0;
  warnings = 0;
  bytesRead = 0;
  /** `--dedupe`: records that copy an earlier one, and the earlier records they copy. */
  duplicates = 0;
  groups = 0;
  /** `--dedupe=drop`: copies not written (counted in `duplicates`, not in `written`). */
  dropped = 0;
  readonly failures = new Map<string, number>();
  readonly removed = new Map<RemovalKind, number>();

  add(outcome: Outcome): void {
    if (outcome.status === "failed") {
      this.fail(outcome.reason);
      return;
    }
    if (outcome.status === "unchanged") {
      this.unchanged++;
      return;
    }
    if (!outcome.dropped) this.written++;
    this.warnings += outcome.warnings.length;
    if (outcome.warnings.some((w) => w.startsWith("no article text"))) this.emptyBodies++;
    for (const [kind, count] of Object.entries(outcome.removed) as [RemovalKind, number][]) {
      this.removed.set(kind, (this.removed.get(kind) ?? 0) + count);
    }
  }

  fail(reason: string): void {
    this.failed++;
    // Group reasons by their kind, not their numbers: "file is 200 MB, over..." -> one bucket.
    const bucket = shorten(reason.replace(/\d+(?:\.\d+)?\s*(?:MB|KB|bytes)?/g, "N"), 80);
    this.failures.set(bucket, (this.failures.get(bucket) ?? 0) + 1);
  }

  get processed(): number {
    return this.written + this.dropped + this.failed + this.unchanged;
  }

  elapsedSeconds(): number {
    return (performance.now() - this.started) / 1000;
  }

  /** `3 duplicates in 2 groups` or, with `--dedupe=drop`, `3 duplicates dropped (2 groups)`. */
  duplicateLine(): string {
    const groups = `${this.groups} ${this.groups === 1 ? "group" : "groups"}`;
    const copies = `${this.duplicates} ${this.duplicates === 1 ? "duplicate" : "duplicates"}`;
    return this.dropped > 0 ? `${copies} dropped (${groups})` : `${copies} in ${groups}`;
  }

  /** One line for logs and cron mail. */
  line(): string {
    const seconds = this.elapsedSeconds();
    const rate = seconds > 0 ? Math.round(this.processed / seconds) : this.processed;
    const parts = [`${this.written} written`];
    if (this.unchanged > 0) parts.push(`${this.unchanged} unchanged`);
    parts.push(`${this.failed} failed`);
    if (this.emptyBodies > 0) parts.push(`${this.emptyBodies} empty bodies`);
    if (this.gone > 0) parts.push(`${this.gone} gone`);
    if (this.duplicates > 0) parts.push(this.duplicateLine());
    const removed = [...this.removed.values()].reduce((a, b) => a + b, 0);
    return `article-clean: ${this.processed} ${this.processed === 1 ? "input" : "inputs"}, ${parts.join(", ")}; ${removed} lines removed; ${seconds.toFixed(1)}s, ${rate} files/s`;
  }
}

/** At most `max` characters, cut at a word and marked, never mid-word. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(" ", max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:]+$/, "")}…`;
}
