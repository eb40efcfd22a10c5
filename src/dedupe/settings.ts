/**
 * The fixed parameters of near-duplicate detection. Changing any of them
 * changes every signature: bump `SIGNATURE_VERSION`, and signatures kept in
 * output folders from an older version are recomputed, never compared.
 */

/** Words per shingle. Five: a shared stock phrase ("said in a statement on") stays one shingle of many. */
export const SHINGLE_WORDS = 5;

/** MinHash values per signature, one byte each: 128 bytes per article. */
export const SIGNATURE_BYTES = 128;

/**
 * LSH banding: the signature cut into 32 bands of 4 bytes. Two articles
 * become candidates when one band agrees whole, with chance
 * 1 - (1 - s^4)^32 for similarity s (`candidateChance`): 0.988 at the
 * default threshold 0.6, 0.998 at 0.65, 0.9998 at 0.7, so a copy is
 * almost never missed for want of a candidate; an unrelated article
 * (s ~ 0) shares a band with 1 in ~10^8. Fewer bands would save ~6 bytes
 * per article each and miss more copies near the threshold (20 bands of
 * 5: 0.80 at 0.6).
 */
export const BANDS = 32;
export const ROWS = 4;

/**
 * A band key shared by more earlier articles than this stops taking new
 * ones: the time a new article costs stays bounded (at most
 * `BANDS * BUCKET_CAP` comparisons) whatever the corpus repeats.
 */
export const BUCKET_CAP = 16;

/**
 * Estimated Jaccard similarity at or above which two bodies are the same
 * article. From `npm run bench:dedupe`: precision and recall are 1.000 on
 * every kind of copy from 0.5 to 0.65; at 0.4 articles on the same event
 * start to match, at 0.7 copies with a paragraph removed start to be
 * missed. 0.6 sits in the middle of the safe range.
 */
export const DEFAULT_THRESHOLD = 0.6;

/** Bodies with fewer words than this are never judged: a stub is nobody's copy. */
export const MIN_WORDS = 8;

/** Identifies the signature scheme, in fingerprints and in the output folder's state. */
export const SIGNATURE_VERSION = `minhash-oph/${SHINGLE_WORDS}w/${SIGNATURE_BYTES}x8/${BANDS}x${ROWS}`;

/** The chance that a pair of similarity `s` becomes a candidate at all. */
export function candidateChance(s: number, bands = BANDS, rows = ROWS): number {
  return 1 - (1 - s ** rows) ** bands;
}
