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
    }
  | {
      /** The input could not be cleaned: unreadable, binary, too big, empty. */
      readonly status: "failed";
      readonly path: string;
      readonly reason: string;
    };
