import { MAX_COUNTED_CHARS, MAX_COUNTED_WORDS, scopeOf } from "../corpus-profile.js";
import { parseScraperHeaderLine } from "../stages/scraper-header.js";
import { comparisonKey, normaliseText } from "../text/normalise.js";
import { endsWithFullStop, looksLikeProse, wordCount } from "../text/shape.js";

/** What one file contributes to a corpus profile. Plain data: it crosses the worker boundary. */
export interface FileStats {
  /** The source's domain from the header URL, else the file's folder. */
  readonly scope: string;
  /** Distinct comparison keys of the file's short lines. */
  readonly lineKeys: readonly string[];
  /** For each of `lineKeys`, the key of the line just above it ("" at the top). */
  readonly previousKeys: readonly string[];
  /** Keys of the lines that could be this file's headline. */
  readonly headlineKeys: readonly string[];
  /**
   * Key of the first paragraph of prose: two files with the same lead are
   * copies of one article (a syndicated story, a re-scrape), and count once.
   */
  readonly leadKey?: string;
}

/** How much of an uncounted paragraph stands for it as the context of the line below. */
const CONTEXT_CHARS = 80;

/** Lines and headline candidates of one article's text. */
export function statsOfText(text: string, filePath: string): FileStats {
  const lines = normaliseText(text).split("\n");
  let headerUrl: string | undefined;
  let start = 0;
  for (; start < lines.length; start++) {
    const header = parseScraperHeaderLine(lines[start] as string);
    if (!header) break;
    if (header.kind === "url") headerUrl = header.url;
    if (header.kind === "key-value" && header.field === "url") headerUrl = header.value;
  }
  // Each counted line with the key of the line above it (its context).
  const lineKeys = new Map<string, string>();
  let previous = "";
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === "") continue;
    const counted = line.length <= MAX_COUNTED_CHARS && wordCount(line) <= MAX_COUNTED_WORDS;
    if (!counted) {
      // A paragraph is only ever the context of the line below it, compared
      // for equality with other contexts: its opening is enough, and
      // normalising every paragraph of the sample was the pass's largest cost.
      previous = `\u0000${line.slice(0, CONTEXT_CHARS)}`;
      continue;
    }
    const key = comparisonKey(line);
    if (key !== "" && !lineKeys.has(key)) lineKeys.set(key, previous);
    previous = key;
  }
  const lead = lines.slice(start).find((line) => looksLikeProse(line));
  return {
    scope: scopeOf(filePath, headerUrl),
    lineKeys: [...lineKeys.keys()],
    previousKeys: [...lineKeys.values()],
    headlineKeys: headlineCandidates(lines, start),
    leadKey: lead === undefined ? undefined : comparisonKey(lead),
  };
}

/**
 * The headline is the title-shaped line right above the first paragraph of
 * prose (or the first line, when the file opens with a title). A cheap
 * stand-in for the headline stage, good enough to index "this line is some
 * article's headline".
 */
function headlineCandidates(lines: readonly string[], start: number): string[] {
  const nonEmpty: string[] = [];
  for (let i = start; i < lines.length && nonEmpty.length < 8; i++)
    if (lines[i] !== "") nonEmpty.push(lines[i] as string);
  const leadAt = nonEmpty.findIndex((line) => looksLikeProse(line));
  const titleish = (line: string | undefined) =>
    line !== undefined &&
    wordCount(line) >= 3 &&
    wordCount(line) <= MAX_COUNTED_WORDS &&
    !endsWithFullStop(line);
  const candidate = leadAt > 0 ? nonEmpty[leadAt - 1] : undefined;
  return titleish(candidate) ? [comparisonKey(candidate as string)] : [];
}
