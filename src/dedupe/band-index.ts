import { BANDS, BUCKET_CAP, ROWS } from "./settings.js";
import { finish } from "./shingles.js";
import type { SignatureStore } from "./signature-store.js";

const INITIAL_SLOTS = 1 << 10;
/** Grow past this load: linear probing stays short, and a slot costs ~6.5 bytes per entry on average. */
const MAX_LOAD = 0.8;

/**
 * Locality-sensitive hashing by banding: for each band, an open-addressing
 * table from the band's bytes to the ordinals of the stored articles that
 * have them. A slot holds only an ordinal (+1, so 0 is empty): the band's
 * bytes are read back from the store, so a table costs 4 bytes a slot.
 * Equal band keys sit in the same probe run; a run holding `BUCKET_CAP` of
 * one key takes no more (see `BUCKET_CAP`).
 */
export class BandIndex {
  private readonly tables: Int32Array[] = [];
  private readonly used: number[] = [];

  constructor(private readonly store: SignatureStore) {
    for (let band = 0; band < BANDS; band++) {
      this.tables.push(new Int32Array(INITIAL_SLOTS));
      this.used.push(0);
    }
  }

  /** Index the stored article `ordinal` under each of its bands. */
  add(ordinal: number): void {
    const chunk = this.store.signatureChunk(ordinal);
    const offset = this.store.signatureOffset(ordinal);
    for (let band = 0; band < BANDS; band++) {
      if ((this.used[band] as number) + 1 > (this.tables[band] as Int32Array).length * MAX_LOAD)
        this.grow(band);
      if (this.place(band, ordinal, chunk, offset))
        this.used[band] = (this.used[band] as number) + 1;
    }
  }

  /**
   * Call `visit` with every stored ordinal that shares a band with
   * `signature` (once per shared band: callers that care keep a set).
   */
  candidates(signature: Uint8Array, visit: (ordinal: number) => void): void {
    for (let band = 0; band < BANDS; band++) {
      const table = this.tables[band] as Int32Array;
      const mask = table.length - 1;
      for (let at = bandHash(signature, 0, band) & mask; table[at] !== 0; at = (at + 1) & mask) {
        const other = (table[at] as number) - 1;
        if (
          sameBand(
            signature,
            0,
            this.store.signatureChunk(other),
            this.store.signatureOffset(other),
            band,
          )
        )
          visit(other);
      }
    }
  }

  /** Bytes held by the tables. */
  bytes(): number {
    return this.tables.reduce((sum, table) => sum + table.byteLength, 0);
  }

  private place(band: number, ordinal: number, chunk: Uint8Array, offset: number): boolean {
    const table = this.tables[band] as Int32Array;
    const mask = table.length - 1;
    let same = 0;
    let at = bandHash(chunk, offset, band) & mask;
    for (; table[at] !== 0; at = (at + 1) & mask) {
      const other = (table[at] as number) - 1;
      if (
        sameBand(
          chunk,
          offset,
          this.store.signatureChunk(other),
          this.store.signatureOffset(other),
          band,
        )
      )
        if (++same >= BUCKET_CAP) return false;
    }
    table[at] = ordinal + 1;
    return true;
  }

  private grow(band: number): void {
    const old = this.tables[band] as Int32Array;
    this.tables[band] = new Int32Array(old.length * 2);
    // Ordinals in their old order: the earliest articles of a capped key stay its members.
    const ordinals = old.filter((slot) => slot !== 0).sort();
    for (const slot of ordinals) {
      const ordinal = slot - 1;
      this.place(
        band,
        ordinal,
        this.store.signatureChunk(ordinal),
        this.store.signatureOffset(ordinal),
      );
    }
  }
}

function bandHash(bytes: Uint8Array, offset: number, band: number): number {
  let hash = Math.imul(band + 1, 0x9e3779b1);
  const start = offset + band * ROWS;
  for (let i = start; i < start + ROWS; i++)
    hash = Math.imul(hash ^ (bytes[i] as number), 0x01000193);
  return finish(hash);
}

function sameBand(
  a: Uint8Array,
  aOffset: number,
  b: Uint8Array,
  bOffset: number,
  band: number,
): boolean {
  const start = band * ROWS;
  for (let i = start; i < start + ROWS; i++) if (a[aOffset + i] !== b[bOffset + i]) return false;
  return true;
}
