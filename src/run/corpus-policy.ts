import path from "node:path";
import type { CorpusProfile } from "../corpus-profile.js";
import { collectProfile } from "./collect-profile.js";
import type { Executor } from "./executor.js";
import { type InputSpec, runInputs } from "./inputs.js";
import { portable } from "./portable-profile.js";
import { rememberedProfile } from "./saved-profile.js";
import { StopRequest } from "./stop.js";
import { takeUntil } from "./take-until.js";

export interface CorpusPolicy {
  /** `--profile`: replaces the pass. */
  readonly given?: CorpusProfile;
  readonly corpus: "auto" | "off";
  readonly sample: number;
  /** An incremental out dir's state folder: the profile is learned once and kept there. */
  readonly stateDir?: string;
  /** `--force`: relearn the kept profile. */
  readonly force: boolean;
}

/**
 * Which corpus profile a run cleans with: the `--profile` given; else, for
 * an incremental out dir, the one learned when it was first filled (so new
 * files do not change every output's fingerprint); else one learned now by
 * the corpus pass; or none (`--no-corpus`, stdin).
 */
export async function runProfile(
  policy: CorpusPolicy,
  spec: InputSpec,
  executor: Executor,
  stop: StopRequest,
  onPass: () => void,
): Promise<CorpusProfile | undefined> {
  if (policy.given) return policy.given;
  if (policy.corpus === "off" || !rereadable(spec)) return undefined;
  const learn = () => {
    onPass();
    return corpusPass(spec, executor, policy.sample, stop);
  };
  if (policy.stateDir === undefined) return learn();
  return rememberedProfile(policy.stateDir, learn, policy.force, () => stop.cause === undefined);
}

/** Inputs from stdin cannot be read twice: no pass for them. */
function rereadable(spec: InputSpec): boolean {
  return spec.inputFormat === "text" && !spec.args.includes("-") && spec.filesFrom !== "-";
}

/**
 * The corpus pass: count lines across the first inputs before cleaning, so
 * that site furniture (a line repeated in many files of one source) and
 * teasers (another article's headline) can be removed. It runs on the run's
 * executor, on every core, and stops with the run.
 */
async function corpusPass(
  spec: InputSpec,
  executor: Executor,
  sample: number,
  stop: StopRequest,
): Promise<CorpusProfile | undefined> {
  // Learn from the whole corpus, not this shard: every machine of a sharded
  // run then learns the same profile, and the shards' records together are
  // exactly one full run's.
  const whole = { ...spec, shard: undefined };
  const inputs = takeUntil(runInputs(whole), stop.requested);
  const profile = await collectProfile(inputs, executor, sample);
  // A profile of one file knows nothing about repetition.
  return profile.totalFiles >= 2 ? profile : undefined;
}

/**
 * The profile a folder run over `dir` would learn, for `explain --corpus`:
 * the same walk, sample and portable form, so the view and the run agree.
 */
export async function folderProfile(
  dir: string,
  options: { readonly extensions: readonly string[]; readonly sample: number },
  executor: Executor,
  stdin: InputSpec["stdin"],
): Promise<CorpusProfile | undefined> {
  const spec: InputSpec = {
    args: [dir],
    nullSeparated: false,
    inputFormat: "text",
    discover: { extensions: options.extensions, unordered: false, exclude: [] },
    stdin,
  };
  return portable(await corpusPass(spec, executor, options.sample, new StopRequest()));
}

/** The state folder inside `--out-dir`: lock, manifest, kept profile, temp files. */
export function stateDirOf(outDir: string): string {
  return path.join(outDir, ".article-clean");
}
