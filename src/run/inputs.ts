import { createReadStream } from "node:fs";
import type { Readable } from "node:stream";
import {
  type Discovered,
  type DiscoverOptions,
  discoverInputs,
  safeRelativePath,
} from "../io/discover.js";
import { emptyListing, type Listing } from "./listing.js";
import { inShard, type Shard } from "./shard.js";

export interface InputSpec {
  /** Files, directories, globs; `-` for one article on stdin. */
  readonly args: readonly string[];
  /** `--files-from FILE|-`: a list of paths. */
  readonly filesFrom?: string;
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
    const stream = spec.filesFrom === "-" ? spec.stdin : createReadStream(spec.filesFrom);
    yield* discoverInputs(splitStream(stream, spec.nullSeparated ? "\0" : "\n"), {
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

/** Split a byte stream into records (lines, or NUL-terminated names), skipping empty ones. */
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
    yield { kind: "input", item: { path, relPath: safeRelativePath(path), text: record.text } };
  }
}
