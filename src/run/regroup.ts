import { readFileSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { DuplicateFinder, type Judgement } from "../dedupe/finder.js";
import { SIGNATURE_VERSION } from "../dedupe/settings.js";
import { describeFsError } from "../io/discover.js";
import { stateDirOf } from "./corpus-policy.js";
import { EXIT } from "./exit-codes.js";
import type { Logger } from "./logger.js";
import { Manifest, OutDirLocked } from "./manifest.js";
import { BrokenPipe, OutputWriteError, type RecordSink } from "./sinks.js";

export interface RegroupOptions {
  /** Output folders of runs with `-o DIR --dedupe`, e.g. one per shard. */
  readonly folders: readonly string[];
  readonly threshold: number;
  /** Print only the first record of each group. */
  readonly drop: boolean;
}

/** What a regrouping found. */
export interface RegroupSummary {
  records: number;
  duplicates: number;
  groups: number;
  missing: number;
}

interface Row {
  readonly folder: number;
  readonly output: string;
  readonly input: string;
  readonly id: string;
  readonly signature: Uint8Array;
  readonly dropped: boolean;
}

/**
 * `article-clean dedupe OUT...`: group the records of several output
 * folders (the shards of one corpus, each run with `-o OUT --dedupe`) as
 * one run over all their inputs would have: judged in path order (the
 * order of their output files' names, which are the inputs' paths relative
 * to the input folder, the same on every shard), from the signatures kept
 * in each folder's state; nothing is cleaned again. Prints each record with
 * its `duplicate_of` and `similarity` of the whole, in that order. The
 * folders are read, not changed; each one's lock is held while it is read.
 */
export async function regroup(
  options: RegroupOptions,
  sink: RecordSink,
  logger: Logger,
): Promise<{ exitCode: number; summary: RegroupSummary }> {
  const summary: RegroupSummary = { records: 0, duplicates: 0, groups: 0, missing: 0 };
  const manifests: Manifest[] = [];
  try {
    for (const folder of options.folders) {
      try {
        manifests.push(Manifest.open(stateDirOf(folder), { create: false }));
      } catch (error) {
        if (error instanceof OutDirLocked) {
          logger.error(folder, error.message);
          return { exitCode: EXIT.locked, summary };
        }
        logger.error(
          folder,
          `no output folder state here (${describeFsError(error)}): run article-clean INPUTS -o ${folder} --dedupe first`,
        );
        return { exitCode: EXIT.usage, summary };
      }
    }
    const finder = new DuplicateFinder(options.threshold);
    const paths: string[] = [];
    const grouped = new Set<number>();
    try {
      for (const row of merged(manifests)) {
        const judgement = finder.judge(row.signature, row.id);
        if (judgement.original === undefined && finder.originals > paths.length)
          paths.push(row.input);
        if (judgement.original !== undefined) {
          summary.duplicates++;
          grouped.add(judgement.original);
          if (options.drop) continue;
        }
        summary.records++;
        const record = readRecord(options.folders[row.folder] as string, row, logger);
        if (record === undefined) {
          summary.missing++;
          continue;
        }
        await sink.write(JSON.stringify(withJudgement(record, judgement, paths)));
      }
      await sink.finish();
    } catch (error) {
      sink.abort();
      if (error instanceof BrokenPipe) return { exitCode: EXIT.ok, summary };
      if (error instanceof OutputWriteError) {
        logger.error(error.target, `cannot write records: ${error.reason}; stopped`);
        return { exitCode: EXIT.ioError, summary };
      }
      throw error;
    }
    summary.groups = grouped.size;
    return { exitCode: summary.missing > 0 ? EXIT.failures : EXIT.ok, summary };
  } finally {
    for (const manifest of manifests) manifest.close();
  }
}

/**
 * Every folder's rows in one path order: each folder's come sorted by
 * output name from SQLite (its BINARY order is UTF-8 byte order, as the
 * run's walk is), merged here; on equal names the folder given first wins.
 */
function* merged(manifests: readonly Manifest[]): Generator<Row> {
  const iterators = manifests.map((manifest, folder) => rowsOf(manifest, folder));
  const heads = iterators.map((iterator) => iterator.next());
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      const head = heads[i] as IteratorResult<Row>;
      if (head.done) continue;
      const current = heads[best]?.value as Row | undefined;
      if (
        best < 0 ||
        Buffer.compare(Buffer.from(head.value.output), Buffer.from((current as Row).output)) < 0
      )
        best = i;
    }
    if (best < 0) return;
    yield (heads[best] as IteratorYieldResult<Row>).value;
    heads[best] = (iterators[best] as Generator<Row>).next();
  }
}

function* rowsOf(manifest: Manifest, folder: number): Generator<Row> {
  const scheme = manifest.tokenId(SIGNATURE_VERSION);
  if (scheme === undefined) return;
  const statement: Database.Statement = manifest.prepare(
    `SELECT output, input, lower(hex(id)), signature, dropped FROM signatures
     WHERE scheme = ? ORDER BY output`,
  );
  for (const [output, input, id, signature, dropped] of statement
    .raw()
    .iterate(scheme) as IterableIterator<[string, string, string, Buffer, number]>)
    yield {
      folder,
      output,
      input,
      id,
      signature: new Uint8Array(signature),
      dropped: dropped === 1,
    };
}

function readRecord(folder: string, row: Row, logger: Logger): Record<string, unknown> | undefined {
  const file = path.join(folder, row.output);
  if (row.dropped) {
    logger.error(
      file,
      "its record was dropped by --dedupe=drop; clean it again with --dedupe to print it",
    );
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    logger.error(file, `cannot read its record: ${describeFsError(error)}`);
    return undefined;
  }
}

/** The record with the fields of the whole; `duplicate_of_path` only where the run wrote one (--explain). */
function withJudgement(
  record: Record<string, unknown>,
  judgement: Judgement,
  paths: readonly string[],
): Record<string, unknown> {
  record.duplicate_of = judgement.duplicateOf;
  record.similarity = judgement.similarity;
  if ("duplicate_of_path" in record)
    record.duplicate_of_path =
      judgement.original === undefined ? null : (paths[judgement.original] ?? null);
  return record;
}
