import { createHash } from "node:crypto";

export interface Shard {
  /** 1-based: shard 1/3, 2/3, 3/3. */
  readonly index: number;
  readonly count: number;
}

/** Parse `K/N` (1 <= K <= N). */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) throw new Error(`--shard expects K/N, e.g. 2/8 (got "${text}")`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count)
    throw new Error(`--shard ${text}: K must be between 1 and N`);
  return { index, count };
}

/**
 * Does this relative path belong to the shard? The hash is of the path
 * relative to its input root with `/` separators, so machines that mount the
 * corpus in different places still agree on who does what.
 */
export function inShard(relPath: string, shard: Shard): boolean {
  if (shard.count === 1) return true;
  const digest = createHash("sha1").update(relPath.replace(/\\/g, "/")).digest();
  return (digest.readUInt32BE(0) % shard.count) + 1 === shard.index;
}
