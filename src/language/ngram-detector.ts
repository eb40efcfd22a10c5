import { MAX_NGRAM, type NgramTable, RECORD_WORDS, slotOf } from "./ngram-table.js";

/**
 * eld's text preparation, `text.replace(separators, " ").trim().toLowerCase()`,
 * as one loop over the text instead of a global replace with eld's
 * 700-range letter class (that replace was a third of the detector's time).
 * eld's pattern is `[^LETTERS]+(?<!['`’])`: every run of non-letters
 * becomes one space, except that apostrophes ending a run stay (the
 * lookbehind makes the match give them back). Which code units are letters
 * is read from eld's own class, once per code unit.
 */
function preparer(separators: RegExp): (text: string) => string {
  const source = separators.source;
  const single = new RegExp(`^${source.slice(0, source.indexOf("]+") + 1)}$`, "u");
  // 0: unknown, 1: separator, 2: letter
  const table = new Uint8Array(65536);
  const separatorAt = (text: string, i: number): number => {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      // eld's class holds BMP letters only: an astral character is a separator.
      if (low >= 0xdc00 && low <= 0xdfff) return 2;
    }
    let cls = table[code] as number;
    if (cls === 0) {
      cls = single.test(String.fromCharCode(code)) ? 1 : 2;
      table[code] = cls;
    }
    return cls === 1 ? 1 : 0;
  };
  const isApostrophe = (code: number) => code === 0x27 || code === 0x60 || code === 0x2019;
  return (text) => {
    let out = "";
    let kept = 0; // start of the text not yet copied
    let i = 0;
    // The detector reads at most ENFORCE_CUT_AFTER bytes of the result, and
    // every character of it is a byte at least: past that many characters
    // (and a word's worth more, for the run in progress) nothing more is read.
    while (i < text.length && out.length + (i - kept) <= ENFORCE_CUT_AFTER + MAX_WORD) {
      let width = separatorAt(text, i);
      if (width === 0) {
        i++;
        continue;
      }
      let end = i;
      while (width > 0) {
        end += width;
        width = end < text.length ? separatorAt(text, end) : 0;
      }
      let cut = end;
      while (cut > i && isApostrophe(text.charCodeAt(cut - 1))) cut--;
      if (cut > i) {
        out += `${text.slice(kept, i)} `;
        kept = cut;
      }
      i = end;
    }
    out += text.slice(kept, i);
    return out.trim().toLowerCase();
  };
}

/** eld subtracts this from every stored score to shrink its database; scoring adds it back. */
const BASE_SCORE = 53;
/** eld reads the first 1000 characters, then stops at a space after 350 bytes, or at 380. */
const MAX_CHARS = 1000;
const CUT_AFTER = 350;
const ENFORCE_CUT_AFTER = 380;
/** eld's n-grams come from the first 70 bytes of a word. */
const MAX_WORD = 70;
/**
 * A text yields fewer n-grams than it has bytes (one per three bytes of a
 * word, plus its end), so at most ~400: the seen set is never a third full.
 */
const SEEN_BITS = 10;
const SEEN_CAPACITY = 1 << SEEN_BITS;

/**
 * eld's `detect(text).language`, computed on the flat table: same text
 * preparation, same n-grams, same integer scores, same tie-breaking, so the
 * same answer for every input (`tests/language/ngram-detector.test.ts`
 * checks this against eld itself). Returns "" when no language scores.
 */
export function createDetector(table: NgramTable): (text: string) => string {
  const detector = new Detector(table);
  return (input) => detector.detect(input);
}

/**
 * The detector's state in fields, not in closures: the scoring loop runs
 * per n-gram, and closed-over mutable counters (the generation, the word's
 * length) lived in a heap context that V8 read and wrote on every access.
 */
class Detector {
  readonly #table: NgramTable;
  readonly #prepare: (text: string) => string;
  /**
   * The slots scored for the current text (eld counts an n-gram once per
   * text): a small set, stamped with the text's generation, that stays in
   * the cache, where a stamp per table slot was one more miss per n-gram.
   */
  readonly #seenSlots = new Int32Array(SEEN_CAPACITY);
  readonly #seenStamps = new Uint32Array(SEEN_CAPACITY);
  #generation = 0;
  readonly #scores: Int32Array;
  /** The current word's bytes: a word is at most ENFORCE_CUT_AFTER + 4 bytes long. */
  readonly #word = new Uint8Array(ENFORCE_CUT_AFTER + 8);
  readonly #ngram = new Uint8Array(MAX_NGRAM);

  constructor(table: NgramTable) {
    this.#table = table;
    this.#prepare = preparer(table.separators);
    this.#scores = new Int32Array(table.languages.length);
  }

  detect(input: string): string {
    this.#generation = (this.#generation + 1) >>> 0;
    if (this.#generation === 0) {
      this.#seenStamps.fill(0);
      this.#generation = 1;
    }
    const scores = this.#scores;
    scores.fill(0);
    const text = this.#prepare(input.substring(0, MAX_CHARS));
    const dictionary = this.#table.dictionary;
    const word = this.#word;
    // eld's strToUtf8Bytes: UTF-8 bytes, multi-byte ones through its dictionary, split on spaces.
    let length = 0;
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code < 0x80) {
        if (code === 32) {
          if (length > 0) this.#scoreWord(length);
          length = 0;
          if (bytes > CUT_AFTER) break;
        } else word[length++] = code;
        bytes++;
      } else if (code < 0x800) {
        word[length++] = dictionary[0xc0 | (code >> 6)] as number;
        word[length++] = dictionary[0x80 | (code & 0x3f)] as number;
        bytes += 2;
      } else if (code < 0xd800 || code >= 0xe000) {
        word[length++] = dictionary[0xe0 | (code >> 12)] as number;
        word[length++] = dictionary[0x80 | ((code >> 6) & 0x3f)] as number;
        word[length++] = dictionary[0x80 | (code & 0x3f)] as number;
        bytes += 3;
      } else {
        i++;
        code = 0x10000 + (((code & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
        word[length++] = dictionary[0xf0 | (code >> 18)] as number;
        word[length++] = dictionary[0x80 | ((code >> 12) & 0x3f)] as number;
        word[length++] = dictionary[0x80 | ((code >> 6) & 0x3f)] as number;
        word[length++] = dictionary[0x80 | (code & 0x3f)] as number;
        bytes += 4;
      }
      if (bytes > ENFORCE_CUT_AFTER) break;
    }
    if (length > 0) this.#scoreWord(length);
    // eld's getMaxLang: the first language with the highest positive score.
    let best = -1;
    let max = 0;
    for (let i = 0; i < scores.length; i++) {
      if ((scores[i] as number) > max) {
        max = scores[i] as number;
        best = i;
      }
    }
    return best < 0 ? "" : (this.#table.languages[best] ?? "");
  }

  /** True the first time `slot` is met in the current text. */
  #firstSight(slot: number): boolean {
    const stamps = this.#seenStamps;
    const generation = this.#generation;
    let at = Math.imul(slot, 0x9e3779b1) >>> (32 - SEEN_BITS);
    for (;;) {
      if (stamps[at] !== generation) {
        stamps[at] = generation;
        this.#seenSlots[at] = slot;
        return true;
      }
      if (this.#seenSlots[at] === slot) return false;
      at = (at + 1) & (SEEN_CAPACITY - 1);
    }
  }

  /** eld's getByteNgrams for one word: 4-byte n-grams with a stride of 3, then the word's end. */
  #scoreWord(length: number): void {
    const len = Math.min(length, MAX_WORD);
    let j = 0;
    for (; j + 4 < len; j += 3) this.#score(j === 0, j, j + 4, false);
    this.#score(j === 0, len !== 3 ? Math.max(len - 4, 0) : 0, length, true);
  }

  /** Score the n-gram `[" "] word[from..to) [" "]` once per text. */
  #score(lead: boolean, from: number, to: number, trail: boolean): void {
    const length = (lead ? 1 : 0) + (to - from) + (trail ? 1 : 0);
    if (length > MAX_NGRAM) return; // longer than any n-gram in the table
    const word = this.#word;
    const ngram = this.#ngram;
    let n = 0;
    if (lead) ngram[n++] = 32;
    for (let i = from; i < to; i++) ngram[n++] = word[i] as number;
    if (trail) ngram[n++] = 32;
    // Packed as `packKey` does: bytes 0-3 low, 4-5 and the length high.
    let low = 0;
    let high = length << 16;
    for (let i = 0; i < length; i++) {
      if (i < 4) low |= (ngram[i] as number) << (8 * i);
      else high |= (ngram[i] as number) << (8 * (i - 4));
    }
    low >>>= 0;
    high >>>= 0;
    const { mask, records, postings } = this.#table;
    let slot = slotOf(low, high, mask);
    let at = RECORD_WORDS * slot;
    while (records[at] !== low || records[at + 1] !== high) {
      if (records[at] === 0 && records[at + 1] === 0) return; // not in the table
      slot = (slot + 1) & mask;
      at = RECORD_WORDS * slot;
    }
    if (!this.#firstSight(slot)) return;
    const scores = this.#scores;
    const record = records[at + 2] as number;
    const start = record >>> 8;
    const end = start + 2 * (record & 0xff);
    for (let p = start; p < end; p += 2)
      (scores[postings[p] as number] as number) += (postings[p + 1] as number) + BASE_SCORE;
  }
}
