import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { Readable, Writable } from "node:stream";
import type { Logger } from "../cli/log.js";
import type { CorpusProfile } from "../corpus-profile.js";
import { type Discovered, describeFsError } from "../io/discover.js";
import type { CleanOptions } from "../options.js";
import { collectProfile } from "./collect-profile.js";
import {
  autoExecutor,
  type Executor,
  IN_FLIGHT_PER_THREAD,
  inProcessExecutor,
} from "./executor.js";
import { cleaningFingerprint, inputScope } from "./fingerprint.js";
import { type Listing, reportGone, safeToPrune } from "./gone.js";
import { type IncrementalOptions, recordOutcome, skipUnchanged } from "./incremental.js";
import { type InputSpec, runInputs } from "./inputs.js";
import { lazyExecutor } from "./lazy-executor.js";
import { Manifest, OutDirLocked } from "./manifest.js";
import type { TaskSettings } from "./process.js";
import { rememberedProfile } from "./saved-profile.js";
import type { Shard } from "./shard.js";
import {
  BrokenPipe,
  fileSink,
  nullSink,
  type OutputFormat,
  type RecordSink,
  streamSink,
} from "./sinks.js";
import { processStream } from "./stream.js";
import { RunSummary } from "./summary.js";
import { takeUntil } from "./take-until.js";

/** Exit codes, as documented in `--help` and the README. */
export const EXIT = {
  ok: 0,
  failures: 1,
  usage: 2,
  locked: 75,
  sigint: 130,
  sigterm: 143,
} as const;

export interface RunConfig {
  readonly args: readonly string[];
  readonly filesFrom?: string;
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
   * With `outDir`: re-clean every input, even those whose output is up to
   * date. @default false
   */
  readonly force?: boolean;
  /**
   * With `outDir`: remove the outputs of inputs that are gone (deleted or
   * renamed since the run that wrote them). @default false
   */
  readonly prune?: boolean;
}

/**
 * Hooks for what the user sees while a run goes: the progress bar and the
 * summary listen here. Every hook is optional and must not throw.
 */
export interface RunObserver {
  /** The corpus pass starts (before any record). */
  corpusPass?(): void;
  /** One input was handled (written, failed or skipped). */
  progress?(summary: RunSummary): void;
  /** Discovery found every input: the total is known from now on. */
  discoveryDone?(total: number): void;
  /** The run is over; the observer should clear any progress display. */
  finish?(summary: RunSummary): void;
  /**
   * Print the closing summary instead of the one line (`note` says why the
   * run stopped early, e.g. `interrupted by SIGINT`). On an interrupted run
   * this comes before `finish`, so clear any progress display here too.
   */
  summary?(summary: RunSummary, note?: string): void;
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
      io.logger.error(config.outDir, `cannot write here: ${describeFsError(error)}`);
      return { exitCode: EXIT.usage, summary };
    }
  }
  try {
    return await runLocked(config, io, summary, manifest);
  } finally {
    manifest?.close();
  }
}

async function runLocked(
  config: RunConfig,
  io: RunIO,
  summary: RunSummary,
  manifest: Manifest | undefined,
): Promise<{ exitCode: number; summary: RunSummary }> {
  const settings = taskSettings(config);
  const observer = io.observer ?? {};
  let sink: RecordSink;
  try {
    sink = openSink(config, io);
  } catch (error) {
    io.logger.error(config.output ?? "-", `cannot write here: ${describeFsError(error)}`);
    return { exitCode: EXIT.usage, summary };
  }

  let signal: "SIGINT" | "SIGTERM" | undefined;
  let brokenPipe = false;
  // Settles on a signal or a closed stdout: no new inputs are taken after it.
  let stopIntake = () => {};
  const intakeStopped = new Promise<void>((resolve) => {
    stopIntake = resolve;
  });
  const signals = io.signals ?? process;
  const onSignal = (name: "SIGINT" | "SIGTERM") => () => {
    if (signal) process.exit(name === "SIGINT" ? EXIT.sigint : EXIT.sigterm); // second signal: stop now
    signal = name;
    stopIntake();
  };
  const onInt = onSignal("SIGINT");
  const onTerm = onSignal("SIGTERM");
  signals.on("SIGINT", onInt);
  signals.on("SIGTERM", onTerm);

  const spec: InputSpec = {
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
  // One executor for the corpus pass and the cleaning, started by the first
  // batch of either: a nightly re-run where every input is unchanged and the
  // profile is remembered starts no thread at all.
  const executor: Executor = lazyExecutor(
    () => (config.jobs <= 1 ? inProcessExecutor(settings) : autoExecutor(settings, config.jobs)),
    config.jobs,
  );
  try {
    const learn = () => corpusPass(config, spec, executor, observer);
    const profile =
      config.profile ??
      (manifest && config.outDir && config.corpus === "auto"
        ? await rememberedProfile(path.join(config.outDir, STATE_DIR), learn, config.force ?? false)
        : await learn());
    executor.useProfile(profile);
    const listing: Listing = { inputs: 0, errors: 0 };
    let inputs: AsyncIterable<Discovered> = countDiscovered(runInputs(spec), observer, listing);
    const incremental: IncrementalOptions | undefined =
      manifest && config.outDir
        ? {
            outDir: config.outDir,
            fingerprint: cleaningFingerprint(config.clean, profile),
            scope: inputScope(spec),
            force: config.force ?? false,
          }
        : undefined;
    if (manifest && incremental) {
      inputs = skipUnchanged(inputs, manifest, incremental, () => {
        summary.unchanged++;
        observer.progress?.(summary);
      });
    }
    inputs = takeUntil(inputs, intakeStopped);
    if (readsStdin(config)) {
      // A pending read of a pipe would keep the process alive after the run.
      void intakeStopped.then(() => io.stdin.destroy());
    }

    const events = processStream(inputs, executor, {
      ordered: !config.unordered,
      maxBatch: config.jobs <= 1 ? 1 : 64,
      maxInFlight: config.jobs <= 1 ? 1 : config.jobs * IN_FLIGHT_PER_THREAD,
      stopped: () => signal !== undefined || brokenPipe,
    });
    for await (const event of events) {
      if (event.kind === "problem") {
        const { problem } = event;
        if (problem.severity === "error") {
          summary.fail(problem.reason);
          observer.progress?.(summary);
          io.logger.error(problem.path, problem.reason);
        } else {
          summary.warnings++;
          io.logger.warn(problem.path, problem.reason);
        }
        continue;
      }
      const { outcome } = event;
      summary.add(outcome);
      observer.progress?.(summary);
      if (outcome.status === "failed") {
        io.logger.error(outcome.path, outcome.reason);
        continue;
      }
      // The output file is in place: only now may the manifest say so.
      if (manifest && incremental) recordOutcome(manifest, outcome, incremental);
      if (outcome.status === "unchanged") continue;
      for (const warning of outcome.warnings) io.logger.warn(outcome.path, warning);
      if (!brokenPipe) {
        try {
          await sink.write(outcome.json);
        } catch (error) {
          if (!(error instanceof BrokenPipe)) throw error;
          brokenPipe = true;
          stopIntake();
        }
      }
    }
    if (signal) {
      // Records already cleaned still reach stdout, each whole; a file
      // target keeps its previous version rather than a partial one.
      if (config.output || config.outDir) sink.abort();
      else await finishUnlessBroken(sink);
      printSummary(summary, io, `interrupted by ${signal}`);
      return { exitCode: signal === "SIGINT" ? EXIT.sigint : EXIT.sigterm, summary };
    }
    if (brokenPipe || !(await finishUnlessBroken(sink))) {
      // `| head -1`: the reader has what it wanted. Stop quietly.
      sink.abort();
      return { exitCode: EXIT.ok, summary };
    }
    if (manifest && incremental) {
      manifest.flush();
      summary.gone = reportGone(
        manifest,
        incremental,
        () => config.prune === true && safeToPrune(listing, io.logger),
        io.logger,
      );
    }
  } catch (error) {
    sink.abort();
    throw error;
  } finally {
    signals.off("SIGINT", onInt);
    signals.off("SIGTERM", onTerm);
    observer.finish?.(summary);
    await executor.close();
  }
  printSummary(summary, io);
  if (summary.failed > 0) return { exitCode: EXIT.failures, summary };
  if (config.failOnEmpty && summary.written === 0) {
    io.logger.error("-", "no records were produced (--fail-on-empty)");
    return { exitCode: EXIT.failures, summary };
  }
  return { exitCode: EXIT.ok, summary };
}

/**
 * The corpus pass: count lines across the first inputs before cleaning, so
 * that site furniture (a line repeated in many files of one source) and
 * teasers (another article's headline) can be removed. Inputs from stdin
 * cannot be read twice; `--profile` replaces the pass with what `learn`
 * saved. The pass runs on the run's executor, on every core.
 */
async function corpusPass(
  config: RunConfig,
  spec: InputSpec,
  executor: Executor,
  observer: RunObserver,
): Promise<CorpusProfile | undefined> {
  const rereadable =
    config.inputFormat === "text" && !config.args.includes("-") && config.filesFrom !== "-";
  if (config.corpus === "off" || !rereadable) return undefined;
  observer.corpusPass?.();
  // Learn from the whole corpus, not this shard: every machine of a sharded
  // run then learns the same profile, and the shards' records together are
  // exactly one full run's.
  const whole = { ...spec, shard: undefined };
  const profile = await collectProfile(runInputs(whole), executor, config.corpusSample);
  // A profile of one file knows nothing about repetition.
  return profile.totalFiles >= 2 ? profile : undefined;
}

async function* countDiscovered(
  inputs: AsyncIterable<Discovered>,
  observer: RunObserver,
  listing: Listing,
): AsyncGenerator<Discovered> {
  for await (const found of inputs) {
    if (found.kind === "input") listing.inputs++;
    else if (found.problem.severity === "error") listing.errors++;
    yield found;
  }
  observer.discoveryDone?.(listing.inputs);
}

/** Commit the sink; false when stdout's reader went away first (`| head`). */
async function finishUnlessBroken(sink: RecordSink): Promise<boolean> {
  try {
    await sink.finish();
    return true;
  } catch (error) {
    if (error instanceof BrokenPipe) return false;
    throw error;
  }
}

/** Does any input come from stdin (`-`, `--files-from -`, `--input-format ndjson`)? */
function readsStdin(config: RunConfig): boolean {
  return config.args.includes("-") || config.filesFrom === "-" || config.inputFormat === "ndjson";
}

function openManifest(outDir: string): Manifest {
  const stateDir = path.join(outDir, STATE_DIR);
  mkdirSync(stateDir, { recursive: true });
  return Manifest.open(stateDir);
}

function printSummary(summary: RunSummary, io: RunIO, note?: string): void {
  if (io.observer?.summary) io.observer.summary(summary, note);
  else io.logger.info(note ? `${summary.line()} (${note})` : summary.line());
}

function taskSettings(config: RunConfig): TaskSettings {
  if (!config.outDir) return { maxBytes: config.maxBytes, clean: config.clean };
  const tempDir = path.join(config.outDir, STATE_DIR, "tmp");
  // Temp files of a killed run are garbage: nothing else writes here.
  rmSync(tempDir, { recursive: true, force: true });
  mkdirSync(tempDir, { recursive: true });
  return { maxBytes: config.maxBytes, clean: config.clean, outDir: config.outDir, tempDir };
}

function openSink(config: RunConfig, io: RunIO): RecordSink {
  if (config.outDir) return nullSink();
  if (config.output) return fileSink(config.output, config.format);
  return streamSink(io.stdout, config.format);
}
