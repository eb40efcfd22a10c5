import path from "node:path";
import type Database from "better-sqlite3";
import { bodySignature } from "../dedupe/body-signature.js";
import { DuplicateFinder } from "../dedupe/finder.js";
import { SIGNATURE_VERSION } from "../dedupe/settings.js";
import { stateDirOf } from "./corpus-policy.js";
import { Manifest } from "./manifest.js";

/** What `explain FILE --dedupe OUT` says about FILE's body. */
export interface DuplicateVerdict {
  /** Records of OUT compared against: those judged before FILE's own (all, if FILE has none). */
  readonly compared: number;
  readonly threshold: number;
  /** Too short to judge (fewer than 8 words): nobody's copy. */
  readonly unjudged: boolean;
  /** The record FILE duplicates, if one reaches the threshold. */
  readonly duplicateOf?: {
    readonly id: string;
    readonly path: string;
    readonly similarity: number;
  };
  /** Otherwise the closest record that shares a band, if any. */
  readonly closest?: { readonly path: string; readonly similarity: number };
  /** What the run that wrote FILE's record into OUT said, when it did. */
  readonly recorded?: { readonly duplicateOf: string | null; readonly similarity: number | null };
}

/**
 * Judge one body against an output folder's kept signatures, as the run
 * that wrote the folder judged its records: against the originals judged
 * before the file's own record (or all of them, for a file the folder does
 * not hold). Opens the folder's manifest, so it waits for no run: a folder
 * being written exits 75 (`OutDirLocked`).
 */
export function lookUpDuplicate(
  outDir: string,
  file: { readonly path: string; readonly id: string },
  body: string,
  threshold: number,
): DuplicateVerdict {
  const manifest = Manifest.open(stateDirOf(outDir), { create: false });
  try {
    const scheme = manifest.tokenId(SIGNATURE_VERSION);
    const own = scheme === undefined ? undefined : ownRow(manifest, scheme, file.path, file.id);
    const finder = new DuplicateFinder(threshold);
    const paths: string[] = [];
    const ids: string[] = [];
    if (scheme !== undefined) {
      const rows = manifest
        .prepare(
          `SELECT input, lower(hex(id)), signature FROM signatures
           WHERE scheme = ? AND duplicate_of IS NULL AND seq < ? ORDER BY seq`,
        )
        .raw()
        .iterate(scheme, own?.seq ?? Number.MAX_SAFE_INTEGER) as IterableIterator<
        [string, string, Buffer]
      >;
      for (const [input, id, signature] of rows) {
        finder.addOriginal(new Uint8Array(signature), id);
        paths.push(input);
        ids.push(id);
      }
    }
    const signature = bodySignature(body);
    const base = { compared: finder.originals, threshold, recorded: own?.recorded };
    if (!signature) return { ...base, unjudged: true };
    const match = finder.match(signature);
    if (match?.original !== undefined)
      return {
        ...base,
        unjudged: false,
        duplicateOf: {
          id: match.duplicateOf as string,
          path: paths[match.original] as string,
          similarity: match.similarity as number,
        },
      };
    const closest = finder.closest(signature);
    return {
      ...base,
      unjudged: false,
      closest: closest && {
        path: paths[closest.ordinal] as string,
        similarity: closest.similarity,
      },
    };
  } finally {
    manifest.close();
  }
}

/**
 * FILE's own row in the folder: the rows with its id (its bytes' hash),
 * and of those the one with its path, however the run spelled it (runs may
 * have given relative paths from elsewhere, so the longest common ending
 * of the two paths decides; exact copies share an id, not a name).
 */
function ownRow(manifest: Manifest, scheme: number, file: string, id: string) {
  const statement: Database.Statement = manifest.prepare(
    `SELECT input, seq, lower(hex(duplicate_of)), similarity FROM signatures
     WHERE scheme = ? AND id = ?`,
  );
  let best: { seq: number; recorded: DuplicateVerdict["recorded"] } | undefined;
  let bestScore = -1;
  for (const [input, seq, duplicateOf, similarity] of statement
    .raw()
    .iterate(scheme, Buffer.from(id, "hex")) as IterableIterator<
    [string, number, string, number | null]
  >) {
    const score = commonEnding(path.resolve(input), path.resolve(file));
    if (score > bestScore) {
      bestScore = score;
      best = { seq, recorded: { duplicateOf: duplicateOf || null, similarity } };
    }
  }
  return best;
}

function commonEnding(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
