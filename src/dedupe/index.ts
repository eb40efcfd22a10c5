/**
 * Near-duplicate detection on cleaned bodies: word shingles, MinHash
 * signatures, LSH banding and grouping in run order. Pure: no I/O; the
 * runner computes signatures in its workers and judges them in order.
 */

export { bodySignature } from "./body-signature.js";
export { DuplicateFinder, type Judgement, NOT_A_DUPLICATE } from "./finder.js";
export { estimateSimilarity, signatureOf } from "./minhash.js";
export {
  DEFAULT_THRESHOLD,
  MIN_WORDS,
  SHINGLE_WORDS,
  SIGNATURE_BYTES,
  SIGNATURE_VERSION,
} from "./settings.js";
