import type { InputStat } from "../io/read-input.js";
import type { RemovalKind } from "../report.js";

/** What happened to one input. Plain data: it crosses the worker boundary. */
export type Outcome =
  | {
      readonly status: "ok";
      readonly path: string;
      /** The record, serialised once, in the worker. */
      readonly json: string;
      /** Removed lines per kind, for the run summary. */
      readonly removed: Partial<Record<RemovalKind, number>>;
      readonly warnings: readonly string[];
      /** Output file written (relative to --out-dir), when writing one file per input. */
      readonly written?: string;
      /** SHA-256 of the input bytes (the record's id): the manifest's content check. */
      readonly id?: string;
      /** The input file as it was read; absent for text from stdin. */
      readonly stat?: InputStat;
      /**
       * `--dedupe`: the body's MinHash signature, null when the body is too
       * short to judge. Absent without `--dedupe`.
       */
      readonly signature?: Uint8Array | null;
      /**
       * `--dedupe` with `--out-dir`: the input's relative path, whose output
       * file the main thread writes once it has judged the record.
       */
      readonly writeLater?: string;
      /** `--dedupe=drop`: a copy of an earlier record, written nowhere. */
      readonly dropped?: boolean;
      /** `--dedupe`: the id this record duplicates (null: none), for the summary. */
      readonly duplicateOf?: string | null;
    }
  | {
      /**
       * Incremental runs: the input's bytes still hash to what the manifest
       * recorded (it was touched, not changed), so its output was kept.
       */
      readonly status: "unchanged";
      readonly path: string;
      readonly written: string;
      readonly id: string;
      readonly stat: InputStat;
    }
  | {
      /** The input could not be cleaned: unreadable, binary, too big, empty. */
      readonly status: "failed";
      readonly path: string;
      readonly reason: string;
      /**
       * Set when the input was fine but its output could not be written
       * (ENOSPC, EIO, EROFS): the error code. Not the input's fault, and no
       * later input would fare better, so the run stops (exit 74).
       */
      readonly writeError?: string;
      /** With --out-dir: the output file this input had, if any (see `Manifest.markBad`). */
      readonly output?: string;
    };
