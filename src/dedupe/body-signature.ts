import { signatureOf } from "./minhash.js";
import { MIN_WORDS, SHINGLE_WORDS } from "./settings.js";
import { shingleHashes, wordHashes } from "./shingles.js";

/**
 * The signature of a record's cleaned body, or undefined when the body is
 * too short to be anyone's copy (an empty body, a leftover "Subscribe now").
 */
export function bodySignature(body: string): Uint8Array | undefined {
  const words = wordHashes(body);
  if (words.length < MIN_WORDS) return undefined;
  return signatureOf(shingleHashes(words, SHINGLE_WORDS));
}
