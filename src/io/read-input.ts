import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { describeFsError } from "./discover.js";

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/**
 * Read a whole file, refusing it before reading when it is larger than
 * `maxBytes` (a 200 MB dump must not stall a run or blow its memory).
 * Synchronous on purpose: it runs in worker threads, where a blocking read
 * is the cheapest read there is.
 */
export function readInputFile(path: string, maxBytes: number): ReadResult {
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
    return { ok: true, bytes: offset === info.size ? bytes : bytes.subarray(0, offset) };
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
