import { MAX_COUNTED_CHARS, MAX_COUNTED_WORDS, scopeOf } from "../corpus-profile.js";
import { parseScraperHeaderLine } from "../stages/scraper-header.js";
import { type LineFacts, lineKeyHash, scanLine } from "../text/facts.js";
import { normalisedLines } from "../text/normalise.js";
import { wordCount } from "../text/shape.js";

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
   * Key hash of the first long paragraph (else the first line of prose): two files with the same lead
   * are copies of one article (a syndicated story, a re-scrape), and count once.
   */
  readonly leadKey?: number;
}

/** A paragraph long enough to be prose whatever else it is. */
const PROSE_WORDS = 25;
/** Lines the headline candidates are looked for in. */
const TOP_LINES = 8;
/** Stands for a long paragraph among the top lines: prose, never a headline. */
const PARAGRAPH = {
  prose: true,
  words: PROSE_WORDS,
  endsWithFullStop: true,
  keyHash: 0,
} as LineFacts;
/** How much of an uncounted paragraph stands for it as the context of the line below. */
const CONTEXT_CHARS = 80;

/** A 52-bit hash of a paragraph's opening: equal openings, equal contexts. */
function openingHash(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const end = Math.min(text.length, CONTEXT_CHARS);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 2246822519);
  }
  return (a >>> 6) * 0x4000000 + (b >>> 6) + 1;
}

/** Lines and headline candidates of one article's text: each short line scanned once. */
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
  // Short lines are scanned (they are counted); a paragraph is only ever
  // the context of the line below it, and the lead: its opening stands for it.
  const facts: LineFacts[] = [];
  const lineKeys = new Map<number, number>();
  let previous = 0;
  let lead: number | undefined;
  let shortLead: number | undefined;
  for (let i = start; i < lines.length; i++) {
    const text = lines[i] as string;
    if (text === "") continue;
    if (text.length > MAX_COUNTED_CHARS) {
      previous = openingHash(text);
      if (lead === undefined && wordCount(text) >= PROSE_WORDS) lead = previous;
      if (facts.length < TOP_LINES) facts.push(PARAGRAPH);
      continue;
    }
    if (facts.length >= TOP_LINES && lead !== undefined) {
      // Headline candidates and the lead are found: only the key is left to count.
      const key = lineKeyHash(text);
      if (key !== 0 && !lineKeys.has(key) && wordCount(text) <= MAX_COUNTED_WORDS)
        lineKeys.set(key, previous);
      previous = key;
      continue;
    }
    const line = scanLine(text);
    if (facts.length < TOP_LINES) facts.push(line);
    const key = line.keyHash;
    if (line.words <= MAX_COUNTED_WORDS && key !== 0 && !lineKeys.has(key))
      lineKeys.set(key, previous);
    // The lead names the article: a paragraph of its own, not a one-line
    // prompt the site prints above every story (a reader poll, "Listen to
    // this article"), which would make every file a copy of the first. A
    // short prose line stands in only when the file has no long paragraph.
    if (line.prose && line.words >= PROSE_WORDS) lead ??= key;
    else if (line.prose) shortLead ??= key;
    previous = key;
  }
  return {
    scope: scopeOf(filePath, headerUrl),
    lineKeys: [...lineKeys.keys()],
    previousKeys: [...lineKeys.values()],
    headlineKeys: headlineCandidates(facts),
    leadKey: lead ?? shortLead,
  };
}

/**
 * The headline is the title-shaped line right above the first paragraph of
 * prose (or the first line, when the file opens with a title). A cheap
 * stand-in for the headline stage, good enough to index "this line is some
 * article's headline".
 */
function headlineCandidates(facts: readonly LineFacts[]): number[] {
  const top = facts;
  const leadAt = top.findIndex((line) => line.prose);
  const candidate = leadAt > 0 ? top[leadAt - 1] : undefined;
  const titleish =
    candidate !== undefined &&
    candidate.words >= 3 &&
    candidate.words <= MAX_COUNTED_WORDS &&
    !candidate.endsWithFullStop;
  return titleish ? [candidate.keyHash] : [];
}
