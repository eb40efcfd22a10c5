import type { Command } from "commander";
import { DEFAULT_THRESHOLD } from "../dedupe/settings.js";
import type { DedupeFlags } from "./dedupe-action.js";
import { parseThreshold } from "./dedupe-options.js";
import type { CommandLine } from "./raw-argv.js";
import { EXIT_CODES_HELP } from "./usage.js";

export function registerDedupeCommand(program: Command, line: CommandLine): void {
  program
    .command("dedupe")
    .description(
      "group the records of output folders (shards of one corpus) by article, as one run over all their inputs would",
    )
    .argument("<out-dirs...>", "folders written by article-clean INPUTS -o DIR --dedupe")
    .option(
      "--dedupe-threshold <t>",
      `estimated Jaccard similarity that makes two records one article (default ${DEFAULT_THRESHOLD})`,
      parseThreshold,
    )
    .option("--drop", "print only the first record of each group")
    .option("--output <file>", "write the NDJSON to this file, atomically")
    .option("-q, --quiet", "print only errors")
    .addHelpText(
      "after",
      `
Every record of the folders is printed once, in path order (the order of
the inputs' relative paths, which all shards share), with duplicate_of and
similarity judged across all of them, from the signatures each run kept in
DIR/.article-clean/: nothing is cleaned again, and the folders are not
changed. With shards run as 'article-clean IN --shard K/N -o out-K --dedupe',
'article-clean dedupe out-*' prints what 'article-clean IN --dedupe' would.

Examples:
  article-clean dedupe out-1 out-2 out-3 > all.jsonl
  article-clean dedupe clean/ --drop --output unique.jsonl
${EXIT_CODES_HELP}`,
    )
    // Loaded when the command runs, as clean's is (see clean-command.ts).
    .action(async (folders: string[], flags: DedupeFlags, command: Command) => {
      const { runDedupeCommand } = await import("./dedupe-action.js");
      await runDedupeCommand(folders, flags, command, line);
    });
}
