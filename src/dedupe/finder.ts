import { BandIndex } from "./band-index.js";
import { agreement, agreementNeeded, similarityOf } from "./minhash.js";
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
  /** Scratch for one lookup: the candidates' ordinals, once per shared band. */
  private candidates = new Int32Array(256);
  /** Equal signature bytes that reach the threshold. */
  private readonly needed: number;
  /** Originals no longer compared against (their record was judged again). */
  private readonly retired = new Set<number>();

  constructor(readonly threshold: number = DEFAULT_THRESHOLD) {
    if (!(threshold > 0 && threshold <= 1)) throw new RangeError("threshold must be in (0, 1]");
    this.needed = agreementNeeded(threshold);
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
    // Signatures are 128 bytes: as 32-bit words (copied if not aligned), each word a band.
    const words =
      signature.byteOffset % 4 === 0
        ? new Uint32Array(signature.buffer, signature.byteOffset, signature.byteLength / 4)
        : new Uint32Array(signature.slice().buffer);
    let count = 0;
    this.index.candidates(words, (ordinal) => {
      if (count === this.candidates.length) {
        const bigger = new Int32Array(this.candidates.length * 2);
        bigger.set(this.candidates);
        this.candidates = bigger;
      }
      this.candidates[count++] = ordinal;
    });
    if (count === 0) return undefined;
    // Earliest first: the first one within the threshold is the answer.
    const ordered = this.candidates.subarray(0, count).sort();
    let previous = -1;
    for (const ordinal of ordered) {
      if (ordinal === previous || this.retired.has(ordinal)) continue;
      previous = ordinal;
      const equal = agreement(
        this.store.wordChunk(ordinal),
        this.store.signatureOffset(ordinal) / 4,
        words,
        0,
        this.needed,
      );
      if (equal < 0) continue;
      return {
        duplicateOf: this.store.id(ordinal),
        similarity: Math.round(similarityOf(equal) * 1000) / 1000,
        original: ordinal,
      };
    }
    return undefined;
  }

  /**
   * The most similar original among the candidates, whatever its similarity
   * (undefined when no original shares a band): what `explain` shows when
   * nothing reaches the threshold.
   */
  closest(signature: Uint8Array): { ordinal: number; similarity: number } | undefined {
    const words = new Uint32Array(signature.slice().buffer);
    let best: { ordinal: number; similarity: number } | undefined;
    this.index.candidates(words, (ordinal) => {
      if (this.retired.has(ordinal)) return;
      const similarity = similarityOf(
        agreement(
          this.store.wordChunk(ordinal),
          this.store.signatureOffset(ordinal) / 4,
          words,
          0,
          0,
        ),
      );
      if (
        !best ||
        similarity > best.similarity ||
        (similarity === best.similarity && ordinal < best.ordinal)
      )
        best = { ordinal, similarity: Math.round(similarity * 1000) / 1000 };
    });
    return best;
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
