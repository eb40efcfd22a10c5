import { MAX_NGRAM, type NgramTable, slotOf } from "./ngram-table.js";

/** eld subtracts this from every stored score to shrink its database; scoring adds it back. */
const BASE_SCORE = 53;
/** eld reads the first 1000 characters, then stops at a space after 350 bytes, or at 380. */
const MAX_CHARS = 1000;
const CUT_AFTER = 350;
const ENFORCE_CUT_AFTER = 380;
/** eld's n-grams come from the first 70 bytes of a word. */
const MAX_WORD = 70;

/**
 * eld's `detect(text).language`, computed on the flat table: same text
 * preparation, same n-grams, same integer scores, same tie-breaking, so the
 * same answer for every input (`tests/language/ngram-detector.test.ts`
 * checks this against eld itself). Returns "" when no language scores.
 */
export function createDetector(table: NgramTable): (text: string) => string {
  const { languages, dictionary, separators, mask, keyLow, keyHigh, start, count, postings } =
    table;
  const seen = new Uint32Array(mask + 1);
  let generation = 0;
  const scores = new Int32Array(languages.length);
  // A word is at most ENFORCE_CUT_AFTER + 4 bytes long.
  const word = new Uint8Array(ENFORCE_CUT_AFTER + 8);
  const ngram = new Uint8Array(MAX_NGRAM);

  /** Score the n-gram `[" "] word[from..to) [" "]` once per text. */
  const score = (lead: boolean, from: number, to: number, trail: boolean) => {
    const length = (lead ? 1 : 0) + (to - from) + (trail ? 1 : 0);
    if (length > MAX_NGRAM) return; // longer than any n-gram in the table
    let n = 0;
    if (lead) ngram[n++] = 32;
    for (let i = from; i < to; i++) ngram[n++] = word[i] as number;
    if (trail) ngram[n++] = 32;
    let low = 0;
    let high = length << 16;
    for (let i = 0; i < length; i++) {
      if (i < 4) low |= (ngram[i] as number) << (8 * i);
      else high |= (ngram[i] as number) << (8 * (i - 4));
    }
    low >>>= 0;
    high >>>= 0;
    let slot = slotOf(low, high, mask);
    while (keyLow[slot] !== low || keyHigh[slot] !== high) {
      if (keyLow[slot] === 0 && keyHigh[slot] === 0) return; // not in the table
      slot = (slot + 1) & mask;
    }
    if (seen[slot] === generation) return;
    seen[slot] = generation;
    const end = (start[slot] as number) + 2 * (count[slot] as number);
    for (let p = start[slot] as number; p < end; p += 2)
      (scores[postings[p] as number] as number) += (postings[p + 1] as number) + BASE_SCORE;
  };

  /** eld's getByteNgrams for one word: 4-byte n-grams with a stride of 3, then the word's end. */
  const scoreWord = (length: number) => {
    const len = Math.min(length, MAX_WORD);
    let j = 0;
    for (; j + 4 < len; j += 3) score(j === 0, j, j + 4, false);
    score(j === 0, len !== 3 ? Math.max(len - 4, 0) : 0, length, true);
  };

  return (input: string) => {
    generation = (generation + 1) >>> 0;
    if (generation === 0) {
      seen.fill(0);
      generation = 1;
    }
    scores.fill(0);
    const text = input.substring(0, MAX_CHARS).replace(separators, " ").trim().toLowerCase();
    // eld's strToUtf8Bytes: UTF-8 bytes, multi-byte ones through its dictionary, split on spaces.
    let length = 0;
    let bytes = 0;
    const push = (byte: number) => {
      word[length++] = dictionary[byte] as number;
    };
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code < 0x80) {
        if (code === 32) {
          if (length > 0) scoreWord(length);
          length = 0;
          if (bytes > CUT_AFTER) break;
        } else word[length++] = code;
        bytes++;
      } else if (code < 0x800) {
        push(0xc0 | (code >> 6));
        push(0x80 | (code & 0x3f));
        bytes += 2;
      } else if (code < 0xd800 || code >= 0xe000) {
        push(0xe0 | (code >> 12));
        push(0x80 | ((code >> 6) & 0x3f));
        push(0x80 | (code & 0x3f));
        bytes += 3;
      } else {
        i++;
        code = 0x10000 + (((code & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
        push(0xf0 | (code >> 18));
        push(0x80 | ((code >> 12) & 0x3f));
        push(0x80 | ((code >> 6) & 0x3f));
        push(0x80 | (code & 0x3f));
        bytes += 4;
      }
      if (bytes > ENFORCE_CUT_AFTER) break;
    }
    if (length > 0) scoreWord(length);
    // eld's getMaxLang: the first language with the highest positive score.
    let best = -1;
    let max = 0;
    for (let i = 0; i < scores.length; i++) {
      if ((scores[i] as number) > max) {
        max = scores[i] as number;
        best = i;
      }
    }
    return best < 0 ? "" : (languages[best] ?? "");
  };
}
