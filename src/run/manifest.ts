import { existsSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { openManifestFile, removeHolderNote } from "./manifest-file.js";

export { OutDirLocked } from "./manifest-file.js";

/** What the manifest knows about one output file. */
export interface ManifestEntry {
  /** The output file relative to the out dir: the key. */
  readonly output: string;
  /** The input path as the run saw it (the record's `path`). */
  readonly input: string;
  readonly size: number;
  /** The input's mtime when read; null when it was too recent to trust. */
  readonly mtimeMs: number | null;
  /** SHA-256 (hex) of the input bytes: the record's id. */
  readonly hash: string;
  readonly fingerprint: string;
  readonly scope: string;
}

/**
 * What a lookup returns: the columns the fast path compares, as stored
 * (the fingerprint as its id in `tokens`; see `tokenId`). One plain object
 * per row and no hash string: a re-run reads a hundred thousand of them.
 */
export interface ManifestRow {
  readonly output: string;
  readonly input: string;
  readonly size: number;
  readonly mtime: number | null;
  readonly fingerprint: number;
}

/** An output whose input is gone, or (`bad`) now fails. */
export interface GoneOutput {
  readonly output: string;
  readonly input: string;
  readonly bad: 0 | 1;
}

interface Token {
  id: number;
  value: string;
}

/** Commit a batch of writes this often: a kill loses at most this much, which is redone. */
const COMMIT_EVERY_WRITES = 5000;
const COMMIT_EVERY_MS = 200;

/**
 * The incremental-run manifest: one SQLite row per output file, in
 * `<out-dir>/.article-clean/manifest.db`. A point lookup stays a few
 * microseconds at a million rows. Holding it open is holding the out dir's
 * lock (see `openManifestFile`).
 *
 * Rows are written after their output file was renamed into place, so a
 * kill between the two costs a redo, never a missing or stale output.
 */
export class Manifest {
  private readonly db: Database.Database;
  private readonly statements;
  /** The tokens table (a handful of rows), read once. */
  private readonly tokenIds = new Map<string, number>();
  private writes = 0;
  private batchStarted = 0;
  private forgetting: ((output: string) => void) | undefined;

  private constructor(
    db: Database.Database,
    private readonly stateDir: string,
  ) {
    this.db = db;
    this.statements = {
      lookup: db.prepare(
        "SELECT output, input, size, mtime, fingerprint FROM outputs WHERE output = ?",
      ),
      // Keys between "dir/" and "dir0" ('0' follows '/'): dir's files and its subfolders'.
      folder: db.prepare(
        `SELECT output, input, size, mtime, fingerprint
         FROM outputs WHERE output > ? AND output < ? LIMIT ?`,
      ),
      hash: db.prepare("SELECT lower(hex(hash)) FROM outputs WHERE output = ?").pluck(),
      upsert: db.prepare(
        `INSERT OR REPLACE INTO outputs (output, input, size, mtime, hash, fingerprint, scope)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      remove: db.prepare("DELETE FROM outputs WHERE output = ?"),
      see: db.prepare("INSERT OR IGNORE INTO temp.seen (output, input) VALUES (?, ?)"),
      seenBy: db.prepare("SELECT input FROM temp.seen WHERE output = ?").pluck(),
      markBad: db.prepare("UPDATE temp.seen SET bad = 1 WHERE output = ?"),
      addToken: db.prepare("INSERT INTO tokens (value) VALUES (?)"),
      goneCount: db
        .prepare(
          `SELECT count(*) FROM outputs o JOIN tokens s ON s.id = o.scope
           LEFT JOIN temp.seen t ON t.output = o.output
           WHERE s.value = ? AND (t.output IS NULL OR t.bad = 1)`,
        )
        .pluck(),
      gone: db.prepare(
        `SELECT o.output, o.input, coalesce(t.bad, 0) AS bad
         FROM outputs o JOIN tokens s ON s.id = o.scope
         LEFT JOIN temp.seen t ON t.output = o.output
         WHERE s.value = ? AND (t.output IS NULL OR t.bad = 1)
         ORDER BY o.output LIMIT ?`,
      ),
    };
    const tokens = db.prepare("SELECT id, value FROM tokens").all() as Token[];
    for (const { id, value } of tokens) {
      this.tokenIds.set(value, id);
    }
  }

  /**
   * Open (or create) the manifest in `stateDir` and take the lock.
   * Throws `OutDirLocked` at once when another run holds it.
   */
  static open(stateDir: string, options: { create?: boolean } = {}): Manifest {
    if (options.create === false && !existsSync(path.join(stateDir, "manifest.db")))
      throw Object.assign(new Error(`${stateDir}: no manifest`), { code: "ENOENT" });
    return new Manifest(openManifestFile(stateDir), stateDir);
  }

  lookup(output: string): ManifestRow | undefined {
    return this.statements.lookup.get(output) as ManifestRow | undefined;
  }

  /** The input hash recorded for `output`: needed only when the stat differs. */
  hashOf(output: string): string | undefined {
    return this.statements.hash.get(output) as string | undefined;
  }

  /** The id rows store for a fingerprint or scope; undefined if no row has it. */
  tokenId(value: string): number | undefined {
    return this.tokenIds.get(value);
  }

  /**
   * The rows of one output folder's files, for a run about to look them
   * up one by one: one range scan costs a third of the point lookups it
   * replaces. Undefined for the top folder, and for a folder (with its
   * subfolders) of more than `limit` entries, which stay on point lookups.
   */
  folderRows(folder: string, limit: number): Map<string, ManifestRow> | undefined {
    if (folder === "") return undefined;
    const rows = this.statements.folder.all(`${folder}/`, `${folder}0`, limit + 1) as ManifestRow[];
    if (rows.length > limit) return undefined;
    const byOutput = new Map<string, ManifestRow>();
    for (const row of rows)
      if (row.output.indexOf("/", folder.length + 1) < 0) byOutput.set(row.output, row);
    return byOutput;
  }

  /**
   * Note that this run met `output` for `input`. Returns the other input
   * when a different one already claimed the same output file this run.
   */
  see(output: string, input: string): string | undefined {
    const added = this.statements.see.run(output, input).changes > 0;
    this.wrote();
    if (added) return undefined;
    const other = this.statements.seenBy.get(output) as string;
    return other === input ? undefined : other;
  }

  /**
   * The input of `output` was met but failed this run (it turned empty,
   * binary, too big): its old output no longer says what the input holds,
   * so it is reported, and pruned, like the output of a gone input.
   */
  markBad(output: string): void {
    this.statements.markBad.run(output);
    this.wrote();
  }

  record(entry: ManifestEntry): void {
    this.statements.upsert.run(
      entry.output,
      entry.input,
      entry.size,
      entry.mtimeMs,
      Buffer.from(entry.hash, "hex"),
      this.token(entry.fingerprint),
      this.token(entry.scope),
    );
    this.wrote();
  }

  forget(output: string): void {
    this.statements.remove.run(output);
    this.forgetting?.(output);
    this.wrote();
  }

  /** Called with each output the manifest forgets (`--prune`): its signature goes too. */
  onForget(forget: (output: string) => void): void {
    this.forgetting = forget;
  }

  /**
   * A statement on the manifest's connection, for state kept beside it
   * (the signatures of `--dedupe`): same lock, same commits.
   */
  prepare(sql: string): Database.Statement {
    return this.db.prepare(sql);
  }

  /** Count a write of state kept beside the manifest into the current commit batch. */
  noteWrite(): void {
    this.wrote();
  }

  /**
   * Outputs of `scope` whose input this run did not meet, or met and could
   * not clean (`bad`): how many, and the first `limit` of them (-1: all).
   */
  gone(scope: string, limit: number): { count: number; first: GoneOutput[] } {
    const count = this.statements.goneCount.get(scope) as number;
    const first = count === 0 ? [] : (this.statements.gone.all(scope, limit) as never[]);
    return { count, first };
  }

  /** Commit what is pending. */
  flush(): void {
    if (this.db.inTransaction) this.db.exec("COMMIT");
    this.writes = 0;
  }

  /** Commit and release the lock. */
  close(): void {
    try {
      this.flush();
    } finally {
      // Before the lock goes: the next holder writes its own note. On a full
      // disk the commit above fails, and the lock must still be let go.
      removeHolderNote(this.stateDir);
      this.db.close();
    }
  }

  private wrote(): void {
    if (!this.db.inTransaction) {
      this.db.exec("BEGIN");
      this.batchStarted = Date.now();
    }
    if (++this.writes >= COMMIT_EVERY_WRITES || Date.now() - this.batchStarted > COMMIT_EVERY_MS)
      this.flush();
  }

  /** Fingerprints and scopes are long and shared by every row: store each once. */
  token(value: string): number {
    let id = this.tokenIds.get(value);
    if (id === undefined) {
      id = Number(this.statements.addToken.run(value).lastInsertRowid);
      this.tokenIds.set(value, id);
    }
    return id;
  }
}
