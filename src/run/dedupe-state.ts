import type Database from "better-sqlite3";
import { SIGNATURE_VERSION } from "../dedupe/settings.js";
import type { Manifest } from "./manifest.js";

/** One judged record, as an output folder keeps it (table `signatures` of manifest.db). */
export interface SignatureRow {
  /** The output file, relative to the out dir: the key. */
  readonly output: string;
  /** The record's `path`. */
  readonly input: string;
  /** Judging order in this folder, across runs: earlier runs first, then path order. */
  readonly seq: number;
  readonly id: string;
  readonly signature: Uint8Array;
  readonly duplicateOf: string | null;
  readonly similarity: number | null;
  /** `--dedupe=drop` left its output file unwritten. */
  readonly dropped: boolean;
}

/** What `originals` yields: enough to compare against and to name. */
export interface StoredOriginal {
  readonly seq: number;
  readonly input: string;
  readonly id: string;
  readonly signature: Uint8Array;
}

/**
 * The signatures of an output folder's records, kept in its manifest (same
 * lock, same batched commits), so that tonight's copy of last week's article
 * points at last week's record without last week's inputs being read again.
 * Rows made under another fingerprint (another version, other options) are
 * never compared against: their records are cleaned again anyway.
 */
export class DedupeState {
  private readonly fingerprint: number;
  private readonly scheme: number;
  private readonly statements: Record<string, Database.Statement>;

  constructor(
    private readonly manifest: Manifest,
    fingerprint: string,
  ) {
    this.fingerprint = manifest.token(fingerprint);
    this.scheme = manifest.token(SIGNATURE_VERSION);
    this.statements = {
      originals: manifest.prepare(
        `SELECT seq, input, lower(hex(id)), signature FROM signatures
         WHERE fingerprint = ? AND scheme = ? AND duplicate_of IS NULL ORDER BY seq`,
      ),
      lastSeq: manifest.prepare("SELECT max(seq) FROM signatures"),
      previous: manifest.prepare(
        "SELECT seq, duplicate_of IS NULL AND fingerprint = ? AND scheme = ? FROM signatures WHERE output = ?",
      ),
      dropped: manifest.prepare("SELECT dropped FROM signatures WHERE output = ?"),
      upsert: manifest.prepare(
        `INSERT OR REPLACE INTO signatures
         (output, input, seq, id, signature, duplicate_of, similarity, dropped, fingerprint, scheme)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      remove: manifest.prepare("DELETE FROM signatures WHERE output = ?"),
    };
    manifest.onForget((output) => this.statements.remove?.run(output));
  }

  /** The originals this run's records are compared against, in their judging order. */
  *originals(): Generator<StoredOriginal> {
    const rows = (this.statements.originals as Database.Statement)
      .raw()
      .iterate(this.fingerprint, this.scheme) as IterableIterator<[number, string, string, Buffer]>;
    for (const [seq, input, id, signature] of rows)
      yield { seq, input, id, signature: new Uint8Array(signature) };
  }

  /** The seq the next judged record gets. */
  nextSeq(): number {
    const last = (this.statements.lastSeq as Database.Statement).pluck().get() as number | null;
    return (last ?? 0) + 1;
  }

  /**
   * The row `output` had before this run: its seq, and whether it is one of
   * the originals `originals()` gave (the record judged again must not be
   * compared against its own old self).
   */
  previous(output: string): { seq: number; original: boolean } | undefined {
    const row = (this.statements.previous as Database.Statement)
      .raw()
      .get(this.fingerprint, this.scheme, output) as [number, number] | undefined;
    return row && { seq: row[0], original: row[1] === 1 };
  }

  /** Was `output` left unwritten as a copy (`--dedupe=drop`)? Then it has no file, and needs none. */
  isDropped(output: string): boolean {
    return (this.statements.dropped as Database.Statement).pluck().get(output) === 1;
  }

  record(row: SignatureRow): void {
    (this.statements.upsert as Database.Statement).run(
      row.output,
      row.input,
      row.seq,
      Buffer.from(row.id, "hex"),
      Buffer.from(row.signature.buffer, row.signature.byteOffset, row.signature.byteLength),
      row.duplicateOf === null ? null : Buffer.from(row.duplicateOf, "hex"),
      row.similarity,
      row.dropped ? 1 : 0,
      this.fingerprint,
      this.scheme,
    );
    this.manifest.noteWrite();
  }

  forget(output: string): void {
    (this.statements.remove as Database.Statement).run(output);
    this.manifest.noteWrite();
  }
}
