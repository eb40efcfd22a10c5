import { type Dirent, statSync } from "node:fs";
import { opendir, stat } from "node:fs/promises";
import path from "node:path";
import fg from "fast-glob";
import picomatch from "picomatch";
import { fsPathOf, spell, spellBytes, spelledAsText, spellText } from "./file-name.js";

/** One input to clean: a file on disk, or text that arrived on stdin. */
export interface InputItem {
  /**
   * The path as the user sees it (relative paths stay relative), in the
   * run's reversible spelling of names (`latin%E9.txt`, see `file-name.ts`):
   * the record's `path` and every message use it, `fsPathOf` opens it.
   * `-` for stdin; for NDJSON input, the record's own `path`.
   */
  readonly path: string;
  /** Path relative to the root it was found under, spelled; mirrors into `--out-dir`. */
  readonly relPath: string;
  /** The text itself when it did not come from a file (stdin, NDJSON input). */
  readonly text?: string;
  /**
   * For files found under a directory argument: the path relative to that
   * directory, however it was spelled (`dev`, `./dev/`, `/abs/dev`). The
   * corpus profile's folder scopes are keyed by it, so a profile learned
   * from `archive/` applies to `nightly/`'s folders of the same names.
   */
  readonly scopeRel?: string;
  /**
   * Incremental runs: the hash the manifest holds for this input's output.
   * When the bytes still hash to it, the worker keeps the output instead of
   * cleaning again (the file was touched or copied, not changed).
   */
  readonly knownId?: string;
}

/** A problem found while discovering inputs: reported, never fatal. */
export interface DiscoveryProblem {
  /** Spelled as `InputItem.path` is. */
  readonly path: string;
  readonly reason: string;
  /** Warnings (a symlink loop skipped) do not fail the run; errors (a missing input) do. */
  readonly severity: "error" | "warning";
}

export type Discovered =
  | { kind: "input"; item: InputItem }
  | { kind: "problem"; problem: DiscoveryProblem };

export interface DiscoverOptions {
  /** File extensions to pick up inside directories, without the dot. @default ["txt"] */
  readonly extensions: readonly string[];
  /** Directories never to descend into (absolute), e.g. the output dir inside the input dir. */
  readonly exclude: readonly string[];
  /**
   * Take each directory's entries in file-system order instead of sorting
   * them (no sort of a huge flat directory before its first file).
   */
  readonly unordered: boolean;
  /**
   * Name files relative to the directory argument they were found under
   * (one input tree: `in/a/x.txt` -> `a/x.txt`), or by their whole path
   * (several trees, whose relative paths could collide). @default true
   */
  readonly rootRelative?: boolean;
}

/**
 * An input named on the command line or in a `--files-from` list: a string,
 * or the raw bytes of a name that is not valid UTF-8 (read from
 * `/proc/self/cmdline` or the list), which no string could hold.
 */
export type InputArg = string | Uint8Array;

/**
 * Expand the command-line inputs (files, directories, globs) into a stream
 * of files, in path order. Directories are walked depth-first with each
 * directory's entries sorted, so the first record comes out as soon as the
 * first file is found, whatever the size of the tree, and the order is the
 * same on every run and machine.
 */
export async function* discoverInputs(
  args: Iterable<InputArg> | AsyncIterable<InputArg>,
  discoverOptions: DiscoverOptions,
): AsyncGenerator<Discovered> {
  const options: WalkOptions = {
    ...discoverOptions,
    excludedDirs: directoryIds(discoverOptions.exclude),
  };
  for await (const arg of args) {
    // A name that exists is a file or folder even when it looks like a
    // pattern ("story[1].txt"); anything else fast-glob calls dynamic is one.
    if (typeof arg === "string" && fg.isDynamicPattern(arg) && !(await exists(arg))) {
      yield* expandGlob(arg, options);
      continue;
    }
    const spelled = spell(arg);
    const file = typeof arg === "string" ? arg : Buffer.from(arg);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(file);
    } catch (error) {
      yield {
        kind: "problem",
        problem: { path: spelled, reason: describeFsError(error), severity: "error" },
      };
      continue;
    }
    if (info.isDirectory()) {
      yield* walk(spelled, "", extensionFilter(options.extensions), options);
    } else {
      yield { kind: "input", item: { path: spelled, relPath: safeRelativePath(spelled) } };
    }
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

function extensionFilter(extensions: readonly string[]): (name: string) => boolean {
  const suffixes = extensions.map((ext) => `.${ext.replace(/^\./, "").toLowerCase()}`);
  return (name) => suffixes.some((suffix) => name.toLowerCase().endsWith(suffix));
}

/** The walk's options, with the excluded directories known by identity. */
interface WalkOptions extends DiscoverOptions {
  /**
   * `dev:ino` of each excluded directory: the output dir is skipped however
   * the walk reaches it, through its path or through a symbolic link.
   */
  readonly excludedDirs: ReadonlySet<string>;
}

function directoryIds(dirs: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const dir of dirs) {
    const info = statSync(dir, { throwIfNoEntry: false });
    if (info) ids.add(`${info.dev}:${info.ino}`);
  }
  return ids;
}

enum EntryType {
  File = 0,
  Dir = 1,
  Broken = 2,
  Other = 3,
}

/**
 * Depth-first walk, each directory's entries sorted (unless `unordered`).
 * Symbolic links to directories are followed; a directory already on the
 * current path (a loop) is reported once and skipped.
 */
async function* walk(
  /** Spelled, as every path of the walk is; the file system gets `fsPathOf` of them. */
  root: string,
  /** `dir` relative to `root` ("" for the root): joined as strings, not resolved per file. */
  rel: string,
  accept: (name: string, relPath: string) => boolean,
  options: WalkOptions,
  seen: Set<string> = new Set(),
): AsyncGenerator<Discovered> {
  const dir = rel === "" ? root : path.join(root, rel);
  let realDir: string;
  // Names and types in two flat arrays: a flat directory of a million
  // scrapes must not cost a million objects.
  const keys: string[] = [];
  const types = new Map<string, EntryType>();
  try {
    const dirFile = fsPathOf(dir);
    const info = await stat(dirFile);
    realDir = `${info.dev}:${info.ino}`;
    if (seen.has(realDir)) {
      yield {
        kind: "problem",
        problem: { path: dir, reason: "directory symlink loop, skipped", severity: "warning" },
      };
      return;
    }
    if (options.excludedDirs.has(realDir) || options.exclude.includes(path.resolve(dir))) return;
    // Directories sort as "name/", so the depth-first walk comes out in full-path order.
    await listDirectory(dir, dirFile, keys, types);
  } catch (error) {
    yield {
      kind: "problem",
      problem: { path: dir, reason: describeFsError(error), severity: "error" },
    };
    return;
  }
  seen.add(realDir);
  // --unordered keeps the file system's order; either way the walk reads one
  // directory at a time, only as fast as inputs are taken, so memory is
  // bounded by the largest directory, not the tree.
  if (!options.unordered) keys.sort(byBytes);
  for (const key of keys) {
    const type = types.get(key) ?? EntryType.File;
    const name = type === EntryType.Dir ? key.slice(0, -1) : key;
    const childRel = rel === "" ? name : `${rel}${path.sep}${name}`;
    if (type === EntryType.Dir) {
      yield* walk(root, childRel, accept, options, seen);
      continue;
    }
    if (!accept(name, childRel)) continue;
    const full = path.join(dir, name);
    const relPath = safeRelativePath(options.rootRelative === false ? full : childRel);
    if (type === EntryType.File)
      yield { kind: "input", item: { path: full, relPath, scopeRel: childRel } };
    else
      yield {
        kind: "problem",
        problem: { path: full, reason: "broken symbolic link", severity: "error" },
      };
  }
  seen.delete(realDir);
}

/**
 * Add a directory's entries to `keys` (spelled, see `file-name.ts`; folders
 * as "name/") and the types of those that are not files to `types`. Names
 * are read as UTF-8 first: only a U+FFFD among them can be a byte that is
 * not UTF-8, and only then is the directory listed again by bytes, so a
 * directory of ordinary names costs no Buffer per entry.
 */
async function listDirectory(
  dir: string,
  dirFile: string | Buffer,
  keys: string[],
  types: Map<string, EntryType>,
): Promise<void> {
  if (await listNames(dir, dirFile, "utf8", keys, types)) return;
  keys.length = 0;
  types.clear();
  await listNames(dir, dirFile, "buffer", keys, types);
}

/** One listing of `listDirectory`; false as soon as a UTF-8 name came out lossy. */
async function listNames(
  dir: string,
  dirFile: string | Buffer,
  encoding: "utf8" | "buffer",
  keys: string[],
  types: Map<string, EntryType>,
): Promise<boolean> {
  // 256 entries per read instead of 32: each read is a round trip to the
  // thread pool, and they were most of a re-run's walk (100,000 files:
  // 600-740 ms -> 140-230 ms).
  // Node takes "buffer" here and gives Buffer names; @types/node knows neither.
  const options = { bufferSize: 256, encoding: encoding as BufferEncoding };
  for await (const entry of await opendir(dirFile, options)) {
    const raw = entry.name as string | Buffer;
    if (typeof raw === "string" && raw.includes("\uFFFD")) return false;
    const name = typeof raw === "string" ? spellText(raw) : spellBytes(raw);
    const type = entry.isSymbolicLink()
      ? await symlinkType(fsPathOf(path.join(dir, name)))
      : direntType(entry);
    if (type === EntryType.Other) continue;
    const key = type === EntryType.Dir ? `${name}/` : name;
    keys.push(key);
    if (type !== EntryType.File) types.set(key, type);
  }
  return true;
}

/**
 * UTF-8 byte order (which is code point order), not JavaScript's UTF-16
 * order: the two differ for emoji and full-width names, and byte order is
 * what `LC_ALL=C sort -m` merges shards by.
 */
export function byBytes(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Surrogates (code points above U+FFFF) rank after U+E000-U+FFFF, as their UTF-8 bytes do. */
function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}

function direntType(entry: Dirent): EntryType {
  return entry.isDirectory() ? EntryType.Dir : entry.isFile() ? EntryType.File : EntryType.Other;
}

/** Follow symbolic links (scrape folders often link in other folders); loops are caught by `seen`. */
async function symlinkType(full: string | Buffer): Promise<EntryType> {
  try {
    const target = await stat(full);
    return target.isDirectory()
      ? EntryType.Dir
      : target.isFile()
        ? EntryType.File
        : EntryType.Other;
  } catch {
    return EntryType.Broken;
  }
}

/**
 * A glob: walk from its static base (`data/2019` in `data/2019/**\/*.txt`)
 * and keep the paths that match. Ordered like a directory walk.
 *
 * fast-glob reads the pattern (what is static, where the walk starts) and
 * picomatch, its matching engine, matches, so a pattern means here what it
 * means to fast-glob. The walk is ours, not fast-glob's stream: that stream
 * cannot come out sorted without holding every match first, it follows a
 * directory symlink loop until ELOOP (two files came out as 82 records),
 * and one unreadable folder ends it, where a run must report the folder
 * and go on.
 */
async function* expandGlob(pattern: string, options: WalkOptions): AsyncGenerator<Discovered> {
  const [task] = fg.generateTasks([pattern]);
  const root = spellText(task?.base ?? ".");
  const isMatch = picomatch(pattern.replace(/^\.\//, ""), { dot: false });
  const accept = (_name: string, relPath: string) => {
    // A glob is text: matched against the names as text, not their spelling.
    const full = spelledAsText(path.join(root, relPath)).split(path.sep).join("/");
    return isMatch(full.replace(/^\.\//, ""));
  };
  let count = 0;
  let problems = 0;
  for await (const found of walk(root, "", accept, options)) {
    if (found.kind === "input") count++;
    else problems++;
    if (found.kind === "problem" && found.problem.path === root) {
      // The pattern's base folder itself: name the pattern the user typed.
      const { reason, severity } = found.problem;
      yield {
        kind: "problem",
        problem: {
          path: pattern,
          reason: `no files match this pattern (${root}: ${reason})`,
          severity,
        },
      };
    } else yield found;
  }
  // One line per cause: a missing base folder was reported just above.
  if (count === 0 && problems === 0) {
    yield {
      kind: "problem",
      problem: { path: pattern, reason: "no files match this pattern", severity: "error" },
    };
  }
}

/** A one-line reason for a file-system error: "no such file or directory", "permission denied". */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "too many levels of symbolic links";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "not a directory";
    case "EMFILE":
    case "ENFILE":
      return "too many open files";
    case "EROFS":
      return "read-only file system";
    case "ENOSPC":
      return "no space left on device";
    case "EIO":
      return "input/output error";
    case "ENAMETOOLONG":
      return "file name too long";
    default:
      return (error as Error)?.message?.split("\n")[0] ?? String(error);
  }
}

/** Anything `safeRelativePath` would change: control characters, empty, `.` or `..` segments. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE_PATH = /[\u0000-\u001f\u007f]|(?:^|\/)\.{0,2}(?:\/|$)/;
/** Windows separates folders with `\` too; on Linux it is a character of a name (`a\b.txt`). */
const WINDOWS = path.sep === "\\";

/**
 * A relative path that stays inside any directory it is joined to: `..`
 * segments and the root are dropped (`../../etc/passwd` -> `etc/passwd`).
 * Paths are spelled (`file-name.ts`), so they hold no control characters;
 * any that come in anyway become `_`.
 */
export function safeRelativePath(p: string): string {
  const slashed = WINDOWS ? p.replace(/\\/g, "/") : p;
  // Most paths are already safe: check once instead of splitting and joining.
  if (slashed !== "" && !UNSAFE_PATH.test(slashed)) return slashed;
  const parts = slashed
    .split("/")
    .filter((part) => part !== "" && part !== "." && part !== "..")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing control characters is the point
    .map((part) => part.replace(/[\u0000-\u001f\u007f]/g, "_"));
  return parts.length === 0 ? "input" : parts.join("/");
}
