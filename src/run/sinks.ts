import {
  closeSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import type { Writable } from "node:stream";
import { describeWriteError } from "./write-error.js";

/** Where records go. `finish` commits; `abort` leaves no trace of a partial output. */
export interface RecordSink {
  write(json: string): Promise<void>;
  finish(): Promise<void>;
  abort(): void;
}

export type OutputFormat = "ndjson" | "json";

/** Thrown when stdout's reader went away (`| head -1`): the run stops quietly. */
export class BrokenPipe extends Error {}

/**
 * Thrown when records cannot be written (a full disk, an I/O error): the run
 * stops with one line naming `target` and the cause, and exits 74.
 */
export class OutputWriteError extends Error {
  /** "disk full", "input/output error", ...: the cause in words. */
  readonly reason: string;

  constructor(
    readonly target: string,
    error: unknown,
  ) {
    const reason = describeWriteError(error);
    super(`${target}: ${reason}`);
    this.reason = reason;
  }
}

/** EPIPE and a destroyed stream mean the reader left; anything else is a failure to report. */
function isBrokenPipe(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException)?.code;
  return code === "EPIPE" || code === "ERR_STREAM_DESTROYED";
}

/** Records are written to a stream in chunks of about this many characters... */
const CHUNK_CHARS = 64 * 1024;
/**
 * ...or sooner, when this long has passed since the last write. A write is
 * also how a closed pipe shows (EPIPE): with chunks alone, `| head -1` went
 * unnoticed until 64 KB of records were ready, which in path order can wait
 * on one slow batch for seconds, and the run went on cleaning meanwhile. At
 * most ten extra writes a second cost nothing next to the cleaning.
 */
const FLUSH_MS = 100;

/**
 * Records to a stream (stdout), buffered into chunks so a million small
 * records are not a million writes, with back-pressure: a slow consumer
 * slows the run instead of filling memory.
 */
export function streamSink(stream: Writable, format: OutputFormat, name = "stdout"): RecordSink {
  let buffer = "";
  let count = 0;
  let lastFlush = 0;
  let failure: unknown;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    failure ??= error;
  });
  const check = () => {
    if (failure === undefined) return;
    if (isBrokenPipe(failure)) throw new BrokenPipe();
    // ENOSPC on a full disk, EIO: a file cut mid-record must not exit 0.
    throw new OutputWriteError(name, failure);
  };
  const flush = async (force: boolean) => {
    check();
    if (buffer.length === 0 || (!force && buffer.length < CHUNK_CHARS)) return;
    const chunk = buffer;
    buffer = "";
    lastFlush = performance.now();
    // Wait for the chunk to be handed to the OS: that is back-pressure, and
    // it is when EPIPE or ENOSPC shows up. Learning it later (at the next
    // 64 KB) could mean never, for a run waiting on a quiet stdin after its
    // last record.
    await new Promise<void>((resolve) => {
      stream.write(chunk, (error) => {
        if (error) failure ??= error;
        resolve();
      });
    });
    check();
  };
  return {
    async write(json) {
      if (format === "json") buffer += count === 0 ? `[\n${json}` : `,\n${json}`;
      else buffer += `${json}\n`;
      count++;
      // The first record at once (time to first record), then in chunks, or
      // what there is once FLUSH_MS have passed since the last write.
      await flush(count === 1 || performance.now() - lastFlush >= FLUSH_MS);
    },
    async finish() {
      if (format === "json") buffer += count === 0 ? "[]\n" : "\n]\n";
      await flush(true);
    },
    abort() {
      buffer = "";
    },
  };
}

/**
 * Records to a file, atomically: written to a temp file next to it and
 * renamed over it on `finish`. Interrupted or failed runs remove the temp
 * file and leave any previous output untouched.
 */
export function fileSink(target: string, format: OutputFormat): RecordSink {
  removeDeadTemps(target);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  const fd = openSync(temp, "w");
  let open = true;
  let count = 0;
  let buffer = "";
  const flush = () => {
    if (buffer.length > 0) writeFully(fd, Buffer.from(buffer));
    buffer = "";
  };
  /** Any failure of the file names the file; the temp file goes with it. */
  const guarded = <T>(step: () => T): T => {
    try {
      return step();
    } catch (error) {
      abort();
      throw new OutputWriteError(target, error);
    }
  };
  const abort = () => {
    if (open) closeSync(fd);
    open = false;
    buffer = "";
    rmSync(temp, { force: true });
  };
  return {
    async write(json) {
      if (format === "json") buffer += count === 0 ? `[\n${json}` : `,\n${json}`;
      else buffer += `${json}\n`;
      count++;
      if (buffer.length >= 256 * 1024) guarded(flush);
    },
    async finish() {
      if (format === "json") buffer += count === 0 ? "[]\n" : "\n]\n";
      guarded(() => {
        flush();
        // A full disk can also show at fsync or close (NFS): before the rename, never after.
        fsyncSync(fd);
        closeSync(fd);
        open = false;
        renameSync(temp, target);
      });
    },
    abort,
  };
}

/**
 * `writeSync` may write less than asked without an error (a disk that fills
 * up mid-write): loop until every byte is written, so the short write's
 * cause (ENOSPC) surfaces as the next write's error instead of a file that
 * silently ends mid-record.
 */
function writeFully(fd: number, bytes: Buffer): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

/**
 * A run killed with SIGKILL cannot remove its temp file: the next run for
 * the same target removes the temp files of processes that are gone. A
 * live process's temp file is left alone (two runs to one file: the last
 * rename wins, each file whole).
 */
function removeDeadTemps(target: string): void {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return; // the open below reports a missing dir
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const pid = Number(name.slice(prefix.length, -".tmp".length));
    if (Number.isInteger(pid) && pid > 0 && !processAlive(pid))
      rmSync(path.join(dir, name), { force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is just not ours.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** `--out-dir`: workers already wrote each file; nothing to collect here. */
export function nullSink(): RecordSink {
  return { write: async () => {}, finish: async () => {}, abort: () => {} };
}
