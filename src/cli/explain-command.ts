import { readFileSync } from "node:fs";
import { type Command, Option } from "commander";
import { decodeBytes } from "../io/decode.js";
import { describeFsError } from "../io/discover.js";
import { loadConfig } from "./config.js";
import { renderExplain } from "./explain-view.js";
import { createLogger } from "./log.js";
import { loadProfile } from "./profile-file.js";
import { UsageError } from "./usage.js";

interface ExplainFlags {
  stripDateline?: boolean;
  dateOrder?: "DMY" | "MDY" | "YMD";
  source?: string;
  profile?: string;
  config?: string;
}

export function registerExplainCommand(program: Command): void {
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
      "a corpus profile from `article-clean learn`, as in the clean command",
    )
    .option(
      "--config <file>",
      "JSON config with your phrases and patterns (default: ./article-clean.config.json)",
    )
    .addHelpText(
      "after",
      `
Each line is shown under its block (paragraph) as "kept", or as "cut KIND"
followed by the rule that cut it and why. On a colour terminal cut lines are
also dimmed and struck through. The fields extracted for the record close the
view, each with where it came from.

Examples:
  article-clean explain scrapes/2019/05/31/story.txt
  article-clean explain story.txt --config my-site.json     check your own phrases
  article-clean explain story.txt --color always | less -R
  article-clean explain story.txt | grep '^cut'             just the cuts`,
    )
    .action(async (file: string, flags: ExplainFlags, command: Command) => {
      const globals = command.optsWithGlobals() as { color: "auto" | "always" | "never" };
      const config = loadConfig(flags.config);
      let bytes: Buffer;
      try {
        bytes = readFileSync(file === "-" ? 0 : file);
      } catch (error) {
        throw new UsageError(`${file}: ${describeFsError(error)}`);
      }
      const decoded = decodeBytes(bytes);
      if (!decoded.ok) throw new UsageError(`${file}: ${decoded.reason}`);
      // Loaded here, not at the top: every other command would pay for the cleaner.
      const { analyseArticle } = await import("../clean.js");
      const result = analyseArticle(decoded.text, {
        path: file,
        stripDateline: flags.stripDateline ?? config.stripDateline ?? false,
        dateOrder: flags.dateOrder ?? config.dateOrder,
        source: flags.source,
        sourceMap: config.sourceMap,
        catalog: config.catalog,
        publishers: config.publishers,
        profile: flags.profile ? loadProfile(flags.profile) : undefined,
      });
      const { chalk } = createLogger({
        quiet: false,
        color: globals.color,
        stream: process.stdout,
      });
      const width = process.stdout.isTTY ? process.stdout.columns : undefined;
      process.stdout.write(renderExplain(result, chalk, { width }));
    });
}
