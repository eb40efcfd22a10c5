import { existsSync } from "node:fs";
import { stderr, stdin, stdout } from "node:process";
import { type Command, InvalidArgumentError, Option } from "commander";
import type { InputArg } from "../io/discover.js";
import { defaultJobs } from "../run/executor.js";
import { type RunConfig, runClean } from "../run/run.js";
import { parseShard } from "../run/shard.js";
import { cappedJobs, parseCount, parseJobs, parseSize } from "./bounds.js";
import { loadConfig, loadSourceMap } from "./config.js";
import { dedupeOptions, parseThreshold } from "./dedupe-options.js";
import { checkFilesFrom, checkOutputFile } from "./inputs-check.js";
import { createLogger, isInteractive } from "./log.js";
import { loadProfile } from "./profile-file.js";
import { ProgressDisplay } from "./progress.js";
import type { CommandLine } from "./raw-argv.js";
import { stdoutHandledByRun } from "./stdout-guard.js";
import { closest, EXIT_CODES_HELP, UsageError } from "./usage.js";

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

function parseShardOption(text: string) {
  try {
    return parseShard(text);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

const EXAMPLES = `
Examples:
  article-clean scrapes/ > articles.jsonl          clean a folder, NDJSON on stdout
  article-clean 'scrapes/2019/**/*.txt' -o clean/   one JSON file per input, mirroring the tree
  find scrapes -name '*.txt' -print0 | article-clean --files-from - --null
  cat story.txt | article-clean -                   one article from stdin
  article-clean scrapes/ | jq -c 'select(.source=="Reuters") | {date, headline}'
  article-clean scrapes/ --shard 2/8 > part-2.jsonl    this machine's eighth of the corpus
  article-clean scrapes/ --dedupe=drop > unique.jsonl  one record per article: copies left out
  article-clean scrapes/ -o clean/ --dedupe            nightly: copies of earlier nights' articles found too
${EXIT_CODES_HELP}`;

interface CleanFlags {
  outDir?: string;
  output?: string;
  format: "ndjson" | "json";
  ext: string;
  filesFrom?: string;
  null?: boolean;
  inputFormat: "text" | "ndjson";
  jobs?: number;
  unordered?: boolean;
  shard?: ReturnType<typeof parseShard>;
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

export function registerCleanCommand(program: Command, line: CommandLine): void {
  program
    .command("clean", { isDefault: true })
    .description("clean article files (the default command)")
    .argument("[inputs...]", "files, directories (walked for *.txt), globs, or - for stdin")
    .option(
      "-o, --out-dir <dir>",
      "write one <relative path>.json per input here instead of stdout",
    )
    .option("--output <file>", "write the NDJSON (or JSON) to this file, atomically")
    .option(
      "--force",
      "with --out-dir: re-clean every input, even those unchanged since the last run",
    )
    .option("--prune", "with --out-dir: remove the outputs of inputs that are gone")
    .addOption(
      new Option("--format <format>", "stdout/--output format")
        .choices(["ndjson", "json"])
        .default("ndjson"),
    )
    .option("--ext <list>", "file extensions to pick up in directories, comma-separated", "txt")
    .option("--files-from <file>", "read input paths from a file, one per line (- for stdin)")
    .option("-0, --null", "--files-from paths are NUL-separated (find -print0)")
    .addOption(
      new Option(
        "--input-format <format>",
        'stdin holds one article (text) or {"path","text"} lines (ndjson)',
      )
        .choices(["text", "ndjson"])
        .default("text"),
    )
    .option(
      "-j, --jobs <n>",
      "threads that clean: this one and N-1 workers (default: number of cores; 1 runs in-process)",
      parseJobs,
    )
    .option("--unordered", "emit records as they are ready instead of in path order")
    .option(
      "--shard <k/n>",
      "process only shard K of N (1-based), split by a hash of each relative path",
      parseShardOption,
    )
    .option("--max-bytes <size>", "skip inputs larger than this", parseSize, DEFAULT_MAX_BYTES)
    .option("--source <name>", "set the source of every record")
    .option("--source-map <file>", 'JSON {"dir/or/glob": "Source"}: source by path')
    .addOption(
      new Option(
        "--date-order <order>",
        "how to read numeric dates like 05/06/2019 (default: by language)",
      ).choices(["DMY", "MDY", "YMD"]),
    )
    .option("--strip-dateline", "remove the dateline (TOKYO (Sputnik) -) from the body")
    .option("--explain", "add removed: [{text, kind, rule, reason}] to each record")
    .option(
      "--dedupe [mode]",
      "find near-duplicate articles: add duplicate_of and similarity to each record (--dedupe=drop: write only the first of each group)",
    )
    .option(
      "--dedupe-threshold <t>",
      "with --dedupe: estimated Jaccard similarity of the bodies' word shingles that makes two records one article (default 0.6)",
      parseThreshold,
    )
    .option(
      "--profile <file>",
      "corpus profile from `article-clean learn` (repeated lines, known headlines)",
    )
    .option(
      "--no-corpus",
      "skip the corpus pass (lines repeated across files, known headlines) before cleaning",
    )
    .option(
      "--corpus-sample <n>",
      "how many inputs the corpus pass reads before cleaning",
      parseCount,
      10_000,
    )
    .option(
      "--config <file>",
      "JSON config: extra phrases/patterns, source map, publishers, dateOrder, stripDateline (default: ./article-clean.config.json if present)",
    )
    .option("--fail-on-empty", "exit 1 when no record was produced (cron alerting)")
    .option(
      "--allow-empty",
      "finding no input files at all is success (exit 0), not exit 66 (EX_NOINPUT)",
    )
    .option("-q, --quiet", "print only errors")
    .addHelpText(
      "after",
      `
What you see on stderr:
  on a terminal, a progress bar for runs over a second, then a summary of what
  was written, what failed and why, and the lines cut by kind; in a pipe or
  cron, one summary line; with --quiet, errors only.`,
    )
    .addHelpText("after", EXAMPLES)
    .action(async (inputs: string[], flags: CleanFlags, command: Command) => {
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
          sourceMap: [
            ...(flags.sourceMap ? loadSourceMapFile(flags.sourceMap) : []),
            ...config.sourceMap,
          ],
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
    });
}

function loadSourceMapFile(file: string) {
  return loadSourceMap(file);
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
