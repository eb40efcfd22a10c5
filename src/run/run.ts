import { accessSync, constants, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { Readable, Writable } from "node:stream";
import type { CorpusProfile } from "../corpus-profile.js";
import { type Discovered, describeFsError, type InputArg } from "../io/discover.js";
import type { CleanOptions } from "../options.js";
import { autoExecutor, IN_FLIGHT_PER_THREAD } from "./auto-executor.js";
import { runProfile, stateDirOf } from "./corpus-policy.js";
import { type DedupeOptions, judgeDuplicates } from "./dedupe-stage.js";
import { DedupeState } from "./dedupe-state.js";
import type { Executor } from "./executor.js";
import { exitCodeOf, foundNothing } from "./exit-code.js";
import { EXIT } from "./exit-codes.js";
import { cleaningFingerprint, inputScope } from "./fingerprint.js";
import { reportGone, safeToPrune } from "./gone.js";
import { roomForOneHeap } from "./heap-settings.js";
import { inProcessExecutor } from "./in-process.js";
import { type IncrementalOptions, skipUnchanged } from "./incremental.js";
import { type InputSpec, runInputs } from "./inputs.js";
import { lazyExecutor } from "./lazy-executor.js";
import { emptyListing } from "./listing.js";
import type { Logger } from "./logger.js";
import { Manifest, OutDirLocked } from "./manifest.js";
import type { RunObserver } from "./observer.js";
import type { TaskSettings } from "./process.js";
import { recordEvents, stopOnSinkError } from "./record-events.js";

export type { RunObserver } from "./observer.js";

import type { Shard } from "./shard.js";
import { stopOnSignals } from "./signals.js";
import { fileSink, nullSink, type OutputFormat, type RecordSink, streamSink } from "./sinks.js";
import { StopRequest } from "./stop.js";
import { processStream } from "./stream.js";
import { RunSummary } from "./summary.js";
import { takeUntil } from "./take-until.js";
import { describeWriteError } from "./write-error.js";

export { EXIT } from "./exit-codes.js";

export interface RunConfig {
  /** Files, directories, globs, `-`; a name that is not UTF-8 as its bytes. */
  readonly args: readonly InputArg[];
  readonly filesFrom?: InputArg;
  readonly nullSeparated: boolean;
  readonly inputFormat: "text" | "ndjson";
  readonly extensions: readonly string[];
  readonly unordered: boolean;
  readonly jobs: number;
  readonly shard?: Shard;
  readonly outDir?: string;
  readonly output?: string;
  readonly format: OutputFormat;
  readonly maxBytes: number;
  readonly clean: Omit<CleanOptions, "path" | "id" | "profile">;
  readonly profile?: CorpusProfile;
  /**
   * The corpus pass (repeated lines, known headlines): `auto` runs it over
   * the first `corpusSample` inputs when they can be read twice (files, not
   * stdin) and no `--profile` was given.
   */
  readonly corpus: "auto" | "off";
  readonly corpusSample: number;
  readonly failOnEmpty: boolean;
  /**
   * Finding no input file at all is success, not exit 66 (`--allow-empty`).
   * @default false
   */
  readonly allowEmpty?: boolean;
  /**
   * With `outDir`: re-clean every input, even those whose output is up to
   * date. @default false
   */
  readonly force?: boolean;
  /**
   * With `outDir`: remove the outputs of inputs that are gone (deleted or
   * renamed since the run that wrote them). @default false
   */
  readonly prune?: boolean;
  /**
   * `--dedupe`: give each record `duplicate_of` and `similarity`, judged in
   * path order (with `outDir`: after the folder's earlier records); `drop`
   * writes only the first record of each group. Needs ordered output.
   * @default undefined (off)
   */
  readonly dedupe?: DedupeOptions;
}

export interface RunIO {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly logger: Logger;
  readonly observer?: RunObserver;
  /** Signals the run listens to; tests inject their own emitter. */
  readonly signals?: NodeJS.EventEmitter;
}

/** The state directory inside `--out-dir`: lock, manifest, temp files. */
export const STATE_DIR = ".article-clean";

/**
 * Run the cleaner over every input and write the records. Returns the exit
 * code; never throws for bad inputs (each is one line on stderr).
 */
export async function runClean(
  config: RunConfig,
  io: RunIO,
): Promise<{ exitCode: number; summary: RunSummary }> {
  const summary = new RunSummary();
  // The lock comes first: a second run must leave the first one's temp files alone.
  let manifest: Manifest | undefined;
  if (config.outDir) {
    try {
      manifest = openManifest(config.outDir);
    } catch (error) {
      if (error instanceof OutDirLocked) {
        io.logger.error(config.outDir, error.message);
        return { exitCode: EXIT.locked, summary };
      }
      // Not a directory, read-only, no permission: the command line is wrong, not an input.
      io.logger.error(config.outDir, `cannot write here: ${whyUnwritable(config.outDir, error)}`);
      return { exitCode: EXIT.usage, summary };
    }
  }
  let tempDir: string | undefined;
  let exitCode: number | undefined;
  try {
    tempDir = config.outDir ? freshTempDir(config.outDir) : undefined;
    exitCode = (await runLocked(config, io, summary, manifest, tempDir)).exitCode;
    return { exitCode, summary };
  } finally {
    // After a full disk was reported, its failing last commit says nothing new.
    closeManifest(manifest, exitCode === EXIT.ioError ? undefined : io.logger, config.outDir);
    // Temp files of this run are garbage now, whatever stopped it (a full disk left many).
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

async function runLocked(
  config: RunConfig,
  io: RunIO,
  summary: RunSummary,
  manifest: Manifest | undefined,
  tempDir: string | undefined,
): Promise<{ exitCode: number; summary: RunSummary }> {
  const stop = new StopRequest();
  const settings: TaskSettings = {
    maxBytes: config.maxBytes,
    clean: config.clean,
    outDir: config.outDir,
    tempDir,
    stop: stop.flag,
    dedupe: config.dedupe !== undefined,
  };
  const observer = io.observer ?? {};
  let sink: RecordSink;
  try {
    sink = openSink(config, io);
  } catch (error) {
    io.logger.error(config.output ?? "-", `cannot write here: ${describeFsError(error)}`);
    return { exitCode: EXIT.usage, summary };
  }
  const stopListening = stopOnSignals(io.signals ?? process, stop);
  const spec = inputSpec(config, io);
  const listing = emptyListing();
  // One executor for the corpus pass and the cleaning, started by the first
  // batch of either: a nightly re-run where every input is unchanged and the
  // profile is remembered starts no thread at all.
  const executor: Executor = lazyExecutor(() => {
    if (config.jobs > 1) return autoExecutor(settings, config.jobs);
    roomForOneHeap();
    return inProcessExecutor(settings);
  }, config.jobs);
  if (readsStdin(config)) {
    // A pending read of a pipe would keep the process alive after the run.
    void stop.requested.then(() => io.stdin.destroy());
  }
  try {
    const profile = await runProfile(
      {
        given: config.profile,
        corpus: config.corpus,
        sample: config.corpusSample,
        stateDir: manifest && config.outDir ? stateDirOf(config.outDir) : undefined,
        force: config.force ?? false,
      },
      spec,
      executor,
      stop,
      () => observer.corpusPass?.(),
    );
    executor.useProfile(profile);
    const incremental = incrementalOptions(config, spec, profile);
    const dedupeState =
      config.dedupe && manifest && incremental
        ? new DedupeState(manifest, incremental.fingerprint)
        : undefined;
    let inputs: AsyncIterable<Discovered> = announceTotal(runInputs(spec, listing), () =>
      observer.discoveryDone?.(listing.inputs),
    );
    if (manifest && incremental)
      inputs = skipUnchanged(inputs, manifest, { ...incremental, dedupe: dedupeState }, () => {
        summary.unchanged++;
        observer.progress?.(summary);
      });
    let events = processStream(takeUntil(inputs, stop.requested), executor, {
      // Duplicates are judged in path order, whichever thread finished first.
      ordered: !config.unordered || config.dedupe !== undefined,
      // In this thread too, files go in batches (from 1, doubling: the first
      // record is out at once): one file per batch cost ~28 µs a file in
      // promises and generator steps, 3% of a --jobs 1 run. The in-process
      // executor still yields every few files.
      maxBatch: config.jobs <= 1 ? 32 : 64,
      maxInFlight: config.jobs <= 1 ? 1 : config.jobs * IN_FLIGHT_PER_THREAD,
    });
    if (config.dedupe)
      events = judgeDuplicates(events, {
        options: config.dedupe,
        explain: config.clean.explain ?? false,
        summary,
        outDir:
          config.outDir && tempDir
            ? { dir: config.outDir, tempDir, state: dedupeState, fresh: config.force ?? false }
            : undefined,
      });
    await recordEvents(events, {
      summary,
      observer,
      logger: io.logger,
      sink,
      stop,
      incremental: manifest && incremental ? { manifest, options: incremental } : undefined,
    });
    await commitSink(sink, config, stop);
    if (manifest && incremental && stop.cause === undefined) {
      manifest.flush();
      summary.gone = reportGone(
        manifest,
        incremental,
        { asked: config.prune === true, allowed: () => safeToPrune(listing, io.logger) },
        io.logger,
      );
    }
  } catch (error) {
    sink.abort();
    throw error;
  } finally {
    stopListening();
    observer.finish?.(summary);
    await executor.close();
  }
  const facts = {
    stop: stop.cause,
    summary,
    listing,
    filesExpected: config.inputFormat === "text",
    allowEmpty: config.allowEmpty ?? false,
    failOnEmpty: config.failOnEmpty,
  };
  reportEnd(facts, io, config);
  return { exitCode: exitCodeOf(facts), summary };
}

/**
 * Commit the records, unless the run was stopped: a file target keeps its
 * previous version rather than a partial one, while records already cleaned
 * still reach stdout, each whole (a signal), or go nowhere (a closed pipe).
 */
async function commitSink(sink: RecordSink, config: RunConfig, stop: StopRequest): Promise<void> {
  const cause = stop.cause;
  if (cause && (cause.kind !== "signal" || config.output || config.outDir)) {
    sink.abort();
    return;
  }
  try {
    await sink.finish();
  } catch (error) {
    stopOnSinkError(error, stop);
    sink.abort();
  }
}

/** The closing lines: why the run stopped, what it found, the summary. */
function reportEnd(facts: Parameters<typeof exitCodeOf>[0], io: RunIO, config: RunConfig): void {
  const { stop, summary, listing } = facts;
  // `| head -1`: the reader has what it wanted. Stop quietly.
  if (stop?.kind === "broken-pipe") return;
  if (stop?.kind === "io-error") {
    io.logger.error(stop.target, `cannot write records: ${stop.reason}; stopped`);
    printSummary(summary, io, `stopped: ${stop.reason}`);
    return;
  }
  if (stop?.kind === "signal") {
    printSummary(summary, io, `interrupted by ${stop.signal}`);
    return;
  }
  const nothing = foundNothing(facts);
  // A missing root already has its own line; an empty one gets this one.
  if (nothing && listing.errors === 0)
    io.logger.error("-", "no input files found (--allow-empty makes that a success)");
  printSummary(summary, io);
  if (!nothing && config.failOnEmpty && summary.written === 0 && summary.failed === 0)
    io.logger.error("-", "no records were produced (--fail-on-empty)");
}

/** Tell the observer the total once discovery has found every input. */
async function* announceTotal(
  inputs: AsyncIterable<Discovered>,
  done: () => void,
): AsyncGenerator<Discovered> {
  yield* inputs;
  done();
}

function inputSpec(config: RunConfig, io: RunIO): InputSpec {
  return {
    args: config.args,
    filesFrom: config.filesFrom,
    nullSeparated: config.nullSeparated,
    inputFormat: config.inputFormat,
    discover: {
      extensions: config.extensions,
      unordered: config.unordered,
      exclude: config.outDir ? [path.resolve(config.outDir)] : [],
    },
    shard: config.shard,
    stdin: io.stdin,
  };
}

function incrementalOptions(
  config: RunConfig,
  spec: InputSpec,
  profile: CorpusProfile | undefined,
): IncrementalOptions | undefined {
  if (!config.outDir) return undefined;
  return {
    outDir: config.outDir,
    fingerprint: cleaningFingerprint(config.clean, profile, config.dedupe),
    scope: inputScope(spec),
    force: config.force ?? false,
  };
}

/** Does any input come from stdin (`-`, `--files-from -`, `--input-format ndjson`)? */
function readsStdin(config: RunConfig): boolean {
  return config.args.includes("-") || config.filesFrom === "-" || config.inputFormat === "ndjson";
}

function openManifest(outDir: string): Manifest {
  const stateDir = stateDirOf(outDir);
  mkdirSync(stateDir, { recursive: true });
  return Manifest.open(stateDir);
}

/**
 * Closing commits the last writes. If that fails, the outputs are still on
 * disk and whole; the next run only redoes the ones the manifest lost.
 */
function closeManifest(
  manifest: Manifest | undefined,
  logger: Logger | undefined,
  outDir?: string,
): void {
  try {
    manifest?.close();
  } catch (error) {
    logger?.error(outDir ?? "-", `cannot save the manifest: ${describeWriteError(error)}`);
  }
}

/**
 * The real reason a folder cannot be written. A recursive mkdir on a
 * read-only mount fails with ENOENT ("no such file or directory"), which
 * sent users looking for a missing folder: ask the nearest folder that
 * exists instead.
 */
function whyUnwritable(dir: string, error: unknown): string {
  if ((error as NodeJS.ErrnoException)?.code !== "ENOENT") return describeFsError(error);
  let existing = path.resolve(dir);
  while (!existsSync(existing) && path.dirname(existing) !== existing)
    existing = path.dirname(existing);
  try {
    accessSync(existing, constants.W_OK);
  } catch (cause) {
    return describeFsError(cause);
  }
  return describeFsError(error);
}

/** Temp files of a killed run are garbage: nothing else writes here. */
function freshTempDir(outDir: string): string {
  const tempDir = path.join(stateDirOf(outDir), "tmp");
  rmSync(tempDir, { recursive: true, force: true });
  mkdirSync(tempDir, { recursive: true });
  return tempDir;
}

function printSummary(summary: RunSummary, io: RunIO, note?: string): void {
  if (io.observer?.summary) io.observer.summary(summary, note);
  else io.logger.info(note ? `${summary.line()} (${note})` : summary.line());
}

function openSink(config: RunConfig, io: RunIO): RecordSink {
  if (config.outDir) return nullSink();
  if (config.output) return fileSink(config.output, config.format);
  return streamSink(io.stdout, config.format);
}
