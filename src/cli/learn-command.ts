import { renameSync, writeFileSync } from "node:fs";
import { stdin } from "node:process";
import type { Command } from "commander";
import { RepetitionProfile } from "../corpus/repetition.js";
import { collectProfile } from "../run/collect-profile.js";
import { defaultJobs } from "../run/executor.js";
import { inProcessExecutor } from "../run/in-process.js";
import { runInputs } from "../run/inputs.js";
import { poolExecutor } from "../run/pool.js";
import { createLogger } from "./log.js";
import { loadProfile } from "./profile-file.js";

interface LearnFlags {
  output: string;
  ext: string;
  jobs?: number;
  merge?: string;
  maxFiles: number;
  quiet?: boolean;
}

export function registerLearnCommand(program: Command): void {
  program
    .command("learn")
    .description(
      "learn a corpus profile (lines that repeat across files, headlines) for later runs with --profile",
    )
    .argument("<inputs...>", "files, directories or globs of the corpus")
    .requiredOption("-o, --output <file>", "where to write the profile (JSON)")
    .option("--ext <list>", "file extensions to pick up in directories", "txt")
    .option("-j, --jobs <n>", "worker threads", (v) => Math.max(1, Number.parseInt(v, 10) || 1))
    .option("--merge <file>", "add to an existing profile instead of starting empty")
    .option(
      "--max-files <n>",
      "stop after this many files",
      (v) => Number.parseInt(v, 10),
      Number.MAX_SAFE_INTEGER,
    )
    .option("-q, --quiet", "print only errors")
    .addHelpText(
      "after",
      `
Examples:
  article-clean learn archive/ -o profile.json          learn from the whole history once
  article-clean nightly/ --profile profile.json -o out/  nightly drops benefit from it
  article-clean learn nightly/ --merge profile.json -o profile.json   keep it up to date`,
    )
    .action(async (inputs: string[], flags: LearnFlags, command: Command) => {
      const globals = command.optsWithGlobals() as { color: "auto" | "always" | "never" };
      const logger = createLogger({ quiet: flags.quiet ?? false, color: globals.color });
      const jobs = flags.jobs ?? defaultJobs();
      const settings = { maxBytes: 20 * 1024 * 1024, clean: {} };
      const executor = jobs <= 1 ? inProcessExecutor(settings) : poolExecutor(settings, jobs);
      const started = performance.now();
      try {
        const base = flags.merge ? loadProfile(flags.merge) : new RepetitionProfile();
        const discovered = runInputs({
          args: inputs,
          nullSeparated: false,
          inputFormat: "text",
          discover: { extensions: flags.ext.split(","), unordered: false, exclude: [] },
          stdin,
        });
        const profile = await collectProfile(
          reportProblems(discovered, logger),
          executor,
          flags.maxFiles,
          base,
        );
        const temp = `${flags.output}.${process.pid}.tmp`;
        writeFileSync(temp, JSON.stringify(profile.toJSON()));
        renameSync(temp, flags.output);
        const seconds = (performance.now() - started) / 1000;
        logger.info(
          `article-clean: learned ${profile.totalFiles} files into ${flags.output} in ${seconds.toFixed(1)}s`,
        );
      } finally {
        await executor.close();
      }
    });
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
