import type { CorpusProfile } from "../corpus-profile.js";

/**
 * Counts, per scope (a source or a folder), in how many files each short
 * line occurs, plus an index of the corpus's headlines. Memory is bounded:
 * lines are stored as 52-bit hashes, and when the table is full the lines
 * seen in only one file are dropped (lossy counting): lines that recur
 * across a corpus survive, one-off lines make room.
 */
export class RepetitionProfile implements CorpusProfile {
  readonly #counts: Map<number, number>;
  /**
   * The line above each counted line, the first time it was seen; a line
   * seen under two different lines goes to `#varied`. Furniture is dropped
   * into many contexts; a copy of an article keeps its neighbours.
   */
  readonly #firstAbove = new Map<number, number>();
  readonly #varied: Set<number>;
  readonly #files: Map<string, number>;
  readonly #headlines: Set<number>;
  /** Leads already counted: copies of an article must not make its lines "repeated". */
  readonly #leads = new Set<number>();
  readonly #capacity: number;

  constructor(
    capacity = DEFAULT_CAPACITY,
    counts?: Map<number, number>,
    files?: Map<string, number>,
    headlines?: Set<number>,
    varied?: Set<number>,
  ) {
    this.#capacity = capacity;
    this.#counts = counts ?? new Map();
    this.#files = files ?? new Map();
    this.#headlines = headlines ?? new Set();
    this.#varied = varied ?? new Set();
  }

  lineCount(scope: string, key: number): number {
    return this.#counts.get(hashLine(scope, key)) ?? 0;
  }

  fileCount(scope: string): number {
    return this.#files.get(scope) ?? 0;
  }

  inVariedContexts(scope: string, key: number): boolean {
    return this.#varied.has(hashLine(scope, key));
  }

  isHeadline(key: number): boolean {
    return this.#headlines.has(key);
  }

  /** Total files counted over all scopes. */
  get totalFiles(): number {
    let total = 0;
    for (const count of this.#files.values()) total += count;
    return total;
  }

  /**
   * Count one file: its distinct short-line keys and its headline
   * candidates. A file whose lead paragraph was already counted is a copy of
   * an article already seen (a syndicated story): its headline is indexed,
   * its lines are not counted again.
   */
  addFile(
    scope: string,
    lineKeys: readonly number[],
    headlineKeys: Iterable<number>,
    leadKey?: number,
    previousKeys: readonly number[] = [],
  ): void {
    for (const key of headlineKeys) {
      if (this.#headlines.size < this.#capacity) this.#headlines.add(key);
    }
    if (leadKey !== undefined) {
      const lead = hashLine(scope, leadKey);
      if (this.#leads.has(lead)) return;
      if (this.#leads.size < this.#capacity) this.#leads.add(lead);
    }
    this.#files.set(scope, (this.#files.get(scope) ?? 0) + 1);
    const seen = new Set<number>();
    for (let i = 0; i < lineKeys.length; i++) {
      const hash = hashLine(scope, lineKeys[i] as number);
      if (seen.has(hash)) continue;
      seen.add(hash);
      this.#counts.set(hash, (this.#counts.get(hash) ?? 0) + 1);
      const above = previousKeys[i] ?? 0;
      const first = this.#firstAbove.get(hash);
      if (first === undefined) this.#firstAbove.set(hash, above);
      else if (first !== above) this.#varied.add(hash);
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
      for (const [hash, count] of this.#counts) {
        if (count > floor) continue;
        this.#counts.delete(hash);
        this.#firstAbove.delete(hash);
        this.#varied.delete(hash);
      }
    }
  }

  toJSON(): SerialisedProfile {
    return {
      format: "article-clean-profile",
      version: 2,
      files: Object.fromEntries(this.#files),
      // Only lines seen in two files or more can ever count as repeated.
      lines: [...this.#counts].filter(([, count]) => count >= 2),
      varied: [...this.#varied],
      headlines: [...this.#headlines],
    };
  }
}

/** The profile format this version reads and writes. 2: lines counted by `LineFacts.keyHash`. */
export const PROFILE_VERSION = 2;

export interface SerialisedProfile {
  readonly format: "article-clean-profile";
  /** 2: lines are counted by `LineFacts.keyHash`; profiles of version 1 hashed key strings. */
  readonly version: 2;
  readonly files: Record<string, number>;
  readonly lines: readonly (readonly [number, number])[];
  readonly varied: readonly number[];
  readonly headlines: readonly number[];
}

const DEFAULT_CAPACITY = 500_000;

export function profileFromJSON(data: unknown): RepetitionProfile {
  const value = data as SerialisedProfile;
  if (value?.format === "article-clean-profile" && (value.version as number) === 1) {
    throw new Error(
      "a profile of an older article-clean (version 1, which counted lines another way): run `article-clean learn` again",
    );
  }
  if (value?.format !== "article-clean-profile" || value.version !== 2) {
    throw new Error(
      "not an article-clean profile (expected format article-clean-profile, version 2)",
    );
  }
  return new RepetitionProfile(
    DEFAULT_CAPACITY,
    new Map(value.lines.map(([hash, count]) => [hash, count])),
    new Map(Object.entries(value.files)),
    new Set(value.headlines),
    new Set(value.varied),
  );
}

/** The 52-bit hash of a scope's name, kept: a run asks for the same few scopes again and again. */
const scopeHashes = new Map<string, number>();

function scopeHash(scope: string): number {
  let hash = scopeHashes.get(scope);
  if (hash === undefined) {
    let a = 0x811c9dc5;
    let b = 0x01000193;
    for (let i = 0; i < scope.length; i++) {
      const c = scope.charCodeAt(i);
      a = Math.imul(a ^ c, 16777619);
      b = Math.imul(b ^ c, 2246822519);
    }
    hash = (a >>> 6) * 0x4000000 + (b >>> 6);
    if (scopeHashes.size > 10_000) scopeHashes.clear();
    scopeHashes.set(scope, hash);
  }
  return hash;
}

/**
 * A line's key hash within a scope: both are 52-bit hashes, so their two
 * 26-bit lanes are combined by XOR (exact as a JS number; two pairs collide
 * with the odds of two random 52-bit hashes).
 */
function hashLine(scope: string, key: number): number {
  const s = scopeHash(scope);
  const lo = (key % LANE) ^ (s % LANE);
  const hi = (Math.floor(key / LANE) ^ Math.floor(s / LANE)) & (LANE - 1);
  return hi * LANE + (lo & (LANE - 1));
}

const LANE = 0x4000000;
