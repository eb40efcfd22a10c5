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
 * LSH banding: the signature's first `BANDS * ROWS` bytes, cut into bands.
 * Two articles become candidates when one band agrees whole; the chance
 * is 1 - (1 - s^ROWS)^BANDS for similarity s (see `candidateChance`).
 */
export const BANDS = 20;
export const ROWS = 5;

/**
 * A band key shared by more earlier articles than this stops taking new
 * ones: the time a new article costs stays bounded (at most
 * `BANDS * BUCKET_CAP` comparisons) whatever the corpus repeats.
 */
export const BUCKET_CAP = 32;

/** Estimated Jaccard similarity at or above which two bodies are the same article. */
export const DEFAULT_THRESHOLD = 0.6;

/** Bodies with fewer words than this are never judged: a stub is nobody's copy. */
export const MIN_WORDS = 8;

/** Identifies the signature scheme, in fingerprints and in the output folder's state. */
export const SIGNATURE_VERSION = `minhash-oph/${SHINGLE_WORDS}w/${SIGNATURE_BYTES}x8/${BANDS}x${ROWS}`;

/** The chance that a pair of similarity `s` becomes a candidate at all. */
export function candidateChance(s: number, bands = BANDS, rows = ROWS): number {
  return 1 - (1 - s ** rows) ** bands;
}
