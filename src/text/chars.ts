/**
 * Character facts for the one-pass line scanner (see `facts.ts`). Every
 * rule used to ask its own regular expression with Unicode property classes
 * ("is this a letter?", "is it upper case?"), line after line; here each
 * UTF-16 code unit is classified once per process into one 32-bit cell:
 * its lower-case form in the low 16 bits and its flags above them, so the
 * scanner pays one array read and a few bit tests per character.
 */

/** A letter (`\p{L}`). */
export const LETTER_BIT = 16;
export const LETTER = 1 << LETTER_BIT;
/** Part of a comparison token: a letter or a digit (`\p{L}`, `\p{N}`). */
export const WORD = 1 << 17;
/** Part of a stopword run: a letter, a combining mark or an apostrophe (`don't`, `l'homme`). */
export const RUN = 1 << 18;
/** A cased letter in upper (or title) case: `A`, `É`, `Д`. */
export const UPPER_BIT = 19;
export const UPPER = 1 << UPPER_BIT;
/** A cased letter in lower case: `a`, `é`, `д`. */
export const LOWER_BIT = 20;
export const LOWER = 1 << LOWER_BIT;
/** A digit (`\p{N}`). */
export const DIGIT = 1 << 21;
export const SPACE = 1 << 22;
/** Scripts written without spaces between words: Han, Hiragana, Katakana, Thai. */
export const UNSPACED_BIT = 23;
export const UNSPACED = 1 << UNSPACED_BIT;
/** Set on every classified cell, so that 0 means "not classified yet". */
const KNOWN = 1 << 24;
/** The lower-case code unit of a cell. */
export const LOWER_CASE = 0xffff;

const table = new Uint32Array(65536);

const LETTER_CHAR = /\p{L}/u;
const NUMBER_CHAR = /\p{N}/u;
const MARK_CHAR = /\p{M}/u;
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

function classify(ch: string): number {
  let flags = KNOWN;
  if (ch === " ") flags |= SPACE;
  else if (LETTER_CHAR.test(ch)) {
    // Only letters have a case here: a circled `ⓒ` has an upper-case form
    // but is a symbol, not part of a word.
    flags |= LETTER | WORD | RUN;
    if (ch.toLowerCase() !== ch) flags |= UPPER;
    else if (ch.toUpperCase() !== ch) flags |= LOWER;
  } else if (NUMBER_CHAR.test(ch)) {
    flags |= WORD | DIGIT;
    // Roman numerals have case ("Ⅰ", "ⅰ"), and title case reads it.
    if (ch.toLowerCase() !== ch) flags |= UPPER;
    else if (ch.toUpperCase() !== ch) flags |= LOWER;
  } else if (MARK_CHAR.test(ch) || ch === "'" || ch === "’") flags |= RUN;
  if (UNSPACED_CHAR.test(ch)) flags |= UNSPACED;
  // A letter whose lower case is several code units ("İ") keeps its own code.
  const lower = ch.toLowerCase();
  const lowerCode = lower.length === ch.length ? lower.charCodeAt(0) : ch.charCodeAt(0);
  return (flags | lowerCode) >>> 0;
}

/**
 * The cell (flags and lower-case code) of a UTF-16 code unit. Lone
 * surrogate halves have no flags; callers that meet a high surrogate use
 * `codePointFlags` for the astral character.
 */
export function charCell(code: number): number {
  let cell = table[code] as number;
  if (cell === 0) {
    // Surrogate halves stay out of the table: a 0 there sends the scanner to
    // its slow path, which reads the pair as one astral character.
    if (code >= 0xd800 && code <= 0xdfff) return (KNOWN | code) >>> 0;
    cell = classify(String.fromCharCode(code));
    table[code] = cell;
  }
  return cell;
}

for (let code = 0; code < 128; code++) charCell(code);

/**
 * The table itself, for the scanner's hot loop: 0 means "not classified
 * yet" (call `charCell`). Read-only for everyone else.
 */
export const CELLS: Readonly<Uint32Array> = table;

const astral = new Map<number, number>();

/** The flags of an astral code point (emoji, rare CJK, mathematical letters); no lower-case code. */
export function codePointFlags(codePoint: number): number {
  let flags = astral.get(codePoint);
  if (flags === undefined) {
    flags = (classify(String.fromCodePoint(codePoint)) & ~LOWER_CASE) >>> 0;
    astral.set(codePoint, flags);
  }
  return flags;
}

/** A letter or digit: what comparison keys keep. */
export function isWordChar(code: number): boolean {
  return (charCell(code) & WORD) !== 0;
}

/** A letter (`\p{L}`). */
export function isLetterCode(code: number): boolean {
  return (charCell(code) & LETTER) !== 0;
}
