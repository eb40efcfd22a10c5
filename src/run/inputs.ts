import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import {
  type Discovered,
  type DiscoverOptions,
  discoverInputs,
  type InputArg,
  safeRelativePath,
} from "../io/discover.js";
import { spellText, strictUtf8 } from "../io/file-name.js";
import { emptyListing, type Listing } from "./listing.js";
import { inShard, type Shard } from "./shard.js";

export interface InputSpec {
  /** Files, directories, globs (the bytes of a name that is not UTF-8); `-` for one article on stdin. */
  readonly args: readonly InputArg[];
  /** `--files-from FILE|-`: a list of paths. */
  readonly filesFrom?: InputArg;
  /** The list is NUL-separated (`find -print0`). */
  readonly nullSeparated: boolean;
  /** `--input-format ndjson`: stdin holds `{"path", "text"}` records. */
  readonly inputFormat: "text" | "ndjson";
  readonly discover: DiscoverOptions;
  readonly shard?: Shard;
  readonly stdin: Readable;
}

/**
 * Every input of a run as one stream: the command-line arguments, the
 * `--files-from` list, or records on stdin, sharded if asked. `listing`
 * counts what streams past: every shard counts the whole corpus's files and
 * listing errors (an empty or half-listed corpus concerns them all), and its
 * own inputs.
 */
export async function* runInputs(
  spec: InputSpec,
  listing: Listing = emptyListing(),
): AsyncGenerator<Discovered> {
  const { shard } = spec;
  for await (const found of unsharded(spec)) {
    if (found.kind === "input") listing.found++;
    else if (found.problem.severity === "error") listing.errors++;
    // Problems (a missing file) are reported by the shard that owns the path,
    // so N machines together report each problem once.
    if (shard) {
      const key =
        found.kind === "input" ? found.item.relPath : safeRelativePath(found.problem.path);
      if (!inShard(key, shard)) continue;
    }
    if (found.kind === "input") listing.inputs++;
    yield found;
  }
}

async function* unsharded(spec: InputSpec): AsyncGenerator<Discovered> {
  if (spec.inputFormat === "ndjson") {
    yield* ndjsonRecords(spec.stdin);
    return;
  }
  if (spec.filesFrom !== undefined) {
    const stream =
      spec.filesFrom === "-"
        ? spec.stdin
        : createReadStream(
            typeof spec.filesFrom === "string" ? spec.filesFrom : Buffer.from(spec.filesFrom),
          );
    yield* discoverInputs(splitNames(stream, spec.nullSeparated ? 0 : 0x0a), {
      ...spec.discover,
      rootRelative: false,
    });
  }
  for (const arg of spec.args) {
    if (arg === "-") {
      yield {
        kind: "input",
        item: { path: "-", relPath: "stdin", text: await readAll(spec.stdin) },
      };
    } else {
      yield* discoverInputs([arg], { ...spec.discover, rootRelative: spec.args.length === 1 });
    }
  }
}

/**
 * Split a list of names into names (lines, or NUL-terminated for
 * `--null`), skipping empty ones. Split as bytes, not text: a name that is
 * not UTF-8 comes out as its bytes (`InputArg`), so it can still be opened.
 */
export async function* splitNames(stream: Readable, separator: 0 | 0x0a): AsyncGenerator<InputArg> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    const data = rest.length === 0 ? bytes : Buffer.concat([rest, bytes]);
    let start = 0;
    for (let at = data.indexOf(separator); at !== -1; at = data.indexOf(separator, start)) {
      const name = nameOf(data.subarray(start, at), separator);
      if (name !== undefined) yield name;
      start = at + 1;
    }
    rest = data.subarray(start);
  }
  const last = nameOf(rest, separator);
  if (last !== undefined) yield last;
}

/** One name of a list: text if it is UTF-8, else a copy of its bytes; undefined if empty. */
function nameOf(bytes: Buffer, separator: 0 | 0x0a): InputArg | undefined {
  // Lists written on Windows end their lines with \r\n.
  const name =
    separator === 0x0a && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes;
  if (name.length === 0) return undefined;
  return strictUtf8(name) ?? Buffer.from(name);
}

/** Split a text stream into records (lines of NDJSON), skipping empty ones. */
export async function* splitStream(stream: Readable, separator: string): AsyncGenerator<string> {
  let rest = "";
  stream.setEncoding("utf8");
  for await (const chunk of stream) {
    rest += chunk as string;
    let at = rest.indexOf(separator);
    while (at !== -1) {
      const item = separator === "\n" ? rest.slice(0, at).replace(/\r$/, "") : rest.slice(0, at);
      if (item !== "") yield item;
      rest = rest.slice(at + 1);
      at = rest.indexOf(separator);
    }
  }
  if (rest !== "" && rest !== "\r") yield separator === "\n" ? rest.replace(/\r$/, "") : rest;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * `--input-format ndjson`: one `{"path": ..., "text": ...}` per line, so the
 * tool runs as a stage in Hadoop streaming, Spark's RDD.pipe or Beam without
 * touching a file system. A bad line is a failed input, not a fatal error.
 */
async function* ndjsonRecords(stream: Readable): AsyncGenerator<Discovered> {
  let lineNumber = 0;
  for await (const line of splitStream(stream, "\n")) {
    lineNumber++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield {
        kind: "problem",
        problem: { path: `stdin:${lineNumber}`, reason: "not valid JSON", severity: "error" },
      };
      continue;
    }
    const record = value as { path?: unknown; text?: unknown };
    if (typeof record?.text !== "string") {
      yield {
        kind: "problem",
        problem: {
          path: `stdin:${lineNumber}`,
          reason: 'expected {"path": string, "text": string}',
          severity: "error",
        },
      };
      continue;
    }
    const path =
      typeof record.path === "string" && record.path !== "" ? record.path : `stdin:${lineNumber}`;
    // The record's path is the user's text, kept as it is; its output file is spelled as names are.
    yield {
      kind: "input",
      item: { path, relPath: safeRelativePath(spellText(path)), text: record.text },
    };
  }
}
