import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { profileFromJSON } from "../corpus/repetition.js";
import type { CorpusProfile } from "../corpus-profile.js";

/**
 * The corpus profile of an incremental out dir: learned by the run that
 * filled it, then reused. Relearning every night would read the first
 * inputs again and, as soon as the folder grew, change the profile, hence
 * the fingerprint, hence re-clean every output: the opposite of
 * incremental. `force` (--force) relearns; a profile given with --profile
 * never reaches here.
 */
export async function rememberedProfile(
  stateDir: string,
  learn: () => Promise<CorpusProfile | undefined>,
  force: boolean,
): Promise<CorpusProfile | undefined> {
  const file = path.join(stateDir, "profile.json");
  if (!force) {
    try {
      return profileFromJSON(JSON.parse(readFileSync(file, "utf8")));
    } catch {
      // None yet, or unreadable: learn it again.
    }
  }
  const profile = await learn();
  const json = (profile as { toJSON?: () => unknown } | undefined)?.toJSON?.();
  if (json !== undefined) {
    writeFileSync(`${file}.tmp`, JSON.stringify(json));
    renameSync(`${file}.tmp`, file);
  }
  return profile;
}
