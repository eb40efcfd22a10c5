import { MAX_COUNTED_CHARS, MAX_COUNTED_WORDS, scopeOf } from "../corpus-profile.js";
import { parseScraperHeaderLine } from "../stages/scraper-header.js";
import { type LineFacts, scanLine } from "../text/facts.js";
import { normalisedLines } from "../text/normalise.js";

/**
 * What one file contributes to a corpus profile. Plain data (numbers: each
 * line's 52-bit `keyHash`), cheap to send across the worker boundary.
 */
export interface FileStats {
  /** The source's domain from the header URL, else the file's folder. */
  readonly scope: string;
  /** Distinct key hashes of the file's short lines. */
  readonly lineKeys: readonly number[];
  /** For each of `lineKeys`, the key hash of the line just above it (0 at the top). */
  readonly previousKeys: readonly number[];
  /** Key hashes of the lines that could be this file's headline. */
  readonly headlineKeys: readonly number[];
  /**
   * Key hash of the first paragraph of prose: two files with the same lead
   * are copies of one article (a syndicated story, a re-scrape), and count once.
   */
  readonly leadKey?: number;
}

/** Lines and headline candidates of one article's text: each line scanned once. */
export function statsOfText(text: string, filePath: string): FileStats {
  const lines = normalisedLines(text);
  let headerUrl: string | undefined;
  let start = 0;
  for (; start < lines.length; start++) {
    const header = parseScraperHeaderLine(lines[start] as string);
    if (!header) break;
    if (header.kind === "url") headerUrl = header.url;
    if (header.kind === "key-value" && header.field === "url") headerUrl = header.value;
  }
  const facts: LineFacts[] = [];
  for (let i = start; i < lines.length; i++)
    if (lines[i] !== "") facts.push(scanLine(lines[i] as string));
  // Each counted line with the key of the line above it (its context).
  const lineKeys = new Map<number, number>();
  let previous = 0;
  for (const line of facts) {
    const key = line.keyHash;
    const counted = line.chars <= MAX_COUNTED_CHARS && line.words <= MAX_COUNTED_WORDS;
    if (counted && key !== 0 && !lineKeys.has(key)) lineKeys.set(key, previous);
    previous = key;
  }
  const lead = facts.find((line) => line.prose);
  return {
    scope: scopeOf(filePath, headerUrl),
    lineKeys: [...lineKeys.keys()],
    previousKeys: [...lineKeys.values()],
    headlineKeys: headlineCandidates(facts),
    leadKey: lead?.keyHash,
  };
}

/**
 * The headline is the title-shaped line right above the first paragraph of
 * prose (or the first line, when the file opens with a title). A cheap
 * stand-in for the headline stage, good enough to index "this line is some
 * article's headline".
 */
function headlineCandidates(facts: readonly LineFacts[]): number[] {
  const top = facts.slice(0, 8);
  const leadAt = top.findIndex((line) => line.prose);
  const candidate = leadAt > 0 ? top[leadAt - 1] : undefined;
  const titleish =
    candidate !== undefined &&
    candidate.words >= 3 &&
    candidate.words <= MAX_COUNTED_WORDS &&
    !candidate.endsWithFullStop;
  return titleish ? [candidate.keyHash] : [];
}
