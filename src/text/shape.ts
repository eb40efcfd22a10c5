/**
 * Shape features of a line: is it a sentence, a title, prose? These are the
 * language-independent cues that most rules combine with their own evidence.
 */

// Closing quotes and brackets that may follow the final punctuation:
// `... he said."`, `... (AFP).`, `«...»`.
const CLOSERS = new Set(['"', "'", "”", "’", "»", ")", "]", "}", "」", "』"]);
const SENTENCE_END = new Set([".", "!", "?", "…", "。", "！", "？", ":", ";", "；", "："]);
const STRONG_END = new Set([".", "…", "。", ":", ";", "；", "："]);

/** The last character before any closing quotes and brackets (checked from the end: lines can be long). */
function lastMeaningfulChar(text: string): string | undefined {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i] as string)) i--;
  return i >= 0 ? text[i] : undefined;
}

/** Words as separated by spaces (the text is normalised: single spaces). */
export function wordCount(text: string): number {
  if (text === "") return 0;
  let count = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) count++;
  return count;
}

/** Scripts written without spaces: one "word" per two characters is a fair proxy. */
/** Cheap first test: no character from U+0E00 (Thai) up, no unspaced script. */
const MAYBE_UNSPACED = /[\u0E00-\u0EFF\u2E80-\u9FFF\uF900-\uFAFF]/u;
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

/** Word count that also works for Chinese, Japanese and Thai. */
export function effectiveWordCount(text: string): number {
  if (!MAYBE_UNSPACED.test(text)) return wordCount(text);
  const unspaced = text.match(UNSPACED_CHAR)?.length ?? 0;
  return unspaced > text.length / 3
    ? Math.ceil(unspaced / 2) + wordCount(text) - 1
    : wordCount(text);
}

/** Ends with sentence punctuation, allowing closing quotes/brackets after it. */
export function endsLikeSentence(text: string): boolean {
  const last = lastMeaningfulChar(text);
  return last !== undefined && SENTENCE_END.has(last);
}

/**
 * Ends with a full stop (or colon/semicolon), not `?`/`!`: headlines and
 * teasers end with `?` often, with `.` almost never.
 */
export function endsWithFullStop(text: string): boolean {
  const last = lastMeaningfulChar(text);
  return last !== undefined && STRONG_END.has(last);
}

// Short function words that title case leaves in lower case, in the
// languages where title case is a convention (mostly English).
export const TITLE_CASE_EXEMPT: ReadonlySet<string> = new Set([
  "a",
  "an",
  "the",
  "and",
  "but",
  "or",
  "nor",
  "for",
  "so",
  "yet",
  "as",
  "at",
  "by",
  "in",
  "of",
  "off",
  "on",
  "per",
  "to",
  "up",
  "via",
  "vs",
  "with",
  "from",
  "into",
  "onto",
  "over",
  "than",
  "de",
  "la",
  "le",
  "les",
  "des",
  "du",
  "et",
  "à",
  "en",
  "el",
  "los",
  "y",
  "del",
  "von",
  "und",
  "der",
  "die",
  "das",
  "di",
  "e",
  "da",
  "do",
  "dos",
  "im",
]);

const MAX_EXEMPT_LENGTH = Math.max(...[...TITLE_CASE_EXEMPT].map((word) => word.length));

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * False when a word opens with more ASCII letters than the longest exempt
 * word has: it cannot be one, whatever follows. True when unsure, and the
 * exact test decides. Most words of prose are ruled out here.
 */
function mayBeExempt(word: string): boolean {
  for (let i = 0; i <= MAX_EXEMPT_LENGTH; i++) {
    if (i >= word.length || !isAsciiLetter(word.charCodeAt(i))) return true;
  }
  return false;
}

/**
 * Share of words that start with a capital letter, ignoring the function
 * words title case leaves in lower case. NaN when the line has no cased
 * letters (Chinese, Arabic...).
 */
export function titleCaseRatio(text: string): number {
  let cased = 0;
  let upper = 0;
  for (const word of text.split(" ")) {
    // Most words start with an ASCII letter or digit: nothing to strip.
    const first = isAsciiAlphanumeric(word.charCodeAt(0))
      ? word
      : word.replace(/^[^\p{L}\p{N}]+/u, "");
    if (first === "") continue;
    const ch = first[0] as string;
    const lower = ch.toLowerCase();
    const isUpper = ch !== lower;
    const isLower = ch !== ch.toUpperCase();
    if (!isUpper && !isLower) continue; // digits, symbols, uncased scripts
    if (
      isLower &&
      mayBeExempt(first) &&
      TITLE_CASE_EXEMPT.has(first.toLowerCase().replace(/[^\p{L}]+$/u, ""))
    )
      continue;
    cased++;
    if (isUpper) upper++;
  }
  return cased === 0 ? Number.NaN : upper / cased;
}

/** Share of cased letters that are upper case: "US FALLS" is 1, a sentence ~0.05. */
export function upperCaseRatio(text: string): number {
  let upper = 0;
  let cased = 0;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lower === up) continue;
    cased++;
    if (ch === up) upper++;
  }
  return cased === 0 ? Number.NaN : upper / cased;
}

/**
 * A sentence: starts like one (capital, digit, quote or dash) and ends with
 * sentence punctuation. "The investigation is ongoing." is one; "Most read"
 * and "Kremlin Rules Out Talks" are not.
 */
export function isSentence(text: string): boolean {
  return wordCount(text) >= 2 && endsWithFullStop(text);
}

/**
 * Running prose: a long line, or a punctuated sentence of several words.
 * Rules that work from shape alone never remove prose.
 */
export function looksLikeProse(text: string): boolean {
  const words = effectiveWordCount(text);
  if (words >= 25) return true;
  return words >= 8 && endsLikeSentence(text) && !(titleCaseRatio(text) >= 0.8);
}

/**
 * A title: a handful of words, no full stop at the end, and either title
 * case ("Kremlin Rules Out Kurils Transfer to Japan") or no cased script at
 * all. Sentence-case titles are common too; callers that need them use
 * `!isSentence` instead.
 */
export function looksLikeTitle(text: string): boolean {
  const words = wordCount(text);
  if (words < 2 || words > 25 || endsWithFullStop(text)) return false;
  const ratio = titleCaseRatio(text);
  return Number.isNaN(ratio) || ratio >= 0.7;
}
