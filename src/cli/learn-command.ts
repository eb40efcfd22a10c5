import type { Command } from "commander";
import { parseJobs, parsePositiveCount } from "./bounds.js";
import type { LearnFlags } from "./learn-action.js";
import type { CommandLine } from "./raw-argv.js";

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
    // Loaded when the command runs, as clean's is (see clean-command.ts).
    .action(async (inputs: string[], flags: LearnFlags, command: Command) => {
      const { runLearnCommand } = await import("./learn-action.js");
      await runLearnCommand(inputs, flags, command, line);
    });
}
