import { BroadcastChannel, workerData } from "node:worker_threads";
import { analyseArticle } from "../clean.js";
import type { FileStats } from "../corpus/learn.js";
import { profileFromJSON } from "../corpus/repetition.js";
import type { CorpusProfile } from "../corpus-profile.js";
import type { InputItem } from "../io/discover.js";
import { statsOfInputs } from "./learn-input.js";
import type { Outcome } from "./outcome.js";
import { processInputs, type TaskSettings } from "./process.js";

/** What every worker receives once, at start. */
export interface WorkerInit {
  readonly settings: TaskSettings;
  /** The profile known when the pool started (`--profile`), serialised; profile id 0. */
  readonly profile?: unknown;
  /** Where later profiles (the corpus pass's) are broadcast, and asked for again. */
  readonly profileChannel: string;
}

/** A profile on the channel: ids count up from 0, the one in `WorkerInit`. */
export interface ProfileMessage {
  readonly id: number;
  readonly profile: unknown;
}

/** Piscina task: clean these inputs with profile `profile`. */
export interface CleanTask {
  readonly items: readonly InputItem[];
  readonly profile: number;
}

const init = workerData as WorkerInit;
let current: { id: number; profile: CorpusProfile | undefined } = {
  id: 0,
  profile: init.profile === undefined ? undefined : profileFromJSON(init.profile),
};
const waiting = new Map<number, (() => void)[]>();

const channel = new BroadcastChannel(init.profileChannel);
channel.onmessage = (event) => {
  const message = (event as { data: ProfileMessage | { want: number } }).data;
  if (!("id" in message) || message.id <= current.id) return;
  current = {
    id: message.id,
    profile: message.profile === undefined ? undefined : profileFromJSON(message.profile),
  };
  for (const [id, resolvers] of waiting) {
    if (id > current.id) continue;
    waiting.delete(id);
    for (const resolve of resolvers) resolve();
  }
};
channel.unref();

/** Resolves once profile `id` (or a later one) is here. */
function profileArrived(id: number): Promise<void> {
  return new Promise((resolve) => {
    waiting.set(id, [...(waiting.get(id) ?? []), resolve]);
    channel.postMessage({ want: id });
  });
}

/**
 * Articles cleaned together. A batch (up to 64 files) is cleaned in slices:
 * a slice's articles stay alive until it is done, and 16 of them fit the
 * worker's young generation, where 64 were promoted to the old one.
 */
const SLICE = 16;

/** Clean in order until the run asks to stop (or the disk is full): the rest of the batch is dropped. */
function clean(items: readonly InputItem[]): Outcome[] {
  const outcomes: Outcome[] = [];
  for (let at = 0; at < items.length; at += SLICE) {
    const slice = items.slice(at, at + SLICE);
    const done = processInputs(slice, init.settings, { profile: current.profile });
    outcomes.push(...done);
    if (done.length < slice.length) break;
  }
  return outcomes;
}

/** Piscina task: clean a batch of inputs. */
export default function cleanBatch(task: CleanTask): Outcome[] | Promise<Outcome[]> {
  if (task.profile <= current.id) return clean(task.items);
  return profileArrived(task.profile).then(() => clean(task.items));
}

/** Piscina task `learnBatch`: line statistics for the corpus pass. */
export function learnBatch(items: readonly InputItem[]): (FileStats | undefined)[] {
  return statsOfInputs(items, init.settings.maxBytes, init.settings.stop);
}

/**
 * A short wire story with the parts most rules look at (header, caption,
 * dateline, byline, timestamp, widgets), cleaned once before the first real
 * batch: compiling the rules' regular expressions and loading chrono's
 * English parser cost a worker's first file ~0.2-0.5 s, which the run's
 * first records would otherwise wait for.
 */
const WARM_UP_TEXT = [
  "Title: Ministers meet in Tokyo | Reuters",
  "Published: 2019-05-31T09:41:00Z",
  "",
  "A picture taken on May 30, 2019 shows the venue",
  "© AFP 2019 / Photographer",
  "",
  "Ministers meet in Tokyo to discuss trade",
  "",
  "By Jane Doe",
  "",
  "May 31, 2019, 4:12 PM",
  "",
  "TOKYO (Reuters) - Ministers met on Friday to discuss trade, officials said.",
  "",
  "Share this article",
].join("\n");

/** Piscina task `warmUp`: answers once this worker has loaded and run the cleaner. */
export function warmUp(): boolean {
  JSON.stringify(analyseArticle(WARM_UP_TEXT, { ...init.settings.clean, path: "warm-up.txt" }));
  return true;
}
