import { CELLS, charCell, codePointFlags, LOWER_CASE, UNSPACED, WORD } from "../text/chars.js";

/**
 * Word shingles of a cleaned body, as 32-bit hashes: what two copies of an
 * article are compared by. A word is a run of letters and digits, lower-cased;
 * punctuation, quotes and spacing never count, so `"Yes," he said` and
 * `Yes - he said` are the same three words. Scripts written without spaces
 * (Chinese, Japanese, Thai) have no words to split on: each of their
 * characters is a word, or a Chinese article would be a handful of "words".
 * Numbers are words: a corrected casualty figure is a real difference.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
/** No word hash is this value: it marks "no word in progress". */
const NONE = -1;

/** The hashes of the words of `text`, in order. */
export function wordHashes(text: string): Uint32Array {
  // A word takes at least two characters with its separator, CJK excepted.
  let out: Uint32Array = new Uint32Array(16 + (text.length >>> 1));
  let count = 0;
  let state = NONE;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    let cell: number;
    let unit: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      // An astral character (a rare Han character, a mathematical letter) reads whole.
      const low = text.charCodeAt(i + 1);
      cell = codePointFlags(0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00));
      unit = code ^ (low << 16);
      i++;
    } else {
      cell = CELLS[code] as number;
      if (cell === 0) cell = charCell(code);
      unit = cell & LOWER_CASE;
    }
    const word = (cell & WORD) !== 0;
    if (state !== NONE && (!word || cell & UNSPACED)) {
      if (count === out.length) out = grown(out);
      out[count++] = finish(state);
      state = NONE;
    }
    if (!word) continue;
    if (cell & UNSPACED) {
      if (count === out.length) out = grown(out);
      out[count++] = finish(Math.imul(FNV_OFFSET ^ unit, FNV_PRIME));
      continue;
    }
    state = Math.imul((state === NONE ? FNV_OFFSET : state) ^ unit, FNV_PRIME) >>> 0;
  }
  if (state !== NONE) {
    if (count === out.length) out = grown(out);
    out[count++] = finish(state);
  }
  return out.subarray(0, count);
}

function grown(array: Uint32Array): Uint32Array {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/**
 * The hashes of every run of `width` consecutive words (fewer when the
 * text is shorter: its one shingle is the whole text). Repeats are kept:
 * MinHash takes minimums, which repeats do not change.
 */
export function shingleHashes(words: Uint32Array, width: number): Uint32Array {
  const count = words.length === 0 ? 0 : Math.max(1, words.length - width + 1);
  const out = new Uint32Array(count);
  for (let start = 0; start < count; start++) {
    let hash = 0x9e3779b9 ^ width;
    const end = Math.min(words.length, start + width);
    for (let i = start; i < end; i++)
      hash = Math.imul(hash ^ (words[i] as number), 0x85ebca6b) ^ (hash >>> 15);
    out[start] = finish(hash);
  }
  return out;
}

/** murmur3's finaliser: every input bit reaches every output bit. */
export function finish(hash: number): number {
  let h = hash >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
