import { readFileSync } from "node:fs";
import path from "node:path";
import writeFileAtomic from "write-file-atomic";
import type { CorpusProfile } from "../corpus-profile.js";
import { parseProfile } from "./profile-json.js";

/**
 * The corpus profile of an incremental out dir: learned by the run that
 * filled it, then reused. Relearning every night would read the first
 * inputs again and, as soon as the folder grew, change the profile, hence
 * the fingerprint, hence re-clean every output: the opposite of
 * incremental. `force` (--force) relearns; a profile given with --profile
 * never reaches here. A pass cut short (`complete()` false: a signal) is
 * used but not kept: the next run would otherwise inherit half a profile.
 */
export async function rememberedProfile(
  stateDir: string,
  learn: () => Promise<CorpusProfile | undefined>,
  force: boolean,
  complete: () => boolean = () => true,
): Promise<CorpusProfile | undefined> {
  const file = path.join(stateDir, "profile.json");
  if (!force) {
    try {
      return parseProfile(JSON.parse(readFileSync(file, "utf8")));
    } catch {
      // None yet, or unreadable: learn it again.
    }
  }
  const profile = await learn();
  const json = (profile as { toJSON?: () => unknown } | undefined)?.toJSON?.();
  if (json !== undefined && complete()) writeFileAtomic.sync(file, JSON.stringify(json));
  return profile;
}
