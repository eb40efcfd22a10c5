import type { FileStats } from "../corpus/learn.js";
import { RepetitionProfile } from "../corpus/repetition.js";
import type { Discovered, InputItem } from "../io/discover.js";
import { type Executor, IN_FLIGHT_PER_THREAD } from "./executor.js";

const BATCH = 64;

/**
 * The corpus pass: stream inputs through the executor's `learnBatch` and
 * count their lines into a profile. Stops after `limit` files, so the pass
 * costs bounded time on a huge corpus (a sample of ten thousand files finds
 * the furniture of every site in it); memory is bounded by the profile.
 * Batches are added in input order, so the profile is the same on every run.
 */
export async function collectProfile(
  inputs: AsyncIterable<Discovered>,
  executor: Executor,
  limit: number,
  into: RepetitionProfile = new RepetitionProfile(),
): Promise<RepetitionProfile> {
  let batch: InputItem[] = [];
  let taken = 0;
  const inFlight: Promise<(FileStats | undefined)[]>[] = [];
  const add = (stats: (FileStats | undefined)[]) => {
    for (const file of stats)
      if (file)
        into.addFile(file.scope, file.lineKeys, file.headlineKeys, file.leadKey, file.previousKeys);
  };
  const flush = () => {
    if (batch.length > 0) inFlight.push(executor.learnBatch(batch));
    batch = [];
  };
  for await (const found of inputs) {
    if (found.kind !== "input") continue;
    batch.push(found.item);
    if (++taken >= limit) break;
    if (batch.length >= BATCH) flush();
    while (inFlight.length >= executor.threads * IN_FLIGHT_PER_THREAD)
      add(await (inFlight.shift() as Promise<(FileStats | undefined)[]>));
  }
  flush();
  for (const pending of inFlight) add(await pending);
  return into;
}
