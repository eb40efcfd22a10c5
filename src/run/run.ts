import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { Readable, Writable } from "node:stream";
import type { Logger } from "../cli/log.js";
import { collectProfile } from "../corpus/collect.js";
import type { CorpusProfile } from "../corpus/profile.js";
import type { Discovered } from "../io/discover.js";
import type { CleanOptions } from "../options.js";
import {
  autoExecutor,
  type Executor,
  IN_FLIGHT_PER_THREAD,
  inProcessExecutor,
} from "./executor.js";
import { type InputSpec, runInputs } from "./inputs.js";
import type { TaskSettings } from "./process.js";
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
  const settings = taskSettings(config);
  const observer = io.observer ?? {};

  let signal: "SIGINT" | "SIGTERM" | undefined;
  let brokenPipe = false;
  const signals = io.signals ?? process;
  const onSignal = (name: "SIGINT" | "SIGTERM") => () => {
    if (signal) process.exit(name === "SIGINT" ? EXIT.sigint : EXIT.sigterm); // second signal: stop now
    signal = name;
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
  // One executor for the corpus pass and the cleaning: its workers start once.
  const executor: Executor =
    config.jobs <= 1
      ? inProcessExecutor(settings, config.profile)
      : autoExecutor(settings, config.jobs, config.profile);
  let sink: RecordSink;
  try {
    if (!config.profile) executor.useProfile(await corpusPass(config, spec, executor, observer));
    sink = openSink(config, io);
  } catch (error) {
    await executor.close();
    throw error;
  }
  const inputs: AsyncIterable<Discovered> = countDiscovered(runInputs(spec), observer);

  try {
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
      for (const warning of outcome.warnings) io.logger.warn(outcome.path, warning);
      if (!brokenPipe) {
        try {
          await sink.write(outcome.json);
        } catch (error) {
          if (!(error instanceof BrokenPipe)) throw error;
          brokenPipe = true;
        }
      }
    }
    if (brokenPipe) {
      // `| head -1`: the reader has what it wanted. Stop quietly.
      sink.abort();
      return { exitCode: EXIT.ok, summary };
    }
    if (signal) {
      sink.abort();
      io.logger.info(`${summary.line()} (interrupted by ${signal})`);
      return { exitCode: signal === "SIGINT" ? EXIT.sigint : EXIT.sigterm, summary };
    }
    await sink.finish();
  } catch (error) {
    sink.abort();
    throw error;
  } finally {
    signals.off("SIGINT", onInt);
    signals.off("SIGTERM", onTerm);
    observer.finish?.(summary);
    await executor.close();
  }
  io.logger.info(summary.line());
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
): AsyncGenerator<Discovered> {
  let total = 0;
  for await (const found of inputs) {
    if (found.kind === "input") total++;
    yield found;
  }
  observer.discoveryDone?.(total);
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
