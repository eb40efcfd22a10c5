import { type Command, Option } from "commander";
import { DEFAULT_THRESHOLD } from "../dedupe/settings.js";
import { parseCount } from "./bounds.js";
import { parseThreshold } from "./dedupe-options.js";
import type { ExplainFlags } from "./explain-action.js";
import type { CommandLine } from "./raw-argv.js";

export function registerExplainCommand(program: Command, line: CommandLine): void {
  program
    .command("explain")
    .description(
      "show every block of one input, what was cut and why, and where each field came from",
    )
    .argument("<file>", "the article file (- for stdin)")
    .option("--strip-dateline", "as in the clean command")
    .addOption(
      new Option("--date-order <order>", "as in the clean command").choices(["DMY", "MDY", "YMD"]),
    )
    .option("--source <name>", "as in the clean command")
    .option(
      "--profile <file>",
      "a corpus profile from `article-clean learn` (or an out dir's .article-clean/profile.json), as in the clean command",
    )
    .option(
      "--corpus <dir>",
      "the folder a run cleaned FILE in: learn its profile first, as that run's corpus pass did (with --profile: only where FILE's folder scope is counted from)",
    )
    .option("--ext <list>", "with --corpus: extensions of that run", "txt")
    .option(
      "--corpus-sample <n>",
      "with --corpus: files the corpus pass reads, as in the clean command",
      parseCount,
      10_000,
    )
    .option(
      "--config <file>",
      "JSON config with your phrases and patterns (default: ./article-clean.config.json)",
    )
    .option(
      "--duplicates-in <out-dir>",
      "say which record of this output folder (written with -o DIR --dedupe) the article duplicates, and how similar",
    )
    .option(
      "--dedupe-threshold <t>",
      `with --duplicates-in: the threshold of that run (default ${DEFAULT_THRESHOLD})`,
      parseThreshold,
    )
    .addHelpText(
      "after",
      `
Each line is shown under its block (paragraph) as "kept", or as "cut KIND"
followed by the rule that cut it and why. On a colour terminal cut lines are
also dimmed and struck through. The fields extracted for the record close the
view, each with where it came from.

A folder run also counts lines repeated across the folder's files (the corpus
pass) and cuts site furniture with what it learned. To see exactly what such a
run did to one of its files, give explain the same corpus: --corpus DIR (the
folder the run was given), or --profile FILE (the profile it used).

Examples:
  article-clean explain scrapes/2019/05/31/story.txt
  article-clean explain scrapes/2019/05/31/story.txt --corpus scrapes/   as 'article-clean scrapes/' did
  article-clean explain story.txt --profile clean/.article-clean/profile.json
  article-clean explain story.txt --config my-site.json     check your own phrases
  article-clean explain story.txt --color always | less -R
  article-clean explain story.txt | grep '^cut'             just the cuts
  article-clean explain scrapes/story.txt --duplicates-in clean/   is it a copy, and of what`,
    )
    // Loaded when the command runs, as clean's is (see clean-command.ts).
    .action(async (fileArg: string, flags: ExplainFlags, command: Command) => {
      const { runExplainCommand } = await import("./explain-action.js");
      await runExplainCommand(fileArg, flags, command, line);
    });
}
