import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import { describeFsError, type InputArg } from "../io/discover.js";
import { spell } from "../io/file-name.js";
import { NoInputError, UsageError } from "./usage.js";

/**
 * `--output FILE`, checked before anything is read: its folder must exist
 * and be writable, and FILE must be neither a folder (the run cleaned
 * everything, then died with EISDIR) nor one of the inputs (`--output
 * scrapes/x.txt` overwrote a scrape with NDJSON), nor where a later walk of
 * an input folder would read it back as an input.
 */
export function checkOutputFile(
  output: string,
  args: readonly InputArg[],
  extensions: readonly string[],
): void {
  const dir = path.dirname(output);
  const dirInfo = statSync(dir, { throwIfNoEntry: false });
  if (!dirInfo?.isDirectory())
    throw new UsageError(`--output ${output}: folder ${dir} does not exist (create it first)`);
  try {
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new UsageError(`--output ${output}: cannot write in ${dir}: ${describeFsError(error)}`);
  }
  const target = statSync(output, { throwIfNoEntry: false });
  if (target?.isDirectory())
    throw new UsageError(
      `--output ${output} is a folder; --output names one file (for one file per input, use -o/--out-dir ${output})`,
    );
  const resolved = path.resolve(output);
  for (const arg of args) {
    if (arg === "-" || (typeof arg === "string" && fg.isDynamicPattern(arg))) continue;
    const input = statSync(fsArg(arg), { throwIfNoEntry: false });
    if (!input) continue;
    if (target && input.isFile() && input.dev === target.dev && input.ino === target.ino)
      throw new UsageError(`--output ${output} is one of the inputs: it would be overwritten`);
    if (
      input.isDirectory() &&
      isInside(resolved, path.resolve(spell(arg))) &&
      hasExtension(output, extensions)
    )
      throw new UsageError(
        `--output ${output} is inside the input folder ${spell(arg)}: it would overwrite or become an input (write it elsewhere)`,
      );
  }
}

/** `--files-from FILE`: a missing list is no input at all (exit 66), said before any work. */
export function checkFilesFrom(file: InputArg): void {
  try {
    accessSync(fsArg(file), constants.R_OK);
  } catch (error) {
    throw new NoInputError(`--files-from ${spell(file)}: ${describeFsError(error)}`);
  }
  if (statSync(fsArg(file)).isDirectory())
    throw new UsageError(
      `--files-from ${spell(file)}: is a directory (it takes a file listing paths)`,
    );
}

/** An argument as the file system takes it: a string, or the bytes of its name. */
export function fsArg(arg: InputArg): string | Buffer {
  return typeof arg === "string" ? arg : Buffer.from(arg);
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

function hasExtension(file: string, extensions: readonly string[]): boolean {
  const name = file.toLowerCase();
  return extensions.some((ext) => name.endsWith(`.${ext.replace(/^\./, "").toLowerCase()}`));
}
