import type { CorpusProfile } from "./profile.js";

/**
 * Counts, per scope (a source or a folder), in how many files each short
 * line occurs, plus an index of the corpus's headlines. Memory is bounded:
 * lines are stored as 52-bit hashes, and when the table is full the lines
 * seen in only one file are dropped (lossy counting): lines that recur
 * across a corpus survive, one-off lines make room.
 */
export class RepetitionProfile implements CorpusProfile {
  readonly #counts: Map<number, number>;
  readonly #files: Map<string, number>;
  readonly #headlines: Set<number>;
  readonly #capacity: number;

  constructor(
    capacity = DEFAULT_CAPACITY,
    counts?: Map<number, number>,
    files?: Map<string, number>,
    headlines?: Set<number>,
  ) {
    this.#capacity = capacity;
    this.#counts = counts ?? new Map();
    this.#files = files ?? new Map();
    this.#headlines = headlines ?? new Set();
  }

  lineCount(scope: string, key: string): number {
    return this.#counts.get(hashLine(scope, key)) ?? 0;
  }

  fileCount(scope: string): number {
    return this.#files.get(scope) ?? 0;
  }

  isHeadline(key: string): boolean {
    return this.#headlines.has(hashKey(key));
  }

  /** Total files counted over all scopes. */
  get totalFiles(): number {
    let total = 0;
    for (const count of this.#files.values()) total += count;
    return total;
  }

  /** Count one file: its distinct short-line keys and its headline candidates. */
  addFile(scope: string, lineKeys: Iterable<string>, headlineKeys: Iterable<string>): void {
    this.#files.set(scope, (this.#files.get(scope) ?? 0) + 1);
    const seen = new Set<number>();
    for (const key of lineKeys) {
      const hash = hashLine(scope, key);
      if (seen.has(hash)) continue;
      seen.add(hash);
      this.#counts.set(hash, (this.#counts.get(hash) ?? 0) + 1);
    }
    for (const key of headlineKeys) {
      if (this.#headlines.size < this.#capacity) this.#headlines.add(hashKey(key));
    }
    if (this.#counts.size > this.#capacity) this.#prune();
  }

  /** Merge another profile's counts (from a worker, or a saved profile). */
  merge(other: RepetitionProfile): void {
    for (const [scope, count] of other.#files)
      this.#files.set(scope, (this.#files.get(scope) ?? 0) + count);
    for (const [hash, count] of other.#counts)
      this.#counts.set(hash, (this.#counts.get(hash) ?? 0) + count);
    for (const hash of other.#headlines)
      if (this.#headlines.size < this.#capacity) this.#headlines.add(hash);
    if (this.#counts.size > this.#capacity) this.#prune();
  }

  #prune(): void {
    // Drop the rarest counts until the table is at 3/4 of its capacity.
    for (let floor = 1; this.#counts.size > (this.#capacity * 3) / 4; floor++) {
      for (const [hash, count] of this.#counts) if (count <= floor) this.#counts.delete(hash);
    }
  }

  toJSON(): SerialisedProfile {
    return {
      format: "article-clean-profile",
      version: 1,
      files: Object.fromEntries(this.#files),
      // Only lines seen in two files or more can ever count as repeated.
      lines: [...this.#counts].filter(([, count]) => count >= 2),
      headlines: [...this.#headlines],
    };
  }
}

export interface SerialisedProfile {
  readonly format: "article-clean-profile";
  readonly version: 1;
  readonly files: Record<string, number>;
  readonly lines: readonly (readonly [number, number])[];
  readonly headlines: readonly number[];
}

const DEFAULT_CAPACITY = 500_000;

export function profileFromJSON(data: unknown): RepetitionProfile {
  const value = data as SerialisedProfile;
  if (value?.format !== "article-clean-profile" || value.version !== 1) {
    throw new Error(
      "not an article-clean profile (expected format article-clean-profile, version 1)",
    );
  }
  return new RepetitionProfile(
    DEFAULT_CAPACITY,
    new Map(value.lines.map(([hash, count]) => [hash, count])),
    new Map(Object.entries(value.files)),
    new Set(value.headlines),
  );
}

/**
 * 52-bit FNV-1a-style hash (two 26-bit lanes): exact as a JS number, and
 * collisions stay negligible at the table's capacity.
 */
export function hashKey(key: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 2246822519);
  }
  return (a >>> 6) * 0x4000000 + (b >>> 6);
}

function hashLine(scope: string, key: string): number {
  return hashKey(`${scope}\u0000${key}`);
}
