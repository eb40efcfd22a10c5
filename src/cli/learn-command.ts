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
import { cappedJobs, parseJobs, parsePositiveCount } from "./bounds.js";
import { checkOutputFile } from "./inputs-check.js";
import { createLogger } from "./log.js";
import { loadProfile } from "./profile-file.js";
import type { CommandLine } from "./raw-argv.js";
import { CliError, NoInputError } from "./usage.js";

interface LearnFlags {
  output: string;
  ext: string;
  jobs?: number;
  merge?: string;
  maxFiles?: number;
  quiet?: boolean;
}

export function registerLearnCommand(program: Command, line: CommandLine): void {
  program
    .command("learn")
    .description(
      "learn a corpus profile (lines that repeat across files, headlines) for later runs with --profile",
    )
    .argument("<inputs...>", "files, directories or globs of the corpus")
    .requiredOption("-o, --output <file>", "where to write the profile (JSON)")
    .option("--ext <list>", "file extensions to pick up in directories", "txt")
    .option("-j, --jobs <n>", "threads (default: number of cores)", parseJobs)
    .option("--merge <file>", "add to an existing profile instead of starting empty")
    .option("--max-files <n>", "stop after this many files (default: all)", parsePositiveCount)
    .option("-q, --quiet", "print only errors")
    .addHelpText(
      "after",
      `
Scopes are learned per source (the scraper header's site) or else per folder
relative to the input folder, so a profile learned from archive/ applies to
the same sites' folders under nightly/.

Examples:
  article-clean learn archive/ -o profile.json          learn from the whole history once
  article-clean nightly/ --profile profile.json -o out/  nightly drops benefit from it
  article-clean learn nightly/ --merge profile.json -o profile.json   keep it up to date`,
    )
    .action(async (inputs: string[], flags: LearnFlags, command: Command) => {
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
      const executor =
        jobs.jobs <= 1 ? inProcessExecutor(settings) : poolExecutor(settings, jobs.jobs);
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
    });
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
