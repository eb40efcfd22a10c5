import { describe, expect, it } from "vitest";
import { bodySignature } from "../../src/dedupe/body-signature.js";
import { estimateSimilarity, signatureOf } from "../../src/dedupe/minhash.js";
import { random } from "./texts.js";

/** A set of `size` random 32-bit shingle hashes that shares `shared` of them with `base`. */
function variant(base: Uint32Array, shared: number, size: number, rand: () => number): Uint32Array {
  const out = new Uint32Array(size);
  out.set(base.subarray(0, shared));
  for (let i = shared; i < size; i++) out[i] = Math.floor(rand() * 2 ** 32);
  return out;
}

function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  const left = new Set(a);
  const right = new Set(b);
  let both = 0;
  for (const x of left) if (right.has(x)) both++;
  return both / (left.size + right.size - both);
}

describe("signatureOf", () => {
  it("gives equal sets equal signatures whatever the order and repeats", () => {
    const a = Uint32Array.from([5, 9, 1 << 30, 77, 123456789]);
    const b = Uint32Array.from([123456789, 77, 77, 5, 1 << 30, 9]);
    expect(signatureOf(a)).toEqual(signatureOf(b));
    expect(estimateSimilarity(signatureOf(a) as Uint8Array, 0, signatureOf(b) as Uint8Array)).toBe(
      1,
    );
  });

  it("has no signature for no shingles", () => {
    expect(signatureOf(new Uint32Array(0))).toBeUndefined();
  });

  it("estimates Jaccard similarity without bias, long texts and short ones alike", () => {
    const rand = random(7);
    for (const size of [40, 150, 900]) {
      const errors: number[] = [];
      for (let pair = 0; pair < 300; pair++) {
        const base = variant(new Uint32Array(0), 0, size, rand);
        const other = variant(base, Math.floor(rand() * size), size, rand);
        const estimate = estimateSimilarity(
          signatureOf(base) as Uint8Array,
          0,
          signatureOf(other) as Uint8Array,
        );
        errors.push(estimate - exactJaccard(base, other));
      }
      const mean = errors.reduce((sum, e) => sum + e, 0) / errors.length;
      const sd = Math.sqrt(errors.reduce((sum, e) => sum + (e - mean) ** 2, 0) / errors.length);
      expect(Math.abs(mean), `bias at ${size} shingles`).toBeLessThan(0.01);
      // 128 bins: the standard error of a MinHash estimate is at most 0.5/sqrt(128) = 0.044.
      expect(sd, `spread at ${size} shingles`).toBeLessThan(0.05);
    }
  });

  it("tells unrelated texts apart: their estimate stays near 0", () => {
    const rand = random(11);
    for (let pair = 0; pair < 200; pair++) {
      const a = variant(new Uint32Array(0), 0, 300, rand);
      const b = variant(new Uint32Array(0), 0, 300, rand);
      expect(
        estimateSimilarity(signatureOf(a) as Uint8Array, 0, signatureOf(b) as Uint8Array),
      ).toBeLessThan(0.1);
    }
  });
});

describe("bodySignature", () => {
  it("judges no body that is too short to be anyone's copy", () => {
    expect(bodySignature("")).toBeUndefined();
    expect(bodySignature("Subscribe to our newsletter")).toBeUndefined();
    expect(
      bodySignature("The council voted on Tuesday to close the old bridge for repairs."),
    ).toBeInstanceOf(Uint8Array);
  });
});
