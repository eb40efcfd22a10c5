import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { decodeBytes } from "../io/decode.js";
import { describeFsError } from "../io/discover.js";
import { renderExplain } from "./explain-view.js";
import { createLogger } from "./log.js";
import { UsageError } from "./usage.js";

export function registerExplainCommand(program: Command): void {
  program
    .command("explain")
    .description(
      "show every line of one input, what was removed and why, and where each field came from",
    )
    .argument("<file>", "the article file (- for stdin)")
    .option("--strip-dateline", "as in the clean command")
    .addHelpText(
      "after",
      `
Examples:
  article-clean explain scrapes/2019/05/31/story.txt
  article-clean explain story.txt --color always | less -R`,
    )
    .action(async (file: string, flags: { stripDateline?: boolean }, command: Command) => {
      const globals = command.optsWithGlobals() as { color: "auto" | "always" | "never" };
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
        stripDateline: flags.stripDateline ?? false,
      });
      const { chalk } = createLogger({
        quiet: false,
        color: globals.color,
        stream: process.stdout,
      });
      process.stdout.write(renderExplain(result, chalk));
    });
}
