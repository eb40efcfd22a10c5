import { createHash } from "node:crypto";
import { analyseArticles, type BatchOutcome } from "../clean.js";
import { bodySignature } from "../dedupe/body-signature.js";
import { decodeBytes } from "../io/decode.js";
import type { InputItem } from "../io/discover.js";
import { fsPathOf } from "../io/file-name.js";
import { outputKeyFor, writeOutputFile } from "../io/out-dir.js";
import { type InputStat, readInputFile } from "../io/read-input.js";
import type { CleanOptions } from "../options.js";
import type { RemovalKind } from "../report.js";
import { profileFor } from "./corpus-scope.js";
import type { Outcome } from "./outcome.js";
import { stopRequested } from "./stop.js";
import { describeWriteError } from "./write-error.js";

/** Settings shared by every task of a run: plain data, so workers can receive them. */
export interface TaskSettings {
  readonly maxBytes: number;
  readonly clean: Omit<CleanOptions, "path" | "id" | "profile">;
  /** Write `<relPath>.json` here instead of returning the record to the main thread. */
  readonly outDir?: string;
  /** Temp dir for atomic writes inside `outDir`. */
  readonly tempDir?: string;
  /** The run's stop flag (`StopRequest.flag`), shared with the workers. */
  readonly stop?: Int32Array;
  /**
   * `--dedupe`: sign each body for near-duplicate detection. A record's
   * duplicate fields depend on the records before it, so the main thread
   * adds them, and (with `outDir`) writes the file itself.
   */
  readonly dedupe?: boolean;
}

/**
 * Write errors that no later input would escape: the disk, not the input, is
 * the problem. (ENAMETOOLONG or EACCES on one folder stay one input's failure.)
 */
const FATAL_WRITE_ERRORS = new Set(["ENOSPC", "EDQUOT", "EIO", "EROFS"]);

/**
 * Clean a batch of inputs end to end: read, decode, clean, serialise, and
 * (with `--out-dir`) write. Never throws: every failure becomes an outcome
 * with a one-line reason, so one bad file cannot stop a run. The outcomes
 * are those of the batch's first inputs, in order: reading stops where the
 * run asks to stop, and writing stops at a full or failing disk (the run
 * stops on it, and the files after it must not be written meanwhile).
 */
export function processInputs(
  items: readonly InputItem[],
  settings: TaskSettings,
  cleanExtras: Pick<CleanOptions, "profile"> = {},
): Outcome[] {
  const read: (Outcome | ReadInput)[] = [];
  for (const item of items) {
    if (stopRequested(settings.stop)) break;
    read.push(readOne(item, settings));
  }
  const pending = read.filter((entry): entry is ReadInput => !("status" in entry));
  // The articles are cleaned together, stage by stage (see `analyseArticles`).
  const cleaned = analyseArticles(
    pending.map(({ item, text, id }) => ({
      text,
      options: {
        ...settings.clean,
        profile: cleanExtras.profile && profileFor(cleanExtras.profile, item),
        path: item.path,
        id,
      },
    })),
  );
  const outcomes: Outcome[] = [];
  let next = 0;
  for (let i = 0; i < read.length; i++) {
    const entry = read[i] as Outcome | ReadInput;
    const outcome =
      "status" in entry ? entry : finishOne(entry, cleaned[next++] as BatchOutcome, settings);
    outcomes.push(withStaleOutput(outcome, items[i] as InputItem, settings));
    if (outcome.status === "failed" && outcome.writeError !== undefined) break;
  }
  return outcomes;
}

/** One input, read and decoded, on its way to the cleaner. */
interface ReadInput {
  readonly item: InputItem;
  readonly text: string;
  readonly id: string;
  readonly stat?: InputStat;
  readonly warnings: string[];
}

/** Read, hash and decode one input: what the cleaner needs, or the outcome that ends it here. */
function readOne(item: InputItem, settings: TaskSettings): Outcome | ReadInput {
  try {
    let bytes: Uint8Array;
    let stat: InputStat | undefined;
    if (item.text !== undefined) {
      bytes = Buffer.from(item.text, "utf8");
    } else {
      const read = readInputFile(fsPathOf(item.path), settings.maxBytes);
      if (!read.ok) return { status: "failed", path: item.path, reason: read.reason };
      bytes = read.bytes;
      stat = read.stat;
    }
    const id = createHash("sha256").update(bytes).digest("hex");
    if (stat && item.knownId === id && settings.outDir !== undefined) {
      return {
        status: "unchanged",
        path: item.path,
        written: outputKeyFor(item.relPath),
        id,
        stat,
      };
    }
    const warnings: string[] = [];
    const decoded =
      item.text !== undefined
        ? { ok: true as const, text: item.text, encoding: "utf-8" }
        : decodeBytes(bytes);
    if (!decoded.ok) return { status: "failed", path: item.path, reason: decoded.reason };
    if ("warning" in decoded && decoded.warning) warnings.push(decoded.warning);
    if (decoded.text.trim() === "") {
      return {
        status: "failed",
        path: item.path,
        reason: bytes.length === 0 ? "empty file, skipped" : "only whitespace, skipped",
      };
    }
    return { item, text: decoded.text, id, stat, warnings };
  } catch (error) {
    return internalError(item, error);
  }
}

/** The outcome of a cleaned input: its record serialised, and (with `--out-dir`) written. */
function finishOne(input: ReadInput, cleaned: BatchOutcome, settings: TaskSettings): Outcome {
  const { item, id, stat, warnings } = input;
  // A bug in a rule must cost one record, not the run.
  if (!cleaned.ok) return internalError(item, cleaned.error);
  try {
    const { record, report } = cleaned.result;
    if (record.body === "")
      warnings.push(
        "no article text left after cleaning (only boilerplate?); record has an empty body",
      );
    // Counted in a Map (an object with keys added one by one went to
    // dictionary mode: a quarter of this function's own time).
    const counts = new Map<RemovalKind, number>();
    for (const { verdict } of report.removals())
      counts.set(verdict.kind, (counts.get(verdict.kind) ?? 0) + 1);
    const removed: Partial<Record<RemovalKind, number>> = Object.fromEntries(counts);
    const json = JSON.stringify(record);
    const signature = settings.dedupe ? bodySignature(record.body) : undefined;
    const signed = settings.dedupe ? { signature: signature ?? null, id } : {};
    if (settings.outDir !== undefined && settings.dedupe)
      return {
        status: "ok",
        path: item.path,
        json,
        removed,
        warnings,
        id,
        stat,
        ...signed,
        writeLater: item.relPath,
      };
    if (settings.outDir !== undefined) {
      const written = writeRecordFile(settings, item, `${json}\n`);
      if (typeof written !== "string") return written;
      return { status: "ok", path: item.path, json, removed, warnings, written, id, stat };
    }
    return { status: "ok", path: item.path, json, removed, warnings, ...signed };
  } catch (error) {
    return internalError(item, error);
  }
}

/**
 * An input that fails now may have an output from a night when it was
 * fine: the run must know which, to report that output as stale.
 */
function withStaleOutput(outcome: Outcome, item: InputItem, settings: TaskSettings): Outcome {
  if (outcome.status === "failed" && settings.outDir !== undefined && !outcome.writeError)
    return { ...outcome, output: outputKeyFor(item.relPath) };
  return outcome;
}

function internalError(item: InputItem, error: unknown): Outcome {
  return {
    status: "failed",
    path: item.path,
    reason: `internal error: ${(error as Error)?.message ?? error}`,
  };
}

/**
 * Write one record file under `settings.outDir`: its path relative to the
 * out dir, or the failed outcome that says why not (a full disk stops the
 * run, see `FATAL_WRITE_ERRORS`; anything else is this input's failure).
 */
export function writeRecordFile(
  settings: Pick<TaskSettings, "outDir" | "tempDir">,
  item: Pick<InputItem, "path" | "relPath">,
  content: string,
): string | Extract<Outcome, { status: "failed" }> {
  const outDir = settings.outDir as string;
  try {
    return writeOutputFile(outDir, settings.tempDir ?? outDir, item.relPath, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    if (!FATAL_WRITE_ERRORS.has(code))
      return {
        status: "failed",
        path: item.path,
        reason: `cannot write its output: ${describeWriteError(error)}`,
      };
    return {
      status: "failed",
      path: item.path,
      reason: describeWriteError(error),
      writeError: code,
    };
  }
}
