import { stdout } from "node:process";
import type { Command } from "commander";
import { DEFAULT_THRESHOLD } from "../dedupe/settings.js";
import { EXIT } from "../run/exit-codes.js";
import { regroup } from "../run/regroup.js";
import { fileSink, streamSink } from "../run/sinks.js";
import { checkOutputFile } from "./inputs-check.js";
import { createLogger } from "./log.js";
import type { CommandLine } from "./raw-argv.js";
import { stdoutHandledByRun } from "./stdout-guard.js";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The options as commander parsed them: dedupe-command.ts declares them. */
export interface DedupeFlags {
  dedupeThreshold?: number;
  drop?: boolean;
  output?: string;
  quiet?: boolean;
}

/**
 * What `article-clean dedupe` does once its options are parsed. Loaded by
 * dedupe-command.ts only when the command runs.
 */
export async function runDedupeCommand(
  folders: string[],
  flags: DedupeFlags,
  command: Command,
  line: CommandLine,
): Promise<void> {
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
}
