import { type FileStats, statsOfText } from "../corpus/learn.js";
import { decodeBytes } from "../io/decode.js";
import type { InputItem } from "../io/discover.js";
import { fsPathOf } from "../io/file-name.js";
import { readInputFile } from "../io/read-input.js";
import { scopePath } from "./corpus-scope.js";
import { stopRequested } from "./stop.js";

/** Read one input and compute its stats; undefined when it cannot be read (the main pass reports it). */
export function statsOfInput(item: InputItem, maxBytes: number): FileStats | undefined {
  // Folder scopes are learned by the root-relative path (see `scopePath`).
  if (item.text !== undefined) return statsOfText(item.text, scopePath(item));
  const read = readInputFile(fsPathOf(item.path), maxBytes);
  if (!read.ok) return undefined;
  const decoded = decodeBytes(read.bytes);
  return decoded.ok ? statsOfText(decoded.text, scopePath(item)) : undefined;
}

/** `statsOfInput` for each input, in order, until the run asks to stop. */
export function statsOfInputs(
  items: readonly InputItem[],
  maxBytes: number,
  stop: Int32Array | undefined,
): (FileStats | undefined)[] {
  const stats: (FileStats | undefined)[] = [];
  for (const item of items) {
    if (stopRequested(stop)) break;
    stats.push(statsOfInput(item, maxBytes));
  }
  return stats;
}
