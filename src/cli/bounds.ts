import { availableParallelism } from "node:os";
import { InvalidArgumentError } from "commander";

/**
 * More threads than this per core only cost memory (each worker holds its
 * own cleaner, ~40 MB): `--jobs 1000` started 1,010 threads and took 6 GB.
 */
const THREADS_PER_CORE = 4;

/**
 * The largest input a run accepts. A file is decoded into one string, and
 * V8 cannot make a string of more than ~512 M characters: `--max-bytes 10GB`
 * crashed after two minutes and 3 GB. 256 MB leaves room for the record.
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** `--jobs N`: a whole number of at least 1. */
export function parseJobs(text: string): number {
  const jobs = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !Number.isInteger(jobs) || jobs < 1)
    throw new InvalidArgumentError("expected a whole number of at least 1");
  return jobs;
}

/** `--jobs` after its cap, and the warning to print when it was capped. */
export function cappedJobs(
  jobs: number,
  cores = availableParallelism(),
): { jobs: number; warning?: string } {
  const limit = cores * THREADS_PER_CORE;
  if (jobs <= limit) return { jobs };
  return {
    jobs: limit,
    warning: `--jobs ${jobs} capped at ${limit} (${THREADS_PER_CORE} per core on ${cores} cores): more threads only add memory`,
  };
}

/** `20MB`, `500k`, `1048576` -> bytes, between 1 byte and `MAX_INPUT_BYTES`. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmgt]i?b?|b)?$/i.exec(text.trim());
  if (!match) throw new InvalidArgumentError("expected a size such as 20MB, 500k or 1048576");
  const unit = (match[2] ?? "").toLowerCase()[0];
  const exponent = { k: 1, m: 2, g: 3, t: 4 }[unit ?? ""] ?? 0;
  const bytes = Math.floor(Number(match[1]) * 1024 ** exponent);
  if (bytes < 1) throw new InvalidArgumentError("expected a size of at least 1 byte");
  if (bytes > MAX_INPUT_BYTES)
    throw new InvalidArgumentError(
      "at most 256MB: a larger file cannot be cleaned as one text (V8's string limit)",
    );
  return bytes;
}

/** A count such as `--corpus-sample N`: a whole number, 0 allowed. */
export function parseCount(text: string): number {
  const count = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !Number.isInteger(count) || count < 0)
    throw new InvalidArgumentError("expected a whole number");
  return count;
}

/** A count of at least 1, such as `learn --max-files N` (0 would learn nothing). */
export function parsePositiveCount(text: string): number {
  const count = parseCount(text);
  if (count < 1) throw new InvalidArgumentError("expected a whole number of at least 1");
  return count;
}
