import { stdout } from "node:process";
import type { Command } from "commander";
import { DEFAULT_THRESHOLD } from "../dedupe/settings.js";
import { EXIT } from "../run/exit-codes.js";
import { regroup } from "../run/regroup.js";
import { fileSink, streamSink } from "../run/sinks.js";
import { parseThreshold } from "./dedupe-options.js";
import { checkOutputFile } from "./inputs-check.js";
import { createLogger } from "./log.js";
import type { CommandLine } from "./raw-argv.js";
import { stdoutHandledByRun } from "./stdout-guard.js";
import { EXIT_CODES_HELP } from "./usage.js";

interface DedupeFlags {
  dedupeThreshold?: number;
  drop?: boolean;
  output?: string;
  quiet?: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

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
    .action(async (folders: string[], flags: DedupeFlags, command: Command) => {
      const globals = command.optsWithGlobals() as { color: "auto" | "always" | "never" };
      for (const folder of folders) line.textOnly("dedupe", folder);
      line.textOnly("--output", flags.output);
      if (flags.output) checkOutputFile(flags.output, folders, ["json"]);
      const logger = createLogger({ quiet: flags.quiet ?? false, color: globals.color });
      const started = performance.now();
      stdoutHandledByRun();
      const sink = flags.output ? fileSink(flags.output, "ndjson") : streamSink(stdout, "ndjson");
      const { exitCode, summary } = await regroup(
        {
          folders,
          threshold: flags.dedupeThreshold ?? DEFAULT_THRESHOLD,
          drop: flags.drop ?? false,
        },
        sink,
        logger,
      );
      process.exitCode = exitCode;
      // A folder that could not be opened has its line; a summary would only repeat it.
      if (exitCode === EXIT.usage || exitCode === EXIT.locked) return;
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const copies = `${plural(summary.duplicates, "duplicate")}${flags.drop ? " dropped" : ""}`;
      const missing = summary.missing > 0 ? `, ${summary.missing} missing` : "";
      logger.info(
        `article-clean: dedupe: ${plural(summary.records, "record")} from ${plural(folders.length, "folder")}, ${copies} in ${plural(summary.groups, "group")}${missing}; ${seconds}s`,
      );
    });
}
