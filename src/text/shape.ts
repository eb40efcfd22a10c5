/**
 * Shape questions about a text that is not a scanned line (a header value,
 * part of a line, a corpus line): the same answers `LineFacts` gives, from
 * the same scanner, so there is one definition of "prose", "sentence" and
 * "title" in the code base.
 */
import { scanLine } from "./facts.js";

/** Words as separated by spaces (the text is normalised: single spaces). */
export function wordCount(text: string): number {
  if (text === "") return 0;
  let count = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) count++;
  return count;
}

/** Ends with a full stop, colon or semicolon (closing quotes allowed after it). */
export function endsWithFullStop(text: string): boolean {
  return scanLine(text).endsWithFullStop;
}

/** Ends with sentence punctuation, `?` and `!` included. */
export function endsLikeSentence(text: string): boolean {
  return scanLine(text).endsLikeSentence;
}

/** Running prose: a long line, or a punctuated sentence of several words. */
export function looksLikeProse(text: string): boolean {
  return scanLine(text).prose;
}

/** Two words or more ending with a full stop. */
export function isSentence(text: string): boolean {
  return scanLine(text).sentence;
}

/** A handful of words in title case (or an uncased script), no full stop at the end. */
export function looksLikeTitle(text: string): boolean {
  return scanLine(text).title;
}

/** Share of words that start with a capital; NaN without cased words. */
export function titleCaseRatio(text: string): number {
  return scanLine(text).titleCaseRatio;
}

/** Share of cased letters that are capitals; NaN without cased letters. */
export function upperCaseRatio(text: string): number {
  return scanLine(text).upperCaseRatio;
}

/** Word count that also works for Chinese, Japanese and Thai. */
export function effectiveWordCount(text: string): number {
  return scanLine(text).effectiveWords;
}

export { TITLE_CASE_EXEMPT } from "./facts.js";
