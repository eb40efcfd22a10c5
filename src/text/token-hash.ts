import { charCell, DIGIT, LOWER_CASE } from "./chars.js";

/**
 * Tokens are compared as 30-bit hashes of their lower-case code units, so
 * the scanner never allocates a string per word and catalogue lookups key
 * on small integers. The lowest bit says "all digits" (what the catalogue's
 * `#` wildcard matches). Collisions between different words are possible in
 * principle (1 in ~5·10^8 per pair); the matcher confirms every phrase it
 * finds on the strings, so a collision can cost time, never a wrong match.
 */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 16777619;

/** Turn a running FNV-1a state into a token hash (Smi-sized), with the digits bit. */
export function finishHash(state: number, allDigits: boolean): number {
  return ((state >>> 3) << 1) | (allDigits ? 1 : 0);
}

/** The hash the scanner gives a token (letters and digits only), from its text. */
export function hashToken(token: string): number {
  let state = FNV_OFFSET;
  let digits = token.length > 0;
  for (let i = 0; i < token.length; i++) {
    const cell = charCell(token.charCodeAt(i));
    if (!(cell & DIGIT)) digits = false;
    state = Math.imul(state ^ (cell & LOWER_CASE), FNV_PRIME);
  }
  return finishHash(state, digits);
}

/** A token made of digits only ("12", "2019"). */
export function isNumberHash(hash: number): boolean {
  return (hash & 1) === 1;
}
