/**
 * The report: every decision the cleaner makes about a line, as data. Stages
 * never delete text; they add a verdict here, and the body, `--explain`, the
 * `explain` view and the run summary are all readers of this report.
 */

/** What a removed line was. */
export const REMOVAL_KINDS = [
  "header", // scraper header: ` date 2019-05-31 Register`, `Title: ...`, `URL: ...`
  "headline", // the article's title, moved to the `headline` field
  "kicker", // section label or breadcrumb above the headline
  "deck", // subtitle or label between the headline and the lead paragraph
  "caption", // photo caption
  "credit", // photo credit: `© AFP 2019 / NAME`, `Photo: Reuters`
  "teaser", // link to another article: `READ MORE: ...`
  "related", // list of related links, "More from ..."
  "widget", // UI strings: form confirmations, loaders, buttons
  "share", // share/follow prompts
  "subscribe", // newsletter and subscription prompts
  "cookie", // cookie consent
  "comments", // comment counts, login/register prompts
  "nav", // navigation menus, breadcrumbs, footers
  "byline", // author / timestamp lines near the top
  "ad", // "Advertisement"
  "repeated", // a line that recurs across many files of the same source
  "boilerplate", // low-content text found by scoring, not by a named pattern
] as const;

export type RemovalKind = (typeof REMOVAL_KINDS)[number];

/** Why a line was removed: the kind, the rule that decided, and in words why. */
export interface Verdict {
  readonly kind: RemovalKind;
  /** Stable id of the rule, e.g. `photo-credit/copyright`. */
  readonly rule: string;
  /** Human-readable reason, e.g. `matches photo-credit pattern "© AGENCY YEAR / NAME"`. */
  readonly reason: string;
}

/**
 * Part of a line cut away, the rest kept: furniture glued onto a content
 * line (`Article content ` before the text, a pasted page header before a
 * dateline). `start`/`end` say what is kept, as UTF-16 offsets in the line.
 */
export interface Trim {
  readonly start: number;
  readonly end: number;
  readonly verdict: Verdict;
}

export class Report {
  readonly #verdicts: (Verdict | undefined)[];
  readonly #trims = new Map<number, Trim>();

  constructor(lineCount: number) {
    this.#verdicts = new Array(lineCount).fill(undefined);
  }

  /**
   * Keep only `[start, end)` of a line and record why the rest goes. One trim
   * per line, the first wins; a line removed whole keeps no trim. Returns
   * false when the line already had a verdict or a trim.
   */
  trim(line: number, start: number, end: number, verdict: Verdict): boolean {
    if (this.#verdicts[line] !== undefined || this.#trims.has(line)) return false;
    this.#trims.set(line, { start, end, verdict });
    return true;
  }

  /** The part of a line that is kept, when only part of it is. */
  trimOf(line: number): Trim | undefined {
    return this.#verdicts[line] === undefined ? this.#trims.get(line) : undefined;
  }

  /** Every trim of a line that is still kept, in line order. */
  *trims(): Generator<{ line: number; trim: Trim }> {
    for (const line of [...this.#trims.keys()].sort((a, b) => a - b)) {
      const trim = this.trimOf(line);
      if (trim) yield { line, trim };
    }
  }

  /**
   * Record a removal. The first verdict for a line wins: stages run from the
   * most to the least certain, so a later, weaker rule never relabels a line.
   * Returns false when the line already had a verdict.
   */
  remove(line: number, verdict: Verdict): boolean {
    if (this.#verdicts[line] !== undefined) return false;
    this.#verdicts[line] = verdict;
    return true;
  }

  /** Withdraw a verdict (used when a later stage proves a line is content). */
  restore(line: number): void {
    this.#verdicts[line] = undefined;
  }

  verdict(line: number): Verdict | undefined {
    return this.#verdicts[line];
  }

  isRemoved(line: number): boolean {
    return this.#verdicts[line] !== undefined;
  }

  /** All verdicts in line order. */
  *removals(): Generator<{ line: number; verdict: Verdict }> {
    for (let line = 0; line < this.#verdicts.length; line++) {
      const verdict = this.#verdicts[line];
      if (verdict) yield { line, verdict };
    }
  }
}
