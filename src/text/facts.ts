import {
  CELLS,
  charCell,
  codePointFlags,
  LETTER,
  LETTER_BIT,
  LOWER,
  LOWER_BIT,
  LOWER_CASE,
  RUN,
  SPACE,
  UNSPACED_BIT,
  UPPER,
  UPPER_BIT,
  WORD,
} from "./chars.js";
import { IntSet } from "./int-set.js";
import { FNV_OFFSET, FNV_PRIME, finishHash, hashToken } from "./token-hash.js";

/**
 * Everything the rules ask about a line, computed in one scan of its
 * characters: its comparison tokens (as hashes), its length in words, how
 * much of it is capitalised, how many of its words are stopwords, how it
 * ends. Rules used to recompute these from the text, each with its own
 * regular expressions, many times per line; now each line is scanned once
 * and every rule reads the same answers.
 */
export interface LineFacts {
  /** The normalised line: trimmed, single spaces. */
  readonly text: string;
  /** The text in lower case (what lower-case pattern catalogues match); computed on first use. */
  readonly lower: string;
  /**
   * Comparison tokens: maximal runs of letters and digits, as `hashToken`
   * hashes. Catalogues match these.
   */
  readonly hashes: readonly number[];
  /**
   * For each token, the hash of its first four characters (`STEM_LENGTH`),
   * or -1 when it is shorter: how the matcher finds stems ("abonn~").
   */
  readonly stems: readonly number[];
  /** The same tokens as lower-case strings; computed on first use. */
  readonly tokens: readonly string[];
  /** Comparison key: the tokens joined by single spaces ("Share on Facebook!" -> "share on facebook"). */
  readonly key: string;
  /**
   * The comparison key as a 52-bit number, from the token hashes: what the
   * corpus profile counts lines by (two lines with the same key, the same
   * hash). 0 for a line without tokens.
   */
  readonly keyHash: number;
  readonly chars: number;
  /** Words as separated by spaces. */
  readonly words: number;
  /** Words, counting two characters of Chinese, Japanese or Thai as one. */
  readonly effectiveWords: number;
  readonly letters: number;
  readonly digits: number;
  /** Characters of scripts written without spaces (Han, Kana, Thai). */
  readonly unspaced: number;
  /** Share of words that start with a capital, title-case function words aside; NaN without cased words. */
  readonly titleCaseRatio: number;
  /** Share of cased letters that are capitals; NaN without cased letters. */
  readonly upperCaseRatio: number;
  /** Share of words that are stopwords of the article's language; NaN when unknown. */
  readonly stopwordDensity: number;
  /** Words as stopword lists see them: runs of letters, marks and apostrophes. */
  readonly letterWords: number;
  /** Ends with sentence punctuation (`.!?…:;` and CJK forms), closing quotes allowed after it. */
  readonly endsLikeSentence: boolean;
  /** Ends with a full stop, colon or semicolon, not `?`/`!`: headlines end with `?` often, `.` almost never. */
  readonly endsWithFullStop: boolean;
  /** Running prose: a long line, or a punctuated sentence of several words. */
  readonly prose: boolean;
  /** Two words or more ending with a full stop. */
  readonly sentence: boolean;
  /** A handful of words in title case (or an uncased script), no full stop at the end. */
  readonly title: boolean;
}

/** What the scanner needs to know of the article's language. */
export interface ScanLanguage {
  /** Hashes (`hashToken` over the whole word) of the language's stopwords. */
  readonly stopwordHashes: IntSet;
  /** Stopword density is unknown (no list, or a script without spaces). */
  readonly densityUnknown: boolean;
}

export const NO_LANGUAGE: ScanLanguage = { stopwordHashes: new IntSet([]), densityUnknown: true };

/** The stopword hashes of a word list, for `ScanLanguage`. */
export function stopwordHashes(words: Iterable<string>): IntSet {
  return new IntSet([...words].map(runHash));
}

// Closing quotes and brackets that may follow the final punctuation:
// `... he said."`, `... (AFP).`, `«...»`.
const CLOSERS = new Set(['"', "'", "”", "’", "»", ")", "]", "}", "」", "』"]);
const SENTENCE_END = new Set([".", "!", "?", "…", "。", "！", "？", ":", ";", "；", "："]);
const STRONG_END = new Set([".", "…", "。", ":", ";", "；", "："]);

// Short function words that title case leaves in lower case, in the
// languages where title case is a convention (mostly English).
export const TITLE_CASE_EXEMPT: ReadonlySet<string> = new Set(
  (
    "a an the and but or nor for so yet as at by in of off on per to up via vs with from into onto over than " +
    "de la le les des du et à en el los y del von und der die das di e da do dos im"
  ).split(" "),
);
const EXEMPT_HASHES = new IntSet([...TITLE_CASE_EXEMPT].map(hashToken));
const MAX_EXEMPT_LENGTH = Math.max(...[...TITLE_CASE_EXEMPT].map((word) => word.length));

function lastMeaningfulChar(text: string): string | undefined {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i] as string)) i--;
  return i >= 0 ? text[i] : undefined;
}

/**
 * A scanned line. Lines of a document also know where they are (see
 * `text/document.ts`); a line scanned on its own has position -1.
 */
export class Facts implements LineFacts {
  /** Position in the document's lines, or -1. */
  index = -1;
  /** The paragraph (run of lines between blank lines) this line belongs to, or -1. */
  block = -1;
  /** Position of the line inside its block, or -1. */
  lineInBlock = -1;
  #lower: string | undefined;
  #tokens: readonly string[] | undefined;
  #key: string | undefined;
  constructor(
    readonly text: string,
    readonly hashes: readonly number[],
    readonly stems: readonly number[],
    readonly chars: number,
    readonly words: number,
    readonly effectiveWords: number,
    readonly letters: number,
    readonly digits: number,
    readonly unspaced: number,
    readonly titleCaseRatio: number,
    readonly upperCaseRatio: number,
    readonly stopwordDensity: number,
    readonly letterWords: number,
    readonly endsLikeSentence: boolean,
    readonly endsWithFullStop: boolean,
    readonly prose: boolean,
    readonly sentence: boolean,
    readonly title: boolean,
  ) {}

  get lower(): string {
    this.#lower ??= this.text.toLowerCase();
    return this.#lower;
  }

  get tokens(): readonly string[] {
    this.#tokens ??= tokensOf(this.text);
    return this.#tokens;
  }

  get key(): string {
    this.#key ??= this.tokens.join(" ");
    return this.#key;
  }

  get keyHash(): number {
    return lineHash(this.hashes);
  }
}

/** Stems ("abonn~") are looked up by the hash of their first this many characters. */
export const STEM_LENGTH = 4;

/** Set on the flags of an astral character (its two code units are read as one). */
const ASTRAL = 1 << 25;

function astralFlags(text: string, i: number, code: number): number {
  if (i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff)
      return codePointFlags(0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)) | ASTRAL;
  }
  return charCell(code);
}

/**
 * The cell of the character at `i`: one table read for nearly every
 * character. 0 in the table means not classified yet, or a surrogate half
 * (never stored): an astral character's flags carry `ASTRAL`, its width 2.
 * Small, so the scanners' loops inline it.
 */
function cellAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  const cell = CELLS[code] as number;
  if (cell !== 0) return cell;
  return code >= 0xd800 && code <= 0xdbff ? astralFlags(text, i, code) : charCell(code);
}

/** Scratch space for `scanLine` (never re-entered: it calls nothing that scans). */
const HASH_SCRATCH: number[] = [];
const STEM_SCRATCH: number[] = [];

/**
 * Scan one normalised line (trimmed, single spaces) and return its facts.
 * Linear in the line's length, and allocation-free but for the facts and the
 * token hashes: tokens are hashed as they are read, never sliced out.
 *
 * The loop is shaped for speed: an inner loop runs over the letters of one
 * token (most characters), and everything that changes at word boundaries
 * happens once per token. All state is plain locals (closures over them made
 * V8 keep them in a heap context, at several times the cost).
 */
export function scanLine(text: string, language: ScanLanguage = NO_LANGUAGE): Facts {
  const countStopwords = !language.densityUnknown;
  const stopwords = language.stopwordHashes;
  const n = text.length;

  // Tokens go to the scratch arrays first and are copied out at their exact
  // length: pushing onto fresh arrays regrew them two or three times a line.
  const hashes = HASH_SCRATCH;
  const stems = STEM_SCRATCH;
  let tokens = 0;
  let runs = 0; // stopword runs (letters, marks, apostrophes)
  let stops = 0;
  let wordStart = 0; // where the current space-separated word began
  let wordTokens = 0;
  let wordFirstFlags = 0;
  let wordFirstHash = 0;
  let wordFirstLength = 0;
  let wordComplex = false; // the word's runs differ from its tokens
  let wordMixed = false; // its first token mixes letters and digits ("e3")
  let wordRuns = 0; // runs and stopwords counted so far for this word, fast way
  let wordStops = 0;
  let titleCased = 0;
  let titleUpper = 0;
  let spaces = 0;
  let upper = 0;
  let lower = 0;
  let letters = 0;
  let digits = 0;
  let unspaced = 0;

  let i = 0;
  let cell = SPACE;
  let width = 1;
  // The token loop stops on the character after its token: its cell is
  // already read, and the next turn starts from it instead of reading it again.
  let readAhead = false;
  while (i <= n) {
    // Between tokens: spaces, punctuation, marks, apostrophes (or the end).
    if (!readAhead) {
      cell = SPACE;
      width = 1;
      if (i < n) {
        cell = cellAt(text, i);
        if (cell & ASTRAL) width = 2;
      }
    }
    readAhead = false;
    if (!(cell & WORD)) {
      upper += (cell >>> UPPER_BIT) & 1;
      lower += (cell >>> LOWER_BIT) & 1;
      unspaced += (cell >>> UNSPACED_BIT) & 1;
      if (cell & SPACE) {
        if (i < n) spaces++;
        if (wordTokens > 0) {
          // The word's case: its first letter or digit; title case leaves "of", "the", "de" out.
          if (wordFirstFlags & UPPER) {
            titleCased++;
            titleUpper++;
          } else if (wordFirstFlags & LOWER) {
            const exempt =
              wordTokens > 1 || wordMixed
                ? isExemptWord(text, i)
                : wordFirstLength <= MAX_EXEMPT_LENGTH && EXEMPT_HASHES.has(wordFirstHash);
            if (!exempt) titleCased++;
          }
        }
        if (wordComplex) {
          // Recount the whole word the slow way, in place of its fast counts.
          const counted = countRuns(text, wordStart, i, countStopwords ? stopwords : undefined);
          runs += (counted >> 16) - wordRuns;
          stops += (counted & 0xffff) - wordStops;
        }
        wordStart = i + 1;
        wordTokens = 0;
        wordComplex = false;
        wordRuns = 0;
        wordStops = 0;
      } else if (cell & RUN) wordComplex = true; // a mark or an apostrophe joins runs
      i += width;
      continue;
    }

    // A token: letters and digits, hashed as they are read. The counts are
    // added without branches (a flag's bit, shifted down): which characters
    // are capitals or digits is what a branch predictor cannot guess.
    let hash = FNV_OFFSET;
    let length = 0;
    let tokenChars = 0;
    let tokenLetters = 0;
    let stem = -1;
    const first = cell;
    for (;;) {
      tokenChars++;
      tokenLetters += (cell >>> LETTER_BIT) & 1;
      upper += (cell >>> UPPER_BIT) & 1;
      lower += (cell >>> LOWER_BIT) & 1;
      unspaced += (cell >>> UNSPACED_BIT) & 1;
      // An astral character has no lower-case cell: its own code units stand for it.
      if (width === 2) {
        hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
        hash = Math.imul(hash ^ text.charCodeAt(i + 1), FNV_PRIME);
      } else hash = Math.imul(hash ^ (cell & LOWER_CASE), FNV_PRIME);
      length += width;
      if (length === STEM_LENGTH) stem = finishHash(hash, false);
      i += width;
      if (i >= n) break;
      cell = cellAt(text, i);
      width = cell & ASTRAL ? 2 : 1;
      if (!(cell & WORD)) {
        readAhead = true;
        break;
      }
    }
    letters += tokenLetters;
    digits += tokenChars - tokenLetters;
    const allDigits = tokenLetters === 0;
    const anyDigit = tokenLetters < tokenChars;
    const tokenHash = finishHash(hash, allDigits);
    hashes[tokens] = tokenHash;
    stems[tokens] = stem;
    tokens++;
    if (wordTokens === 0) {
      wordFirstFlags = first;
      wordFirstHash = tokenHash;
      wordFirstLength = length;
      wordMixed = anyDigit && !allDigits;
    }
    wordTokens++;
    // Digits break stopword runs ("e3" is the run "e"): such words take the slow count.
    if (anyDigit) {
      if (!allDigits) wordComplex = true;
    } else if (!wordComplex) {
      // Most words: the token is the whole run, unless a mark or an apostrophe
      // follows and joins the next letters to it (checked when the word ends).
      // (An astral character's own flags are not asked here: its high surrogate's are.)
      const nextCell = i >= n ? SPACE : width === 1 ? cell : charCell(text.charCodeAt(i));
      if (nextCell & RUN && !(nextCell & WORD)) wordComplex = true;
      else {
        runs++;
        wordRuns++;
        if (countStopwords && stopwords.has(finishHash(hash, false))) {
          stops++;
          wordStops++;
        }
      }
    }
  }

  const words = n === 0 ? 0 : spaces + 1;
  const effectiveWords = unspaced > n / 3 ? Math.ceil(unspaced / 2) + words - 1 : words;
  const titleCaseRatio = titleCased === 0 ? Number.NaN : titleUpper / titleCased;
  const last = lastMeaningfulChar(text);
  const endsLikeSentence = last !== undefined && SENTENCE_END.has(last);
  const endsWithFullStop = last !== undefined && STRONG_END.has(last);
  const stopwordDensity =
    !countStopwords || stopwords.size === 0 || runs === 0 ? Number.NaN : stops / runs;
  return new Facts(
    text,
    hashes.slice(0, tokens),
    stems.slice(0, tokens),
    n,
    words,
    effectiveWords,
    letters,
    digits,
    unspaced,
    titleCaseRatio,
    upper + lower === 0 ? Number.NaN : upper / (upper + lower),
    stopwordDensity,
    runs,
    endsLikeSentence,
    endsWithFullStop,
    effectiveWords >= 25 || (effectiveWords >= 8 && endsLikeSentence && !(titleCaseRatio >= 0.8)),
    words >= 2 && endsWithFullStop,
    words >= 2 &&
      words <= 25 &&
      !endsWithFullStop &&
      (Number.isNaN(titleCaseRatio) || titleCaseRatio >= 0.7),
  );
}

/**
 * Stopword runs of one space-separated word, counted the slow way: runs of
 * letters, marks and apostrophes ("don't", "l'homme"), digits breaking them.
 * Returns `runs << 16 | stopwords`.
 */
function countRuns(text: string, from: number, to: number, stopwords: IntSet | undefined): number {
  let runs = 0;
  let stops = 0;
  let inRun = false;
  let state = FNV_OFFSET;
  for (let i = from; i <= to; i++) {
    let cell = 0;
    let width = 1;
    if (i < to) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff) {
        cell = astralFlags(text, i, code);
        if (cell & ASTRAL) width = 2;
      } else cell = charCell(code);
    }
    if (cell & RUN) {
      if (!inRun) {
        inRun = true;
        state = FNV_OFFSET;
      }
      if (width === 2) {
        state = Math.imul(state ^ text.charCodeAt(i), FNV_PRIME);
        state = Math.imul(state ^ text.charCodeAt(i + 1), FNV_PRIME);
      } else state = Math.imul(state ^ (cell & LOWER_CASE), FNV_PRIME);
    } else if (inRun) {
      runs++;
      if (stopwords?.has(finishHash(state, false))) stops++;
      inRun = false;
    }
    if (width === 2) i++;
  }
  return (runs << 16) | stops;
}

/**
 * The general test for a word whose letters go on after its first token
 * ("l'homme", "o'clock"): the word from its first letter or digit, trailing
 * non-letters dropped, is an exempt function word. Rare, so it may slice.
 */
function isExemptWord(text: string, end: number): boolean {
  let start = text.lastIndexOf(" ", end - 1) + 1;
  while (start < end) {
    const code = text.charCodeAt(start);
    const cell = code >= 0xd800 && code <= 0xdbff ? astralFlags(text, start, code) : charCell(code);
    if (cell & WORD) break;
    start += cell & ASTRAL ? 2 : 1;
  }
  let stop = end;
  while (stop > start && !endsWithLetter(text, stop)) stop--;
  return TITLE_CASE_EXEMPT.has(text.slice(start, stop).toLowerCase());
}

/** The character that ends at `end` is a letter (astral letters read whole). */
function endsWithLetter(text: string, end: number): boolean {
  const code = text.charCodeAt(end - 1);
  if (code >= 0xdc00 && code <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff)
      return (codePointFlags(0x10000 + ((high - 0xd800) << 10) + (code - 0xdc00)) & LETTER) !== 0;
  }
  return (charCell(code) & LETTER) !== 0;
}

/** The hash of a stopword run (letters, marks, apostrophes), as the scanner computes it. */
function runHash(word: string): number {
  let state = FNV_OFFSET;
  for (let i = 0; i < word.length; i++)
    state = Math.imul(state ^ (charCell(word.charCodeAt(i)) & LOWER_CASE), FNV_PRIME);
  return finishHash(state, false);
}

/** Visit each comparison token of `text` (runs of letters and digits, astral letters included). */
function eachToken(text: string, visit: (start: number, end: number) => void): void {
  let start = -1;
  let i = 0;
  while (i <= text.length) {
    let word = false;
    let width = 1;
    if (i < text.length) {
      const code = text.charCodeAt(i);
      let cell: number;
      if (code >= 0xd800 && code <= 0xdbff) {
        cell = astralFlags(text, i, code);
        if (cell & ASTRAL) width = 2;
      } else cell = charCell(code);
      word = (cell & WORD) !== 0;
    }
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      visit(start, i);
      start = -1;
    }
    i += width;
  }
}

/** Comparison tokens of a text, in lower case: the strings behind `LineFacts.hashes`. */
export function tokensOf(text: string): string[] {
  const out: string[] = [];
  eachToken(text, (start, end) => out.push(text.slice(start, end).toLowerCase()));
  return out;
}

/**
 * Where each comparison token of `text` starts and ends (UTF-16 offsets),
 * for the few rules that cut a phrase out of a line. Computed on demand:
 * most lines never need it.
 */
export function tokenOffsets(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  eachToken(text, (start, end) => {
    starts.push(start);
    ends.push(end);
  });
  return { starts, ends };
}

/**
 * A 52-bit hash of a token sequence (two 26-bit lanes, exact as a JS number):
 * the identity of a line's comparison key, without building the key.
 */
export function lineHash(hashes: readonly number[]): number {
  if (hashes.length === 0) return 0;
  let a = 0x811c9dc5 | 0;
  let b = 0x01000193 | 0;
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i] as number;
    a = Math.imul(a ^ h, 0x01000193);
    b = Math.imul(b ^ h, 0x85ebca6b);
    b ^= b >>> 13;
  }
  return (a >>> 6) * 0x4000000 + (b >>> 6);
}

/**
 * `scanLine(text).keyHash` without the rest of the scan: the corpus pass
 * counts most lines by their key alone, and this reads each character once
 * for the token hashes and nothing else (a property test holds the two
 * equal).
 */
export function lineKeyHash(text: string): number {
  const n = text.length;
  let a = 0x811c9dc5 | 0;
  let b = 0x01000193 | 0;
  let tokens = 0;
  let i = 0;
  while (i < n) {
    let cell = cellAt(text, i);
    let width = cell & ASTRAL ? 2 : 1;
    if (!(cell & WORD)) {
      i += width;
      continue;
    }
    let hash = FNV_OFFSET;
    let letters = 0;
    for (;;) {
      letters |= cell & LETTER;
      if (width === 2) {
        hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
        hash = Math.imul(hash ^ text.charCodeAt(i + 1), FNV_PRIME);
      } else hash = Math.imul(hash ^ (cell & LOWER_CASE), FNV_PRIME);
      i += width;
      if (i >= n) break;
      cell = cellAt(text, i);
      width = cell & ASTRAL ? 2 : 1;
      if (!(cell & WORD)) break;
    }
    const h = finishHash(hash, letters === 0);
    a = Math.imul(a ^ h, 0x01000193);
    b = Math.imul(b ^ h, 0x85ebca6b);
    b ^= b >>> 13;
    tokens++;
  }
  return tokens === 0 ? 0 : (a >>> 6) * 0x4000000 + (b >>> 6);
}

/** The comparison key of any text: lower case, letters and digits, single spaces. */
export function comparisonKey(text: string): string {
  return tokensOf(text).join(" ");
}
