import { SIGNATURE_BYTES } from "./settings.js";

/** Records per chunk: growing never copies what is stored, and never doubles the peak. */
const CHUNK_RECORDS = 1 << 14;
const ID_BYTES = 32;

/**
 * The signatures and ids of the articles a run compares against, by
 * ordinal (the order they were added in), in flat byte chunks: 160 bytes
 * per article and no object per article, so a million of them are 160 MB
 * that the garbage collector never walks.
 */
export class SignatureStore {
  private readonly signatures: Uint8Array[] = [];
  /** The same chunks as 32-bit words, for comparing four bytes at a time. */
  private readonly words: Uint32Array[] = [];
  private readonly ids: Uint8Array[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Add an article: its signature and its id (64 hex digits, as records carry it). */
  add(signature: Uint8Array, id: string): number {
    const ordinal = this.count;
    const chunk = ordinal >>> 14;
    const slot = ordinal & (CHUNK_RECORDS - 1);
    if (slot === 0) {
      const chunkBytes = new Uint8Array(CHUNK_RECORDS * SIGNATURE_BYTES);
      this.signatures.push(chunkBytes);
      this.words.push(new Uint32Array(chunkBytes.buffer));
      this.ids.push(new Uint8Array(CHUNK_RECORDS * ID_BYTES));
    }
    (this.signatures[chunk] as Uint8Array).set(signature, slot * SIGNATURE_BYTES);
    const ids = this.ids[chunk] as Uint8Array;
    for (let i = 0; i < ID_BYTES; i++)
      ids[slot * ID_BYTES + i] = Number.parseInt(id.slice(i * 2, i * 2 + 2), 16);
    this.count++;
    return ordinal;
  }

  /** The chunk that holds `ordinal`'s signature; it starts at `signatureOffset(ordinal)`. */
  signatureChunk(ordinal: number): Uint8Array {
    return this.signatures[ordinal >>> 14] as Uint8Array;
  }

  signatureOffset(ordinal: number): number {
    return (ordinal & (CHUNK_RECORDS - 1)) * SIGNATURE_BYTES;
  }

  /** Word `index` (bytes `4 * index` to `4 * index + 3`) of `ordinal`'s signature. */
  word(ordinal: number, index: number): number {
    const chunk = this.words[ordinal >>> 14] as Uint32Array;
    return chunk[(ordinal & (CHUNK_RECORDS - 1)) * (SIGNATURE_BYTES / 4) + index] as number;
  }

  /** `ordinal`'s chunk as 32-bit words; its signature starts at word `signatureOffset / 4`. */
  wordChunk(ordinal: number): Uint32Array {
    return this.words[ordinal >>> 14] as Uint32Array;
  }

  /** The id of `ordinal`, as 64 hex digits. */
  id(ordinal: number): string {
    const ids = this.ids[ordinal >>> 14] as Uint8Array;
    const start = (ordinal & (CHUNK_RECORDS - 1)) * ID_BYTES;
    return Buffer.from(ids.buffer, ids.byteOffset + start, ID_BYTES).toString("hex");
  }

  /** Bytes held, for the memory figures the README states. */
  bytes(): number {
    return this.signatures.length * CHUNK_RECORDS * (SIGNATURE_BYTES + ID_BYTES);
  }
}
