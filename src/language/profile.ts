import stopwordsIso from "stopwords-iso/stopwords-iso.json" with { type: "json" };
import { isLetterCode } from "../text/chars.js";
import { type ScanLanguage, stopwordHashes } from "../text/facts.js";
import { NGRAM_TABLE } from "./ngram-data.js";
import { createDetector } from "./ngram-detector.js";

/**
 * The article's language and what rules need to know about it. Detected once
 * per article from its longest lines, so a French widget at the end of an
 * English article does not flip the result.
 */
export interface LanguageProfile extends ScanLanguage {
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

const profiles = new Map<string | null, LanguageProfile>();

/** The profile of a language, built once per process. */
export function profileFor(code: string | null): LanguageProfile {
  let profile = profiles.get(code);
  if (!profile) {
    const stopwords = stopwordsFor(code);
    const unspaced = isUnspacedLanguage(code);
    profile = {
      code,
      stopwords,
      unspaced,
      stopwordHashes: stopwordHashes(stopwords),
      densityUnknown: stopwords.size === 0 || unspaced,
    };
    profiles.set(code, profile);
  }
  return profile;
}

/**
 * How much text the detector sees: enough to be reliable, little enough to
 * be cheap. On the 5,851 files of the dev corpora and the pool, 200
 * characters give the same language as 400 for all but one.
 */
const SAMPLE_CHARS = 200;

/** Lines shorter than this are where widgets in other languages live; the sample skips them. */
const MIN_SAMPLE_LINE = 40;

/**
 * Detect the language of an article from a bounded sample of its lines: the
 * longest ones first, because short lines are where widgets in other
 * languages live, and only lines that are mostly letters (a page dump's
 * longest line is often a form field drawn in underscores or a run of
 * links). The sample is at most `2 * SAMPLE_CHARS` characters, so the cost
 * does not grow with the article; the detector itself reads less.
 */
export function detectLanguage(lines: readonly string[]): LanguageProfile {
  const long: string[] = [];
  for (const line of lines) if (line.length >= MIN_SAMPLE_LINE && manyWords(line)) long.push(line);
  long.sort((a, b) => b.length - a.length);
  let sample = "";
  // Lines are tested for letters in length order, only until the sample is full.
  for (const line of long) {
    if (!mostlyLetters(line)) continue;
    sample += `${line}\n`;
    if (sample.length >= SAMPLE_CHARS) break;
  }
  if (sample === "") {
    for (const line of lines) {
      sample += `${line}\n`;
      if (sample.length >= SAMPLE_CHARS) break;
    }
  }
  sample = sample.slice(0, SAMPLE_CHARS * 2);
  if (sample.trim().length < 12) return profileFor(null);
  const code = detectCode(sample);
  return profileFor(code === "" ? null : code);
}

/** Words a sampled line needs: a teaser or a widget label is shorter, a paragraph longer. */
const MIN_SAMPLE_WORDS = 8;
/** Scripts written without spaces: their lines have few "words" however long they are. */
const UNSPACED_SCRIPT = /[\u0e00-\u0eff\u3040-\u30ff\u3400-\u9fff]/;

/**
 * A line of several words (or of a script without spaces): paragraphs, not
 * the short widgets and teasers that are cut anyway. The sample must not
 * depend on what the cleaner removes, or a second cleaning of the output
 * could detect another language.
 */
function manyWords(line: string): boolean {
  let spaces = 0;
  for (let i = 0; i < line.length && spaces < MIN_SAMPLE_WORDS - 1; i++)
    if (line.charCodeAt(i) === 32) spaces++;
  return spaces >= MIN_SAMPLE_WORDS - 1 || UNSPACED_SCRIPT.test(line);
}

/**
 * At least half of the line's opening characters are letters. The opening
 * tells a line of underscores or links from prose.
 */
function mostlyLetters(line: string): boolean {
  const end = Math.min(line.length, 200);
  let letters = 0;
  for (let i = 0; i < end; i++) if (isLetterCode(line.charCodeAt(i))) letters++;
  return letters * 2 >= end;
}
