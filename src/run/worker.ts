import { workerData } from "node:worker_threads";
import { type FileStats, statsOfInput } from "../corpus/learn.js";
import type { CorpusProfile } from "../corpus/profile.js";
import { profileFromJSON } from "../corpus/repetition.js";
import type { InputItem } from "../io/discover.js";
import type { Outcome } from "./outcome.js";
import { processInput, type TaskSettings } from "./process.js";

/** What every worker receives once, at start. */
export interface WorkerInit {
  readonly settings: TaskSettings;
  readonly profile?: unknown;
}

const init = workerData as WorkerInit;
const profile: CorpusProfile | undefined =
  init.profile === undefined ? undefined : profileFromJSON(init.profile);

/** Piscina task: clean a batch of inputs. */
export default function cleanBatch(items: readonly InputItem[]): Outcome[] {
  return items.map((item) => processInput(item, init.settings, { profile }));
}

/** Piscina task `learnBatch`: line statistics for the corpus pass. */
export function learnBatch(items: readonly InputItem[]): (FileStats | undefined)[] {
  return items.map((item) => statsOfInput(item, init.settings.maxBytes));
}
