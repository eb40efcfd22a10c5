/** What discovery found, counted as the inputs stream past. */
export interface Listing {
  /** Input files found, before `--shard` kept its part: zero means nothing is there at all. */
  found: number;
  /** This run's inputs (its shard). */
  inputs: number;
  /** Errors: a missing root, an unreadable folder. */
  errors: number;
}

export function emptyListing(): Listing {
  return { found: 0, inputs: 0, errors: 0 };
}
