import { rmSync } from "node:fs";
import { DuplicateFinder, type Judgement, NOT_A_DUPLICATE } from "../dedupe/finder.js";
import { outputKeyFor, outputPathFor } from "../io/out-dir.js";
import type { DedupeState } from "./dedupe-state.js";
import { withDuplicateFields } from "./duplicate-fields.js";
import type { Outcome } from "./outcome.js";
import { writeRecordFile } from "./process.js";
import type { RunEvent } from "./stream.js";
import type { RunSummary } from "./summary.js";
import { describeWriteError } from "./write-error.js";

/** `--dedupe` and `--dedupe=drop`, with `--dedupe-threshold`. */
export interface DedupeOptions {
  readonly mode: "mark" | "drop";
  readonly threshold: number;
}

export interface DedupeTargets {
  readonly options: DedupeOptions;
  /** `--explain`: records also name the path of the record they duplicate. */
  readonly explain: boolean;
  /** Counts duplicates, dropped records and groups. */
  readonly summary: RunSummary;
  /** `--out-dir`: where records are written (by this stage, once judged) and the state kept. */
  readonly outDir?: {
    readonly dir: string;
    readonly tempDir: string;
    readonly state: DedupeState | undefined;
    /** `--force`: every record is judged again, so earlier runs' originals are not loaded. */
    readonly fresh: boolean;
  };
}

type OkOutcome = Extract<Outcome, { status: "ok" }>;

/**
 * Judge each record against the records before it, in the run's order
 * (path order: the stream is ordered), and add its `duplicate_of` and
 * `similarity`. Which thread cleaned a record never matters: the judging is
 * here, one record at a time, in order. With `--out-dir`, the records of
 * earlier runs come first (from the folder's state), and this stage writes
 * each record's file, since only now is its content known.
 */
export async function* judgeDuplicates(
  events: AsyncIterable<RunEvent>,
  targets: DedupeTargets,
): AsyncGenerator<RunEvent> {
  const judge = new RunJudge(targets);
  for await (const event of events) {
    if (event.kind !== "outcome" || event.outcome.status !== "ok") {
      yield event;
      continue;
    }
    yield { kind: "outcome", outcome: judge.outcome(event.outcome) };
  }
}

class RunJudge {
  private readonly finder: DuplicateFinder;
  /** Judging order (`seq`) of each original, by finder ordinal: to retire an old self. */
  private readonly seqs: number[] = [];
  /** Paths of the originals, with --explain only: a million paths are not free. */
  private readonly paths: string[] | undefined;
  private nextSeq = 1;
  /** One bit per original: has it had a copy in this run (a group the summary counts)? */
  private grouped = new Uint8Array(0);
  private loaded = false;

  constructor(private readonly targets: DedupeTargets) {
    this.finder = new DuplicateFinder(targets.options.threshold);
    this.paths = targets.explain ? [] : undefined;
  }

  outcome(outcome: OkOutcome): Outcome {
    this.load();
    const state = this.targets.outDir?.state;
    const relPath = outcome.writeLater;
    const output = relPath === undefined ? undefined : outputKeyFor(relPath);
    // A record judged again (its input changed) is not its own earlier copy.
    const previous = state && output !== undefined ? state.previous(output) : undefined;
    if (previous?.original) this.retire(previous.seq);
    const signature = outcome.signature ?? undefined;
    const judgement =
      signature === undefined || outcome.id === undefined
        ? NOT_A_DUPLICATE
        : this.judge(signature, outcome.id, outcome.path);
    const json = withDuplicateFields(outcome.json, judgement, this.paths && this.pathOf(judgement));
    const dropped = this.targets.options.mode === "drop" && judgement.duplicateOf !== null;
    if (judgement.original !== undefined) this.count(judgement.original, dropped);
    const judged: OkOutcome = { ...outcome, json, dropped, duplicateOf: judgement.duplicateOf };
    if (relPath === undefined || output === undefined || !this.targets.outDir) return judged;
    const written = this.write(judged, relPath, output);
    if (typeof written !== "string") return written;
    try {
      if (state && (signature === undefined || outcome.id === undefined)) state.forget(output);
      else if (state && outcome.id !== undefined && signature !== undefined)
        state.record({
          output,
          input: outcome.path,
          seq: this.nextSeq - 1,
          id: outcome.id,
          signature,
          duplicateOf: judgement.duplicateOf,
          similarity: judgement.similarity,
          dropped,
        });
    } catch (error) {
      // SQLite's "database or disk is full" is the out dir's disk: stop as a failed write does.
      const code = (error as { code?: string }).code;
      if (code === undefined) throw error;
      return {
        status: "failed",
        path: outcome.path,
        reason: describeWriteError(error),
        writeError: code,
      };
    }
    return { ...judged, written };
  }

  /** The originals of earlier runs, once, at the first record: an unchanged re-run loads nothing. */
  private load(): void {
    if (this.loaded) return;
    this.loaded = true;
    const state = this.targets.outDir?.state;
    if (!state) return;
    this.nextSeq = state.nextSeq();
    if (this.targets.outDir?.fresh) return;
    for (const original of state.originals()) {
      this.finder.addOriginal(original.signature, original.id);
      this.seqs.push(original.seq);
      this.paths?.push(original.input);
    }
  }

  private judge(signature: Uint8Array, id: string, path: string): Judgement {
    const before = this.finder.originals;
    const judgement = this.finder.judge(signature, id);
    this.nextSeq++;
    if (this.finder.originals > before) {
      this.seqs.push(this.nextSeq - 1);
      this.paths?.push(path);
    }
    return judgement;
  }

  /** A copy of original `ordinal`: the summary counts it, and its group the first time. */
  private count(ordinal: number, dropped: boolean): void {
    const summary = this.targets.summary;
    summary.duplicates++;
    if (dropped) summary.dropped++;
    if (ordinal >= this.grouped.length * 8) {
      const bigger = new Uint8Array(Math.max(1024, this.grouped.length * 2, (ordinal >>> 3) + 1));
      bigger.set(this.grouped);
      this.grouped = bigger;
    }
    const bit = 1 << (ordinal & 7);
    if (((this.grouped[ordinal >>> 3] as number) & bit) === 0) {
      this.grouped[ordinal >>> 3] = (this.grouped[ordinal >>> 3] as number) | bit;
      summary.groups++;
    }
  }

  private retire(seq: number): void {
    // Seqs grow with ordinals: binary search.
    let low = 0;
    let high = this.seqs.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const at = this.seqs[mid] as number;
      if (at === seq) {
        this.finder.retire(mid);
        return;
      }
      if (at < seq) low = mid + 1;
      else high = mid - 1;
    }
  }

  private pathOf(judgement: Judgement): string | null {
    return judgement.original === undefined ? null : (this.paths?.[judgement.original] ?? null);
  }

  /** Write (or, for a dropped copy, remove) the record's output file. */
  private write(outcome: OkOutcome, relPath: string, output: string) {
    const outDir = this.targets.outDir as NonNullable<DedupeTargets["outDir"]>;
    if (outcome.dropped) {
      // An older run may have written it as an original: a dropped copy has no file.
      rmSync(outputPathFor(outDir.dir, relPath), { force: true });
      return output;
    }
    return writeRecordFile(
      { outDir: outDir.dir, tempDir: outDir.tempDir },
      { path: outcome.path, relPath },
      `${outcome.json}\n`,
    );
  }
}
