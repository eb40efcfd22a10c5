import stopwordsIso from "stopwords-iso/stopwords-iso.json" with { type: "json" };
import { NGRAM_TABLE } from "./ngram-data.js";
import { createDetector } from "./ngram-detector.js";

/**
 * The article's language and what rules need to know about it. Detected once
 * per article from its longest lines, so a French widget at the end of an
 * English article does not flip the result.
 */
export interface LanguageProfile {
  /** ISO 639-1 code, or null when the text is too short or mixed to tell. */
  readonly code: string | null;
  /** Lower-case stopwords of that language; empty when unknown. */
  readonly stopwords: ReadonlySet<string>;
  /**
   * True for scripts written without spaces between words (Chinese, Japanese,
   * Thai): word counts and stopword density mean nothing there.
   */
  readonly unspaced: boolean;
}

const STOPWORDS = stopwordsIso as unknown as Record<string, string[]>;
const stopwordCache = new Map<string, ReadonlySet<string>>();
const UNSPACED = new Set(["zh", "ja", "th", "lo", "km", "my"]);
const EMPTY: ReadonlySet<string> = new Set();
/**
 * Languages that attach their function words to the word before (Korean
 * particles: 정부는, 정부가): a whitespace token is almost never a stopword,
 * so stopword density is ~0 for prose and would score every paragraph as
 * boilerplate. They get no stopwords: density is unknown, not low.
 */
const ATTACHED_FUNCTION_WORDS = new Set(["ko"]);
/** eld's small model (60 languages), on a flat table: see ngram-table.ts. */
const detectCode = createDetector(NGRAM_TABLE);

export function stopwordsFor(code: string | null): ReadonlySet<string> {
  if (code === null || ATTACHED_FUNCTION_WORDS.has(code)) return EMPTY;
  let set = stopwordCache.get(code);
  if (!set) {
    set = new Set(STOPWORDS[code] ?? []);
    stopwordCache.set(code, set);
  }
  return set;
}

/** Written without spaces between words (Chinese, Japanese, Thai...). */
export function isUnspacedLanguage(code: string | null): boolean {
  return code !== null && UNSPACED.has(code);
}

export function profileFor(code: string | null): LanguageProfile {
  return { code, stopwords: stopwordsFor(code), unspaced: isUnspacedLanguage(code) };
}

/** How much text the detector sees: enough to be reliable, little enough to be cheap. */
const SAMPLE_CHARS = 400;

/**
 * Detect the language of an article from its lines. Uses the longest lines
 * first, because short lines are where widgets in other languages live.
 * `cache` keeps the answer per sample text (an article's line memo).
 */
export function detectLanguage(
  lines: readonly string[],
  cache?: Map<string, unknown>,
): LanguageProfile {
  // Only lines that are mostly letters: a page dump's longest line is often
  // a form field drawn in underscores or a run of links, which filled the
  // sample and left nothing to detect.
  const byLength = lines
    .filter((line) => line.length >= 40 && mostlyLetters(line))
    .sort((a, b) => b.length - a.length);
  let sample = "";
  for (const line of byLength.length > 0 ? byLength : lines) {
    sample += `${line}\n`;
    if (sample.length >= SAMPLE_CHARS) break;
  }
  sample = sample.slice(0, SAMPLE_CHARS * 2);
  if (sample.trim().length < 12) return profileFor(null);
  // A re-reading of the cleaned body usually samples the same long lines:
  // the answer for a sample is kept, so the detector runs once per article.
  let code = cache?.get(sample) as string | undefined;
  if (code === undefined) {
    code = detectCode(sample);
    cache?.set(sample, code);
  }
  return profileFor(code === "" ? null : code);
}

const LETTERS = /\p{L}/gu;

/**
 * At least half of the line's opening characters are letters. The opening
 * tells a line of underscores or links from prose; counting the letters of
 * every paragraph, on every re-reading, would not tell more.
 */
function mostlyLetters(line: string): boolean {
  const head = line.length > 200 ? line.slice(0, 200) : line;
  return (head.match(LETTERS)?.length ?? 0) * 2 >= head.length;
}
