/**
 * The best contiguous region: the run of lines whose scores add up to the
 * most (Kadane's maximum subarray). Article text scores positive, menus and
 * footers negative, so the region is the article and what falls outside it
 * is the page around it. Returns [start, end) indexes, or undefined when no
 * score is positive.
 */
export function bestRegion(scores: readonly number[]): { start: number; end: number } | undefined {
  let best = 0;
  let bestStart = 0;
  let bestEnd = 0;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < scores.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i] as number;
    if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i + 1;
    }
  }
  return best > 0 ? { start: bestStart, end: bestEnd } : undefined;
}
