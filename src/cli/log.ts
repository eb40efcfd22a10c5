import { Chalk, type ChalkInstance } from "chalk";
import type { Logger as RunLogger } from "../run/logger.js";

export type ColorMode = "auto" | "always" | "never";

/**
 * The colour level for stderr. `--color` wins; otherwise NO_COLOR turns
 * colour off, FORCE_COLOR turns it on, and a terminal decides. chalk 5 does
 * not read NO_COLOR itself, hence this function.
 */
export function colorLevel(
  mode: ColorMode,
  stream: { isTTY?: boolean },
  env: NodeJS.ProcessEnv = process.env,
): 0 | 1 | 2 | 3 {
  if (mode === "never") return 0;
  if (mode === "always") return forcedLevel(env.FORCE_COLOR) || 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  if (env.FORCE_COLOR !== undefined) return forcedLevel(env.FORCE_COLOR);
  if (!stream.isTTY || env.TERM === "dumb") return 0;
  return 1;
}

/**
 * Whether to talk to a person: a progress bar and a multi-line summary on
 * stderr. Only on a terminal that can move its cursor, and not with --quiet;
 * pipes, files and cron get one summary line. Independent of colour:
 * NO_COLOR removes colour, not the bar.
 */
export function isInteractive(
  stream: { isTTY?: boolean },
  quiet: boolean,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  return stream.isTTY === true && !quiet && env.TERM !== "dumb";
}

function forcedLevel(value: string | undefined): 0 | 1 | 2 | 3 {
  if (value === undefined || value === "" || value === "true") return 1;
  if (value === "false" || value === "0") return 0;
  const level = Number(value);
  return level >= 3 ? 3 : level === 2 ? 2 : 1;
}

/** Everything the tool says goes to stderr through here: stdout carries only records. */
export interface Logger extends RunLogger {
  readonly chalk: ChalkInstance;
  readonly quiet: boolean;
}

export function createLogger(options: {
  quiet: boolean;
  color: ColorMode;
  stream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Called before each line: lets a progress bar clear itself first. */
  beforeWrite?: () => void;
}): Logger {
  const stream = options.stream ?? process.stderr;
  const chalk = new Chalk({ level: colorLevel(options.color, stream) });
  const out = (line: string) => {
    options.beforeWrite?.();
    stream.write(`${line}\n`);
  };
  const oneLine = (text: string) => text.replace(/[\r\n]+/g, " ");
  return {
    chalk,
    quiet: options.quiet,
    error: (path, reason) =>
      out(`${chalk.bold("article-clean:")} ${oneLine(path)}: ${chalk.red(oneLine(reason))}`),
    warn: (path, reason) => {
      if (!options.quiet)
        out(
          `${chalk.bold("article-clean:")} ${oneLine(path)}: ${chalk.yellow("warning:")} ${oneLine(reason)}`,
        );
    },
    info: (message) => {
      if (!options.quiet) out(message);
    },
  };
}
