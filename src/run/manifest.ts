import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

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

/** A row of `outputs`; fingerprint and scope are ids into `tokens`. */
interface Row {
  input: string;
  size: number;
  mtime: number | null;
  hash: string;
  fingerprint: number;
  scope: number;
}

interface Token {
  id: number;
  value: string;
}

/** Another run holds the out dir's lock: exit 75 and let cron try again later. */
export class OutDirLocked extends Error {}

const SCHEMA_VERSION = 1;
/** Commit a batch of writes this often: a kill loses at most this much, which is redone. */
const COMMIT_EVERY_WRITES = 5000;
const COMMIT_EVERY_MS = 200;

/**
 * The incremental-run manifest: one SQLite row per output file, in
 * `<out-dir>/.article-clean/manifest.db`. A point lookup stays a few
 * microseconds at a million rows. Opening it takes the out dir's lock: the
 * connection holds SQLite's exclusive file lock until it closes, and the
 * kernel drops that lock when the process dies however it dies, so a
 * killed run never leaves a stale lock behind.
 *
 * Rows are written after their output file was renamed into place, so a
 * kill between the two costs a redo, never a missing or stale output.
 */
export class Manifest {
  private readonly db: Database.Database;
  private readonly statements;
  /** The tokens table, both ways: a handful of rows, read once. */
  private readonly tokenIds = new Map<string, number>();
  private readonly tokenValues = new Map<number, string>();
  private writes = 0;
  private batchStarted = 0;

  private constructor(
    db: Database.Database,
    private readonly stateDir: string,
  ) {
    this.db = db;
    this.statements = {
      lookup: db.prepare(
        "SELECT input, size, mtime, lower(hex(hash)) AS hash, fingerprint, scope FROM outputs WHERE output = ?",
      ),
      upsert: db.prepare(
        `INSERT OR REPLACE INTO outputs (output, input, size, mtime, hash, fingerprint, scope)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      remove: db.prepare("DELETE FROM outputs WHERE output = ?"),
      see: db.prepare("INSERT OR IGNORE INTO temp.seen (output, input) VALUES (?, ?)"),
      seenBy: db.prepare("SELECT input FROM temp.seen WHERE output = ?").pluck(),
      addToken: db.prepare("INSERT INTO tokens (value) VALUES (?)"),
      goneCount: db
        .prepare(
          `SELECT count(*) FROM outputs o JOIN tokens s ON s.id = o.scope
           WHERE s.value = ? AND o.output NOT IN (SELECT output FROM temp.seen)`,
        )
        .pluck(),
      gone: db.prepare(
        `SELECT o.output, o.input FROM outputs o JOIN tokens s ON s.id = o.scope
         WHERE s.value = ? AND o.output NOT IN (SELECT output FROM temp.seen)
         ORDER BY o.output LIMIT ?`,
      ),
    };
    const tokens = db.prepare("SELECT id, value FROM tokens").all() as Token[];
    for (const { id, value } of tokens) {
      this.tokenIds.set(value, id);
      this.tokenValues.set(id, value);
    }
  }

  /**
   * Open (or create) the manifest in `stateDir` and take the lock.
   * Throws `OutDirLocked` at once when another run holds it.
   */
  static open(stateDir: string): Manifest {
    const file = path.join(stateDir, "manifest.db");
    let db: Database.Database;
    try {
      db = lockedDatabase(file);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED")
        throw new OutDirLocked(lockedMessage(stateDir));
      if (code !== "SQLITE_CORRUPT" && code !== "SQLITE_NOTADB") throw error;
      // The manifest is a cache of what is on disk: a damaged one means redo, not fail.
      for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
      db = lockedDatabase(file);
    }
    writeFileSync(
      holderNote(stateDir),
      `${JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() })}\n`,
    );
    return new Manifest(db, stateDir);
  }

  lookup(output: string): ManifestEntry | undefined {
    const row = this.statements.lookup.get(output) as Row | undefined;
    if (!row) return undefined;
    return {
      output,
      input: row.input,
      size: row.size,
      mtimeMs: row.mtime,
      hash: row.hash,
      fingerprint: this.tokenValues.get(row.fingerprint) ?? "",
      scope: this.tokenValues.get(row.scope) ?? "",
    };
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
    this.wrote();
  }

  /** Outputs of `scope` whose input this run did not meet: how many, and the first `limit`. */
  /**
   * Outputs of `scope` whose input this run did not meet: how many, and the
   * first `limit` of them (-1: all).
   */
  gone(
    scope: string,
    limit: number,
  ): { count: number; first: { output: string; input: string }[] } {
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
    this.flush();
    // Before the lock goes: the next holder writes its own note.
    rmSync(holderNote(this.stateDir), { force: true });
    this.db.close();
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
  private token(value: string): number {
    let id = this.tokenIds.get(value);
    if (id === undefined) {
      id = Number(this.statements.addToken.run(value).lastInsertRowid);
      this.tokenIds.set(value, id);
      this.tokenValues.set(id, value);
    }
    return id;
  }
}

function lockedDatabase(file: string): Database.Database {
  // timeout 0: a second run must not wait for the first, it must say so and exit.
  const db = new Database(file, { timeout: 0 });
  try {
    // Exclusive locking mode keeps the lock from the first transaction until close.
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE; COMMIT");
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    if (db.pragma("user_version", { simple: true }) !== SCHEMA_VERSION) {
      db.exec(`DROP TABLE IF EXISTS outputs; DROP TABLE IF EXISTS tokens;
        CREATE TABLE tokens (id INTEGER PRIMARY KEY, value TEXT NOT NULL UNIQUE);
        CREATE TABLE outputs (
          output TEXT PRIMARY KEY, input TEXT NOT NULL, size INTEGER NOT NULL, mtime REAL,
          hash BLOB NOT NULL, fingerprint INTEGER NOT NULL, scope INTEGER NOT NULL
        ) WITHOUT ROWID;
        PRAGMA user_version = ${SCHEMA_VERSION};`);
    }
    db.exec("CREATE TEMP TABLE seen (output TEXT PRIMARY KEY, input TEXT NOT NULL) WITHOUT ROWID");
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Who holds the lock, for the second run's message (no `.json`: not an output). */
function holderNote(stateDir: string): string {
  return path.join(stateDir, "lock-holder");
}

function lockedMessage(stateDir: string): string {
  let holder = "";
  try {
    const { pid, host, since } = JSON.parse(readFileSync(holderNote(stateDir), "utf8"));
    holder = ` (pid ${pid} on ${host}, since ${since})`;
  } catch {
    // The holder note is a courtesy; the lock itself is SQLite's.
  }
  return `another run is writing to this output dir${holder}; exiting`;
}
