import { stdin } from "node:process";
import type { Command } from "commander";
import writeFileAtomic from "write-file-atomic";
import { RepetitionProfile } from "../corpus/repetition.js";
import { collectProfile } from "../run/collect-profile.js";
import { defaultJobs } from "../run/executor.js";
import { EXIT } from "../run/exit-codes.js";
import { inProcessExecutor } from "../run/in-process.js";
import { runInputs } from "../run/inputs.js";
import { emptyListing } from "../run/listing.js";
import { poolExecutor } from "../run/pool.js";
import { describeWriteError } from "../run/write-error.js";
import { cappedJobs } from "./bounds.js";
import { checkOutputFile } from "./inputs-check.js";
import { createLogger } from "./log.js";
import { loadProfile } from "./profile-file.js";
import type { CommandLine } from "./raw-argv.js";
import { CliError, NoInputError } from "./usage.js";

/** The options as commander parsed them: learn-command.ts declares them. */
export interface LearnFlags {
  output: string;
  ext: string;
  jobs?: number;
  merge?: string;
  maxFiles?: number;
  quiet?: boolean;
}

/**
 * What `article-clean learn` does once its options are parsed. Loaded by
 * learn-command.ts only when the command runs.
 */
export async function runLearnCommand(
  inputs: string[],
  flags: LearnFlags,
  command: Command,
  line: CommandLine,
): Promise<void> {
  const globals = command.optsWithGlobals() as { color: "auto" | "always" | "never" };
  const logger = createLogger({ quiet: flags.quiet ?? false, color: globals.color });
  const extensions = flags.ext.split(",").filter(Boolean);
  line.textOnly("--output", flags.output);
  line.textOnly("--merge", flags.merge);
  // Inputs whose names are not UTF-8 come back as their bytes.
  const args = inputs.map((input) => line.inputArg(input));
  // Before any reading: a profile that cannot be written is hours lost.
  checkOutputFile(flags.output, args, extensions);
  const base = flags.merge ? loadProfile(flags.merge) : new RepetitionProfile();
  const jobs = cappedJobs(flags.jobs ?? defaultJobs());
  if (jobs.warning) logger.warn("-", jobs.warning);
  const settings = { maxBytes: 20 * 1024 * 1024, clean: {} };
  const executor = jobs.jobs <= 1 ? inProcessExecutor(settings) : poolExecutor(settings, jobs.jobs);
  const started = performance.now();
  const listing = emptyListing();
  try {
    const discovered = runInputs(
      {
        args,
        nullSeparated: false,
        inputFormat: "text",
        discover: { extensions, unordered: false, exclude: [] },
        stdin,
      },
      listing,
    );
    const profile = await collectProfile(
      reportProblems(discovered, logger),
      executor,
      flags.maxFiles ?? Number.POSITIVE_INFINITY,
      base,
    );
    // A missing folder has had its line; only an empty one needs one more.
    if (listing.found === 0)
      throw listing.errors > 0
        ? new CliError("", EXIT.noInput)
        : new NoInputError("no input files found: nothing to learn");
    saveProfile(flags.output, profile);
    const seconds = (performance.now() - started) / 1000;
    logger.info(
      `article-clean: learned ${profile.totalFiles} ${profile.totalFiles === 1 ? "file" : "files"} into ${flags.output} in ${seconds.toFixed(1)}s`,
    );
  } finally {
    await executor.close();
  }
}

/** Write the profile whole or not at all: a reader never sees half a profile. */
function saveProfile(file: string, profile: RepetitionProfile): void {
  try {
    writeFileAtomic.sync(file, JSON.stringify(profile.toJSON()));
  } catch (error) {
    throw new CliError(
      `${file}: cannot write the profile: ${describeWriteError(error)}`,
      EXIT.ioError,
    );
  }
}

async function* reportProblems<T extends { kind: string }>(
  discovered: AsyncIterable<T>,
  logger: ReturnType<typeof createLogger>,
): AsyncGenerator<T> {
  for await (const found of discovered) {
    if (found.kind === "problem") {
      const { problem } = found as unknown as { problem: { path: string; reason: string } };
      logger.error(problem.path, problem.reason);
    }
    yield found;
  }
}
