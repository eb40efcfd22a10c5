import { readFileSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import { EXIT } from "../run/exit-codes.js";
import { registerCleanCommand } from "./clean-command.js";
import { registerDedupeCommand } from "./dedupe-command.js";
import { bareDedupeFlag } from "./dedupe-options.js";
import { registerExplainCommand } from "./explain-command.js";
import { registerLearnCommand } from "./learn-command.js";
import { CommandLine } from "./raw-argv.js";
import { registerSchemaCommand } from "./schema-command.js";
import { stdoutClosed, stdoutProblem, watchStdout } from "./stdout-guard.js";
import { CliError, EXIT_CODES_HELP } from "./usage.js";

export const VERSION: string = JSON.parse(
  readFileSync(new URL("../../package.json", import.meta.url), "utf8"),
).version;

/** The CLI's commands; `line` gives back the bytes of arguments that are not UTF-8. */
export function buildProgram(line: CommandLine = CommandLine.of([])): Command {
  const program = new Command("article-clean")
    .description(
      "Turn scraped news text files into clean JSON records: date, source, headline, body.",
    )
    .version(VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .showSuggestionAfterError(true)
    .configureHelp({ sortSubcommands: true, showGlobalOptions: true })
    .addOption(
      new Option(
        "--color <when>",
        "colour on stderr, and in explain's view (auto: on a terminal, unless NO_COLOR is set)",
      )
        .choices(["auto", "always", "never"])
        .default("auto"),
    )
    .addHelpText(
      "after",
      `
With no command, article-clean cleans: \`article-clean FILE|DIR...\` is
\`article-clean clean FILE|DIR...\`. Records go to stdout, everything else to stderr.

Examples:
  article-clean scrapes/ > articles.jsonl         clean a folder into NDJSON
  article-clean explain scrapes/story.txt         see every cut and why
  article-clean scrapes/ | jq -c '{date, source, headline}'
  article-clean schema > record.schema.json       for validating records downstream
  article-clean scrapes/ --dedupe=drop            one record per article, copies left out
  article-clean help clean                        every option of the clean command

Configuration:
  ./article-clean.config.json is read when present (or --config FILE): extra
  phrases and patterns, source map, publishers, dateOrder, stripDateline.
  \`article-clean schema --config\` prints its JSON Schema.

Environment:
  NO_COLOR      set to anything: no colour (the progress bar stays on a terminal)
  FORCE_COLOR   colour even in a pipe (1, 2 or 3 for the number of colours)
${EXIT_CODES_HELP}`,
    )
    // Set before the commands are added: commander copies it into each of them.
    .configureOutput({
      outputError: (text, write) =>
        write(text.startsWith("error:") ? `article-clean: ${text}` : text),
    })
    .exitOverride();
  registerCleanCommand(program, line);
  registerSchemaCommand(program);
  registerExplainCommand(program, line);
  registerLearnCommand(program, line);
  registerDedupeCommand(program, line);
  return program;
}

/** Entry point of the CLI: parses argv, runs the command, returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  watchStdout();
  const code = await runCommand(CommandLine.of(argv));
  const problem = await stdoutProblem();
  if (problem === undefined) return stdoutClosed() && code !== EXIT.ioError ? EXIT.ok : code;
  process.stderr.write(`article-clean: ${problem}\n`);
  return EXIT.ioError;
}

async function runCommand(line: CommandLine): Promise<number> {
  const program = buildProgram(line);
  try {
    await program.parseAsync(bareDedupeFlag(line.argv));
    return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version "fail" with exit code 0; everything else is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliError) {
      // An empty message: the reason was already printed (a missing input's line).
      if (error.message !== "") process.stderr.write(`article-clean: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`article-clean: internal error: ${(error as Error)?.stack ?? error}\n`);
    return EXIT.failures;
  }
}
