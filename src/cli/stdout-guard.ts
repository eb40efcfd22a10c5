import { describeWriteError } from "../run/write-error.js";

let failure: NodeJS.ErrnoException | undefined;
let handledByRun = false;

/**
 * Watch stdout for write errors, for the commands that print text (help,
 * `schema`, `explain`): without a listener, `--help | head -1` died with an
 * EPIPE stack trace and `schema > /dev/full` with an ENOSPC one.
 */
export function watchStdout(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    failure ??= error;
  });
}

/** The clean command reports its own write errors (exit 74, with its summary). */
export function stdoutHandledByRun(): void {
  handledByRun = true;
}

/**
 * After the command: undefined when stdout took everything or its reader
 * left (EPIPE: it had what it wanted, so the exit is quiet); otherwise the
 * one line to print before exiting 74.
 */
export async function stdoutProblem(
  stream: NodeJS.WriteStream = process.stdout,
): Promise<string | undefined> {
  // Errors of the last writes arrive on a later tick.
  await new Promise<void>((resolve) => stream.write("", () => resolve()));
  await new Promise((resolve) => setImmediate(resolve));
  if (!failure || handledByRun || failure.code === "EPIPE") return undefined;
  return `stdout: cannot write: ${describeWriteError(failure)}`;
}

/** Did stdout's reader go away? Then nothing more needs saying. */
export function stdoutClosed(): boolean {
  return failure?.code === "EPIPE";
}
