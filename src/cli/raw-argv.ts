import { readFileSync } from "node:fs";
import type { InputArg } from "../io/discover.js";
import { spellBytes, strictUtf8 } from "../io/file-name.js";
import { UsageError } from "./usage.js";

/**
 * The command line as the kernel holds it, bytes and all. Node decodes
 * `process.argv` as UTF-8 and puts U+FFFD for what is not, so the argument
 * `latin\xe9.txt` arrives as `latin\uFFFD.txt`, which names no file. On
 * Linux `/proc/self/cmdline` still has the bytes. Commander parses
 * strings, so an argument that is not UTF-8 goes to it spelled
 * (`latin%E9.txt`, see `io/file-name.ts`) and the commands ask `inputArg`
 * for the bytes back.
 *
 * Elsewhere (macOS, the BSDs: no `/proc/self/cmdline`), or when the file
 * does not match `process.argv`, the arguments are Node's: such names
 * reach the tool only through folders and `--files-from`.
 */
export class CommandLine {
  private constructor(
    /** What commander parses. */
    readonly argv: readonly string[],
    /** Spelling -> bytes, for the arguments that are not UTF-8. */
    private readonly raw: ReadonlyMap<string, Buffer>,
  ) {}

  /**
   * `argv` with its arguments' bytes, when `argv` is this process's own
   * (`cmdline` is the contents of `/proc/self/cmdline`; tests pass theirs).
   */
  static of(argv: readonly string[], cmdline: Buffer | undefined = ownCmdline(argv)): CommandLine {
    const bytes = cmdline && argumentBytes(cmdline, argv);
    if (!bytes) return new CommandLine(argv, new Map());
    const raw = new Map<string, Buffer>();
    const parsed = argv.map((arg, i) => {
      const original = bytes[i];
      if (original === undefined || strictUtf8(original) !== undefined) return arg;
      const spelled = spellBytes(original);
      raw.set(spelled, original);
      return spelled;
    });
    return new CommandLine(parsed, raw);
  }

  /** An input argument as commander gave it back: its bytes when it is not UTF-8. */
  inputArg(value: string): InputArg {
    return this.raw.get(value) ?? value;
  }

  /**
   * An option that names a file the tool writes or reads as a whole
   * (`-o`, `--output`, `--profile`...): those take UTF-8 names only, said
   * plainly rather than creating a folder literally named `%E9`.
   */
  textOnly(option: string, value: string | undefined): void {
    if (value !== undefined && this.raw.has(value))
      throw new UsageError(
        `${option} ${value}: names that are not UTF-8 are read as inputs only; rename it, or give this option a UTF-8 name`,
      );
  }
}

/** `/proc/self/cmdline`, when `argv` is `process.argv` and the system has it. */
function ownCmdline(argv: readonly string[]): Buffer | undefined {
  if (argv !== process.argv) return undefined;
  try {
    return readFileSync("/proc/self/cmdline");
  } catch {
    return undefined;
  }
}

/**
 * The bytes of each element of `argv`, from the NUL-separated `cmdline`.
 * The kernel's list also holds node's own options (`--max-old-space-size`),
 * so the last `argv.length - 2` entries are the script's arguments; argv's
 * first two (node, the script) are left undefined. Undefined altogether
 * when they do not decode to what Node gave (an argv rewritten since).
 */
function argumentBytes(
  cmdline: Buffer,
  argv: readonly string[],
): (Buffer | undefined)[] | undefined {
  const entries: Buffer[] = [];
  let start = 0;
  for (let at = cmdline.indexOf(0); at !== -1; at = cmdline.indexOf(0, start)) {
    entries.push(cmdline.subarray(start, at));
    start = at + 1;
  }
  const count = argv.length - 2;
  if (count < 0 || entries.length < count + 1) return undefined;
  const args = entries.slice(entries.length - count);
  if (args.some((bytes, i) => bytes.toString() !== argv[i + 2])) return undefined;
  return [undefined, undefined, ...args];
}
