/**
 * Metadata the stages find while they classify lines. The metadata
 * extractors (`src/meta/`) turn these raw findings into record fields.
 */

/** Fields read from a scraper header (` date 2019-05-31`, `Title: ...`, `URL: ...`). */
export interface HeaderFields {
  title?: string;
  /** The date text as written, parsed later by `meta/date`. */
  date?: string;
  url?: string;
  source?: string;
}

export interface HeadlineFinding {
  readonly text: string;
  /** Line the headline was taken from, or null when it only exists in the header. */
  readonly line: number | null;
  /** 0..1: how sure the headline stage is. */
  readonly confidence: number;
}

export interface DatelineFinding {
  readonly line: number;
  /** The dateline as printed, e.g. `TOKYO (Sputnik) -`; `--strip-dateline` removes it. */
  readonly text: string;
  /** The place, e.g. `TOKYO`, or null when the dateline names none. */
  readonly place: string | null;
  /** The agency in the dateline, e.g. `Sputnik`, or null. */
  readonly agency: string | null;
  /** A date inside the dateline (`MOSCOW, May 31 (Reuters)`), or null. */
  readonly dateText: string | null;
  /** Where the dateline starts in its line, when furniture was glued in front of it. */
  readonly start?: number;
}

export interface Findings {
  header: HeaderFields;
  headline?: HeadlineFinding;
  dateline?: DatelineFinding;
  /**
   * The agency that signs the story off at the end (`— AFP`, `(Reuters)`): a
   * dateline's agency printed after the text.
   */
  signoffAgency?: string;
  /** Short date/time lines near the top (`31.05.2019 12:04`), in order. */
  bylineDates: string[];
  /** Every way the page names its own publisher, for the source vote (stages/source-evidence). */
  sourceCandidates: SourceCandidate[];
}

/** One piece of evidence for the source: a name, how strong, and where it came from. */
export interface SourceCandidate {
  readonly name: string;
  readonly weight: number;
  readonly from: "dateline" | "sign-off" | "byline" | "copyright" | "text" | "url";
  /** In words, for `explain`. */
  readonly evidence: string;
}

export function emptyFindings(): Findings {
  return { header: {}, bylineDates: [], sourceCandidates: [] };
}
