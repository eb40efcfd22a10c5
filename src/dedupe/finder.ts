import { BandIndex } from "./band-index.js";
import { estimateSimilarity } from "./minhash.js";
import { DEFAULT_THRESHOLD } from "./settings.js";
import { SignatureStore } from "./signature-store.js";

/** What the finder says about one article. */
export interface Judgement {
  /** The id of the earlier article this one is a copy of; null when it is the first. */
  readonly duplicateOf: string | null;
  /** Estimated Jaccard similarity to that article (0..1, 3 decimals); null with `duplicateOf`. */
  readonly similarity: number | null;
  /** Ordinal of that article among the finder's originals, for callers that keep more about it. */
  readonly original?: number;
}

export const NOT_A_DUPLICATE: Judgement = { duplicateOf: null, similarity: null };

/**
 * Groups articles as they come, in the run's order: an article is a copy
 * of the earliest original (an article that was itself no copy) whose
 * estimated similarity reaches the threshold, and otherwise an original.
 * Only originals are stored and compared against, so every member of a
 * group is within the threshold of its first record, groups never chain
 * (A~B, B~C, but A and C unrelated), and memory grows with the number of
 * distinct articles, not of records.
 */
export class DuplicateFinder {
  private readonly store = new SignatureStore();
  private readonly index = new BandIndex(this.store);
  /** Scratch for one lookup: candidates seen, so each is compared once. */
  private readonly seen = new Set<number>();
  /** Originals no longer compared against (their record was judged again). */
  private readonly retired = new Set<number>();

  constructor(readonly threshold: number = DEFAULT_THRESHOLD) {
    if (!(threshold > 0 && threshold <= 1)) throw new RangeError("threshold must be in (0, 1]");
  }

  /** Originals stored. */
  get originals(): number {
    return this.store.size;
  }

  /**
   * Judge the next article and remember it if it is an original. An
   * article without a signature (no words) is never a copy and never an
   * original: pass undefined.
   */
  judge(signature: Uint8Array | undefined, id: string): Judgement {
    if (signature === undefined) return NOT_A_DUPLICATE;
    const match = this.match(signature);
    if (match === undefined) {
      this.addOriginal(signature, id);
      return NOT_A_DUPLICATE;
    }
    return match;
  }

  /** The earliest original within the threshold, without remembering anything. */
  match(signature: Uint8Array): Judgement | undefined {
    let best = -1;
    let bestSimilarity = 0;
    this.seen.clear();
    this.index.candidates(signature, (ordinal) => {
      // Only an earlier original than the best so far can change the answer.
      if ((best >= 0 && ordinal >= best) || this.seen.has(ordinal) || this.retired.has(ordinal))
        return;
      this.seen.add(ordinal);
      const similarity = estimateSimilarity(
        this.store.signatureChunk(ordinal),
        this.store.signatureOffset(ordinal),
        signature,
      );
      if (similarity >= this.threshold) {
        best = ordinal;
        bestSimilarity = similarity;
      }
    });
    if (best < 0) return undefined;
    return {
      duplicateOf: this.store.id(best),
      similarity: Math.round(bestSimilarity * 1000) / 1000,
      original: best,
    };
  }

  /**
   * Remember an original judged elsewhere (an earlier run's, from the output
   * folder's state): originals must be added in their run order.
   */
  addOriginal(signature: Uint8Array, id: string): number {
    const ordinal = this.store.add(signature, id);
    this.index.add(ordinal);
    return ordinal;
  }

  /**
   * Compare against `ordinal` no more: its record is being judged again (its
   * input changed), and must not be found a copy of its own old self.
   */
  retire(ordinal: number): void {
    this.retired.add(ordinal);
  }

  /** Bytes held by signatures, ids and the band tables. */
  bytes(): number {
    return this.store.bytes() + this.index.bytes();
  }
}
