import { BANDS, BUCKET_CAP, ROWS } from "./settings.js";
import { finish } from "./shingles.js";
import type { SignatureStore } from "./signature-store.js";

const INITIAL_SLOTS = 1 << 10;
/** Grow past this load: linear probing stays short, and a slot costs ~6.5 bytes per entry on average. */
const MAX_LOAD = 0.8;
const WORDS = ROWS / 4;

if (WORDS !== 1) throw new Error("a band is one 32-bit word of the signature");

/**
 * Locality-sensitive hashing by banding: for each band, an open-addressing
 * table from the band's bytes to the ordinals of the stored articles that
 * have them. A band is 4 bytes, one 32-bit word of the signature, so a key
 * is compared in one step. A slot holds only an ordinal (+1, so 0 is empty):
 * the band's word is read back from the store, so a table costs 4 bytes a
 * slot. Equal keys sit in the same probe run; a run holding `BUCKET_CAP`
 * of one key takes no more (see `BUCKET_CAP`).
 */
export class BandIndex {
  private readonly tables: Int32Array[] = [];
  private readonly used = new Int32Array(BANDS);

  constructor(private readonly store: SignatureStore) {
    for (let band = 0; band < BANDS; band++) this.tables.push(new Int32Array(INITIAL_SLOTS));
  }

  /** Index the stored article `ordinal` under each of its bands. */
  add(ordinal: number): void {
    for (let band = 0; band < BANDS; band++) {
      if ((this.used[band] as number) + 1 > (this.tables[band] as Int32Array).length * MAX_LOAD)
        this.grow(band);
      if (this.place(band, ordinal)) this.used[band] = (this.used[band] as number) + 1;
    }
  }

  /**
   * Call `visit` with every stored ordinal that shares a band with
   * `signature` (once per shared band: callers that care sort them out).
   */
  candidates(signature: Uint32Array, visit: (ordinal: number) => void): void {
    const store = this.store;
    for (let band = 0; band < BANDS; band++) {
      const key = signature[band] as number;
      const table = this.tables[band] as Int32Array;
      const mask = table.length - 1;
      for (let at = slotOf(key, band) & mask; table[at] !== 0; at = (at + 1) & mask) {
        const other = (table[at] as number) - 1;
        if (store.word(other, band) === key) visit(other);
      }
    }
  }

  /** Bytes held by the tables. */
  bytes(): number {
    return this.tables.reduce((sum, table) => sum + table.byteLength, 0);
  }

  private place(band: number, ordinal: number): boolean {
    const table = this.tables[band] as Int32Array;
    const mask = table.length - 1;
    const key = this.store.word(ordinal, band);
    let same = 0;
    let at = slotOf(key, band) & mask;
    for (; table[at] !== 0; at = (at + 1) & mask)
      if (this.store.word((table[at] as number) - 1, band) === key && ++same >= BUCKET_CAP)
        return false;
    table[at] = ordinal + 1;
    return true;
  }

  private grow(band: number): void {
    const old = this.tables[band] as Int32Array;
    this.tables[band] = new Int32Array(old.length * 2);
    // Ordinals in their old order: the earliest articles of a capped key stay its members.
    for (const slot of old.filter((s) => s !== 0).sort()) this.place(band, slot - 1);
  }
}

function slotOf(key: number, band: number): number {
  return finish(key ^ Math.imul(band + 1, 0x9e3779b1));
}
