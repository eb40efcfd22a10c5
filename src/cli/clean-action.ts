import { existsSync } from "node:fs";
import { stderr, stdin, stdout } from "node:process";
import type { Command } from "commander";
import type { InputArg } from "../io/discover.js";
import { defaultJobs } from "../run/executor.js";
import { type RunConfig, runClean } from "../run/run.js";
import type { Shard } from "../run/shard.js";
import { cappedJobs } from "./bounds.js";
import { loadConfig, loadSourceMap } from "./config.js";
import { dedupeOptions } from "./dedupe-options.js";
import { checkFilesFrom, checkOutputFile } from "./inputs-check.js";
import { createLogger, isInteractive } from "./log.js";
import { loadProfile } from "./profile-file.js";
import { ProgressDisplay } from "./progress.js";
import type { CommandLine } from "./raw-argv.js";
import { stdoutHandledByRun } from "./stdout-guard.js";
import { closest, UsageError } from "./usage.js";

/** The options as commander parsed them: clean-command.ts declares them. */
export interface CleanFlags {
  outDir?: string;
  output?: string;
  format: "ndjson" | "json";
  ext: string;
  filesFrom?: string;
  null?: boolean;
  inputFormat: "text" | "ndjson";
  jobs?: number;
  unordered?: boolean;
  shard?: Shard;
  maxBytes: number;
  source?: string;
  sourceMap?: string;
  dateOrder?: "DMY" | "MDY" | "YMD";
  stripDateline?: boolean;
  explain?: boolean;
  profile?: string;
  corpus: boolean;
  corpusSample: number;
  config?: string;
  failOnEmpty?: boolean;
  allowEmpty?: boolean;
  quiet?: boolean;
  force?: boolean;
  prune?: boolean;
  dedupe?: string;
  dedupeThreshold?: number;
}

/**
 * What `article-clean clean` does once its options are parsed: check them
 * against each other, load the config and profile, and run. Loaded by
 * clean-command.ts only when the command runs.
 */
export async function runCleanCommand(
  inputs: string[],
  flags: CleanFlags,
  command: Command,
  line: CommandLine,
): Promise<void> {
  const globals = command.optsWithGlobals() as { color: "auto" | "always" | "never" };
  const quiet = flags.quiet ?? false;
  let display: ProgressDisplay | undefined;
  const logger = createLogger({
    quiet,
    color: globals.color,
    beforeWrite: () => display?.beforeWrite(),
  });
  line.textOnly("--config", flags.config);
  const config = loadConfig(flags.config);
  suggestCommand(inputs, command);
  for (const [option, value] of [
    ["--out-dir", flags.outDir],
    ["--output", flags.output],
    ["--profile", flags.profile],
    ["--source-map", flags.sourceMap],
  ] as const)
    line.textOnly(option, value);
  // Inputs whose names are not UTF-8 come back as their bytes.
  let args: InputArg[] = inputs.map((input) => line.inputArg(input));
  const filesFrom = flags.filesFrom === undefined ? undefined : line.inputArg(flags.filesFrom);
  if (args.length === 0 && flags.filesFrom === undefined && flags.inputFormat === "text") {
    if (stdin.isTTY)
      throw new UsageError("no inputs given (try: article-clean FILE|DIR|-, or --help)");
    args = ["-"];
  }
  if (flags.outDir && flags.output)
    throw new UsageError("--out-dir and --output cannot be used together");
  if (flags.inputFormat === "ndjson" && inputs.length > 0)
    throw new UsageError(
      `--input-format ndjson reads its records from stdin, so ${inputs[0]} would be ignored (write: article-clean --input-format ndjson < ${inputs[0]})`,
    );
  const extensions = flags.ext
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (flags.output) checkOutputFile(flags.output, args, extensions);
  if (filesFrom !== undefined && filesFrom !== "-") checkFilesFrom(filesFrom);
  for (const flag of ["force", "prune"] as const)
    if (flags[flag] && !flags.outDir) throw new UsageError(`--${flag} needs --out-dir`);
  const stdinUses = [
    args.includes("-"),
    flags.filesFrom === "-",
    flags.inputFormat === "ndjson",
  ].filter(Boolean).length;
  if (stdinUses > 1)
    throw new UsageError(
      "stdin can carry only one thing: '-', --files-from -, or --input-format ndjson",
    );
  const dedupe = dedupeOptions(flags);
  const jobs = cappedJobs(flags.jobs ?? defaultJobs());
  const runConfig: RunConfig = {
    args,
    filesFrom,
    nullSeparated: flags.null ?? false,
    inputFormat: flags.inputFormat,
    extensions,
    unordered: flags.unordered ?? false,
    jobs: jobs.jobs,
    shard: flags.shard,
    outDir: flags.outDir,
    output: flags.output,
    format: flags.format,
    maxBytes: flags.maxBytes,
    clean: {
      source: flags.source,
      // First match wins: the flag's entries before the config's, as other flags win.
      sourceMap: [...(flags.sourceMap ? loadSourceMap(flags.sourceMap) : []), ...config.sourceMap],
      dateOrder: flags.dateOrder ?? config.dateOrder,
      stripDateline: flags.stripDateline ?? config.stripDateline ?? false,
      explain: flags.explain ?? false,
      catalog: config.catalog,
      publishers: config.publishers,
    },
    profile: flags.profile ? loadProfile(flags.profile) : undefined,
    corpus: flags.corpus ? "auto" : "off",
    corpusSample: flags.corpusSample,
    failOnEmpty: flags.failOnEmpty ?? false,
    allowEmpty: flags.allowEmpty ?? false,
    force: flags.force ?? false,
    prune: flags.prune ?? false,
    dedupe,
  };
  if (isInteractive(stderr, quiet))
    display = new ProgressDisplay({
      stream: stderr,
      chalk: logger.chalk,
      // Records scrolling past on the same terminal would tear the bar apart.
      bar: !(stdout.isTTY && !flags.outDir && !flags.output),
    });
  if (jobs.warning) logger.warn("-", jobs.warning);
  // The run reports a failed stdout itself (exit 74, with its summary).
  stdoutHandledByRun();
  try {
    const { exitCode } = await runClean(runConfig, {
      stdin,
      stdout,
      logger,
      observer: display,
    });
    process.exitCode = exitCode;
  } finally {
    // A run that throws (an unwritable --output) must not leave the bar redrawing forever.
    display?.finish();
  }
}

/**
 * `article-clean expalin x.txt` would otherwise be read as two inputs and
 * fail with "expalin: no such file or directory". When the first input is
 * not a path but is one typo away from a command, say so instead.
 */
function suggestCommand(inputs: readonly string[], command: Command): void {
  const first = inputs[0];
  if (first === undefined || first === "-" || /[./\\*?]/.test(first) || existsSync(first)) return;
  const names = (command.parent?.commands ?? []).map((c) => c.name()).filter((n) => n !== "clean");
  // `article-clean --jobs 2 explain f`: options before a command make it the clean command's input.
  if (names.includes(first))
    throw new UsageError(
      `'${first}' is a command, but options came before it and were read as the clean command's: write article-clean ${first} [options] ...`,
    );
  const match = closest(first, names);
  if (match)
    throw new UsageError(
      `unknown command '${first}' (Did you mean ${match}?); to clean a file of that name, write ./${first}`,
    );
}
