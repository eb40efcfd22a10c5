import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { describeFsError } from "./discover.js";

/** What the file looked like when it was read: the manifest's fast-path key. */
export interface InputStat {
  readonly size: number;
  readonly mtimeMs: number;
  /** When the read finished (ms since the epoch): an mtime this close is not trusted. */
  readonly readAt: number;
}

export type ReadResult =
  | { ok: true; bytes: Buffer; stat: InputStat }
  | { ok: false; reason: string };

/**
 * Read a whole file, refusing it before reading when it is larger than
 * `maxBytes` (a 200 MB dump must not stall a run or blow its memory).
 * Synchronous on purpose: it runs in worker threads, where a blocking read
 * is the cheapest read there is.
 */
export function readInputFile(path: string | Buffer, maxBytes: number): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const info = fstatSync(fd);
    if (info.isDirectory()) return { ok: false, reason: "is a directory" };
    if (info.size > maxBytes) {
      return {
        ok: false,
        reason: `file is ${formatBytes(info.size)}, over --max-bytes ${formatBytes(maxBytes)}, skipped`,
      };
    }
    const bytes = Buffer.allocUnsafe(info.size);
    let offset = 0;
    while (offset < info.size) {
      const read = readSync(fd, bytes, offset, info.size - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return {
      ok: true,
      bytes: offset === info.size ? bytes : bytes.subarray(0, offset),
      // fstat of the descriptor that was read: the stat and the bytes belong together.
      stat: { size: info.size, mtimeMs: info.mtimeMs, readAt: Date.now() },
    };
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024)
    return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${bytes} bytes`;
}
