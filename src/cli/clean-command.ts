import { type Command, InvalidArgumentError, Option } from "commander";
import { parseShard } from "../run/shard.js";
import { parseCount, parseJobs, parseSize } from "./bounds.js";
import type { CleanFlags } from "./clean-action.js";
import { parseThreshold } from "./dedupe-options.js";
import type { CommandLine } from "./raw-argv.js";
import { EXIT_CODES_HELP } from "./usage.js";

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
    // The work is loaded only when the command runs: `--help`, `--version`
    // and a usage error need none of it (the cleaner is most of the start-up).
    .action(async (inputs: string[], flags: CleanFlags, command: Command) => {
      const { runCleanCommand } = await import("./clean-action.js");
      await runCleanCommand(inputs, flags, command, line);
    });
}
