import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

/** Another run holds the out dir's lock: exit 75 and let cron try again later. */
export class OutDirLocked extends Error {}

const SCHEMA_VERSION = 1;

/**
 * Open (or create) `manifest.db` in `stateDir` and take the out dir's lock:
 * the connection holds SQLite's exclusive file lock until it closes, and
 * the kernel drops that lock when the process dies however it dies, so a
 * killed run never leaves a stale lock behind. Throws `OutDirLocked` at
 * once when another run holds it. A damaged file is replaced: the manifest
 * is a cache of what is on disk, and losing it only means redoing work.
 */
export function openManifestFile(stateDir: string): Database.Database {
  const file = path.join(stateDir, "manifest.db");
  let db: Database.Database;
  try {
    db = lockedDatabase(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED")
      throw new OutDirLocked(lockedMessage(stateDir));
    if (code !== "SQLITE_CORRUPT" && code !== "SQLITE_NOTADB") throw error;
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    db = lockedDatabase(file);
  }
  writeFileSync(
    holderNote(stateDir),
    `${JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() })}\n`,
  );
  return db;
}

/** Remove the holder note; call it before closing, while the lock is still held. */
export function removeHolderNote(stateDir: string): void {
  rmSync(holderNote(stateDir), { force: true });
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
      db.exec(`DROP TABLE IF EXISTS outputs; DROP TABLE IF EXISTS tokens; DROP TABLE IF EXISTS signatures;
        CREATE TABLE tokens (id INTEGER PRIMARY KEY, value TEXT NOT NULL UNIQUE);
        CREATE TABLE outputs (
          output TEXT PRIMARY KEY, input TEXT NOT NULL, size INTEGER NOT NULL, mtime REAL,
          hash BLOB NOT NULL, fingerprint INTEGER NOT NULL, scope INTEGER NOT NULL
        ) WITHOUT ROWID;
        PRAGMA user_version = ${SCHEMA_VERSION};`);
    }
    // Near-duplicate signatures (`--dedupe`), one row per output, judged in
    // `seq` order. Not versioned with the manifest: an upgrade that keeps
    // the manifest keeps them, and a folder never run with --dedupe has none.
    db.exec(`CREATE TABLE IF NOT EXISTS signatures (
        output TEXT PRIMARY KEY, input TEXT NOT NULL, seq INTEGER NOT NULL, id BLOB NOT NULL,
        signature BLOB NOT NULL, duplicate_of BLOB, similarity REAL,
        dropped INTEGER NOT NULL, fingerprint INTEGER NOT NULL, scheme INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS signatures_by_seq ON signatures (seq);`);
    // bad = 1: met this run, but the input failed (now empty, binary...): its old output is stale.
    db.exec(
      "CREATE TEMP TABLE seen (output TEXT PRIMARY KEY, input TEXT NOT NULL, bad INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID",
    );
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
    // A note left by a killed run names a process that no longer holds
    // anything: naming it as the holder would send the user after a ghost.
    if (host === hostname() && !processAlive(Number(pid)))
      holder = ` (not pid ${pid}, which left the holder note and is no longer running)`;
    else holder = ` (pid ${pid} on ${host}, since ${since})`;
  } catch {
    // The holder note is a courtesy; the lock itself is SQLite's.
  }
  return `another run is writing to this output dir${holder}; exiting`;
}

function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is just not ours.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
