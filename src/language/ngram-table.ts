/**
 * eld's "small" n-gram database (Nito T.M., Apache-2.0, npmjs.com/package/eld)
 * in a compact, flat form. eld ships it as a JavaScript object literal of
 * 81,206 keys, each holding an object of per-language scores: loading it
 * takes ~450 ms and ~150 MB of heap in every thread that detects a language,
 * worker threads included. The same data as typed arrays is ~2 MB, is read
 * from disk in a few milliseconds and is looked up without hashing strings.
 *
 * `npm run build` writes the table next to this module
 * (`scripts/build-language-table.js`); without it (tests run from `src/`)
 * the table is built in memory from eld's own files, at eld's cost.
 */

/** eld's n-gram database, as its `ngrams/*.js` modules export it. */
export interface EldData {
  readonly type: string;
  readonly languages: Readonly<Record<string, string>>;
  readonly ngrams: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface NgramTable {
  /** ISO 639-1 code by eld's language index. */
  readonly languages: readonly string[];
  /**
   * eld's byte dictionary: the character code eld writes for each byte of a
   * multi-byte UTF-8 character (several bytes share one, so it is data, not
   * an identity).
   */
  readonly dictionary: readonly number[];
  /** eld's separator pattern (runs of non-letters, apostrophes kept), with flags `gu`. */
  readonly separators: RegExp;
  /** `slots` is a power of two; an n-gram lives at the first free slot from its hash. */
  readonly mask: number;
  /**
   * Three words per slot, side by side: the packed key (see `packKey`), low
   * and high 32 bits (0/0 is an empty slot), then `start << 8 | count`: the
   * slot's scores are `postings[start .. start + 2 * count)` as (language,
   * score) pairs. Side by side, one probe reads one cache line: the table
   * is 3 MB, and in four arrays a lookup missed the cache four times.
   */
  readonly records: Uint32Array;
  readonly postings: Uint8Array;
}

/** Longest n-gram in the database: " " + 4 bytes + " ". */
export const MAX_NGRAM = 6;

/**
 * A key of up to 6 "byte characters" (codes 0..255) as two 32-bit halves:
 * bytes 0-3 in `low`, bytes 4-5 and the length in `high`. Distinct strings
 * give distinct keys, and no key is 0/0 (the length is at least 1).
 */
export function packKey(codes: ArrayLike<number>, length: number): [number, number] {
  let low = 0;
  for (let i = 0; i < length && i < 4; i++) low |= (codes[i] as number) << (8 * i);
  let high = length << 16;
  for (let i = 4; i < length; i++) high |= (codes[i] as number) << (8 * (i - 4));
  return [low >>> 0, high >>> 0];
}

export function slotOf(low: number, high: number, mask: number): number {
  return (Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) >>> 7) & mask;
}

/** Flatten eld's database into a table. */
export function buildTable(
  data: EldData,
  separatorSource: string,
  dictionary: readonly string[],
): NgramTable {
  const languages: string[] = [];
  for (const [index, code] of Object.entries(data.languages)) languages[Number(index)] = code;
  const keys = Object.keys(data.ngrams);
  let slots = 1;
  while (slots < keys.length * 2) slots *= 2;
  const mask = slots - 1;
  const records = new Uint32Array(RECORD_WORDS * slots);
  const postingList: number[] = [];
  const codes = new Uint8Array(MAX_NGRAM);
  for (const key of keys) {
    if (key.length > MAX_NGRAM) throw new Error(`eld n-gram longer than ${MAX_NGRAM}: ${key}`);
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      if (code > 255) throw new Error(`eld n-gram outside Latin-1: ${key}`);
      codes[i] = code;
    }
    const [low, high] = packKey(codes, key.length);
    let slot = slotOf(low, high, mask);
    while (records[RECORD_WORDS * slot] !== 0 || records[RECORD_WORDS * slot + 1] !== 0)
      slot = (slot + 1) & mask;
    const scores = Object.entries(data.ngrams[key] as Record<string, number>);
    if (postingList.length >= 1 << 24 || scores.length > 255)
      throw new Error("eld's n-grams outgrow the table's record");
    records[RECORD_WORDS * slot] = low;
    records[RECORD_WORDS * slot + 1] = high;
    records[RECORD_WORDS * slot + 2] = ((postingList.length << 8) | scores.length) >>> 0;
    for (const [language, score] of scores) {
      if (score < 0 || score > 255) throw new Error(`eld score out of range: ${key} ${score}`);
      postingList.push(Number(language), score);
    }
  }
  return {
    languages,
    dictionary: dictionary.map((char) => char.charCodeAt(0)),
    separators: new RegExp(separatorSource, "gu"),
    mask,
    records,
    postings: Uint8Array.from(postingList),
  };
}

const MAGIC = 0x54444c45; // "ELDT"
const FORMAT = 2;
/** Words per slot in `NgramTable.records`. */
export const RECORD_WORDS = 3;

/** The table as bytes: a JSON header (languages, pattern), then the typed arrays, 4-byte aligned. */
export function serialiseTable(table: NgramTable, eldVersion: string): Buffer {
  const header = Buffer.from(
    JSON.stringify({
      eld: eldVersion,
      languages: table.languages,
      dictionary: table.dictionary,
      separators: table.separators.source,
      slots: table.mask + 1,
      postings: table.postings.length,
    }),
  );
  const pad = (n: number) => Buffer.alloc((4 - (n % 4)) % 4);
  const prefix = Buffer.alloc(12);
  prefix.writeUInt32LE(MAGIC, 0);
  prefix.writeUInt32LE(FORMAT, 4);
  prefix.writeUInt32LE(header.length, 8);
  const parts = [
    prefix,
    header,
    pad(header.length),
    Buffer.from(table.records.buffer),
    Buffer.from(table.postings.buffer),
  ];
  return Buffer.concat(parts);
}

/** Read a table written by `serialiseTable`. Throws on anything else. */
export function parseTable(bytes: Uint8Array): NgramTable {
  // Typed arrays need aligned offsets: work on an own, aligned copy.
  const buffer = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(buffer).set(bytes);
  const view = new DataView(buffer);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== FORMAT)
    throw new Error(`not an article-clean n-gram table (format ${FORMAT})`);
  const headerLength = view.getUint32(8, true);
  const header = JSON.parse(Buffer.from(buffer, 12, headerLength).toString("utf8")) as {
    languages: string[];
    dictionary: number[];
    separators: string;
    slots: number;
    postings: number;
  };
  let offset = 12 + headerLength + ((4 - (headerLength % 4)) % 4);
  const take = <T>(make: (offset: number) => T, bytesPerSlot: number, length: number): T => {
    const array = make(offset);
    offset += bytesPerSlot * length;
    return array;
  };
  const { slots } = header;
  const words = RECORD_WORDS * slots;
  const records = take((at) => new Uint32Array(buffer, at, words), 4, words);
  const postings = take((at) => new Uint8Array(buffer, at, header.postings), 1, header.postings);
  if (offset !== buffer.byteLength) throw new Error("n-gram table has the wrong size");
  return {
    languages: header.languages,
    dictionary: header.dictionary,
    separators: new RegExp(header.separators, "gu"),
    mask: slots - 1,
    records,
    postings,
  };
}
