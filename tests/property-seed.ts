import fc from "fast-check";

/**
 * Property tests draw a new random seed on every run, so every run searches
 * new inputs; a failure prints its seed, and `PROPERTY_SEED=<seed> npm test`
 * replays it. CI sets `PROPERTY_SEED` (see `.ci/run`): a commit's CI run
 * must not go red on a counterexample to code it did not touch, found by
 * chance that day. Local runs keep searching.
 */
const seed = process.env.PROPERTY_SEED;
if (seed !== undefined && seed !== "") {
  if (!/^-?\d+$/.test(seed)) throw new Error(`PROPERTY_SEED must be an integer, not "${seed}"`);
  fc.configureGlobal({ seed: Number(seed) });
}
