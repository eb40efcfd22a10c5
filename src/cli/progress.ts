import { clearLine, cursorTo } from "node:readline";
import type { ChalkInstance } from "chalk";
import cliProgress from "cli-progress";
import type { RunObserver } from "../run/run.js";
import type { RunSummary } from "../run/summary.js";
import { count, formatSeconds, rateText, renderSummary } from "./summary-view.js";

/** What the display writes to: stderr, or a fake terminal in tests. */
export interface TerminalStream extends NodeJS.WritableStream {
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  readonly stream: TerminalStream;
  readonly chalk: ChalkInstance;
  /** Show the bar at all (false when records go to the same terminal). @default true */
  readonly bar?: boolean;
  /** Runs shorter than this never show a bar: it would only flicker. @default 1000 */
  readonly delayMs?: number;
  /** Redraws per second. @default 10 */
  readonly fps?: number;
}

/**
 * What a run looks like on a terminal: a progress bar once the run has
 * taken a second (files done, then done/total once discovery has finished,
 * files/s and an ETA), and the multi-line summary at the end. Log lines
 * must call `beforeWrite` first: it wipes the bar, the line is printed, and
 * the next redraw puts the bar back underneath.
 */
export class ProgressDisplay implements RunObserver {
  readonly #options: ProgressOptions;
  readonly #started = performance.now();
  #timer: NodeJS.Timeout | undefined;
  #multibar: cliProgress.MultiBar | undefined;
  #phase: "corpus" | "clean" = "clean";
  #done = 0;
  #total: number | undefined;
  /** When the first record came back, and how many were done then: the rate excludes the corpus pass. */
  #rateFrom: { at: number; done: number } | undefined;
  #finished = false;

  constructor(options: ProgressOptions) {
    this.#options = options;
    if (options.bar === false) return;
    this.#timer = setTimeout(() => this.#show(), options.delayMs ?? 1000);
    // A pending bar must never keep the process alive.
    this.#timer.unref();
  }

  /** True while the bar is on screen. */
  get visible(): boolean {
    return this.#multibar !== undefined;
  }

  corpusPass(): void {
    this.#phase = "corpus";
  }

  progress(summary: RunSummary): void {
    this.#phase = "clean";
    this.#done = summary.processed;
    this.#rateFrom ??= { at: performance.now(), done: summary.processed };
  }

  discoveryDone(total: number): void {
    this.#total = total;
  }

  /** Wipe the bar so a log line can take its place; it is redrawn below the line. */
  beforeWrite(): void {
    if (!this.#multibar) return;
    cursorTo(this.#options.stream, 0);
    clearLine(this.#options.stream, 0);
  }

  finish(): void {
    this.#finished = true;
    clearTimeout(this.#timer);
    this.#multibar?.stop();
    this.#multibar = undefined;
  }

  summary(summary: RunSummary, note?: string): void {
    this.finish();
    const { stream, chalk } = this.#options;
    stream.write(renderSummary(summary, chalk, { note, width: stream.columns }));
  }

  #show(): void {
    if (this.#finished) return;
    this.#multibar = new cliProgress.MultiBar({
      stream: this.#options.stream,
      fps: this.#options.fps ?? 10,
      format: (options, params) => this.#line(options, params.maxWidth),
      clearOnComplete: true,
      // Redraw on every tick, not only on change: a log line may have wiped the bar.
      forceRedraw: true,
      // Leave the terminal's cursor and line wrapping alone: a run killed by a
      // second Ctrl-C exits at once, and must not leave the terminal changed.
      hideCursor: false,
      linewrap: true,
      gracefulExit: false,
      barCompleteChar: "\u2588",
      barIncompleteChar: "\u2591",
    });
    this.#multibar.create(1, 0);
  }

  /** The bar's line, never wider than the terminal (the library cuts it, escape codes and all). */
  #line(options: cliProgress.Options, width: number): string {
    const { chalk } = this.#options;
    const elapsed = (performance.now() - this.#started) / 1000;
    if (this.#phase === "corpus")
      return `reading the corpus for lines repeated across files… ${formatSeconds(elapsed)}`;
    const rate = this.#rate();
    const speed = rate === undefined ? "" : ` · ${rateText(rate)}`;
    const done = count(this.#done);
    if (this.#total === undefined)
      // Discovery runs only a little ahead of the workers, so on a big tree
      // the total comes late; until then, say so rather than guess.
      return `${done} ${this.#done === 1 ? "file" : "files"}${speed} · ${formatSeconds(elapsed)} ${chalk.dim("(total not known yet)")}`;
    const total = Math.max(this.#total, this.#done);
    const fraction = total === 0 ? 1 : this.#done / total;
    const eta = rate ? ` · ETA ${formatSeconds((total - this.#done) / rate)}` : "";
    const text = ` ${done}/${count(total)} ${Math.floor(fraction * 100)}%${speed}${eta}`;
    // Colour codes count against the width when the library trims the line.
    const size = Math.min(40, width - 1 - text.length - (chalk.level > 0 ? 10 : 0));
    if (size < 8) return text.trimStart();
    return `${chalk.cyan(cliProgress.Format.BarFormat(fraction, { ...options, barsize: size }))}${text}`;
  }

  /** Files per second since the first record; undefined until there is enough to go on. */
  #rate(): number | undefined {
    const from = this.#rateFrom;
    if (!from) return undefined;
    const seconds = (performance.now() - from.at) / 1000;
    return seconds >= 0.5 && this.#done - from.done >= 3
      ? (this.#done - from.done) / seconds
      : undefined;
  }
}
