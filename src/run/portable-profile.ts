import { profileFromJSON } from "../corpus/repetition.js";
import type { CorpusProfile } from "../corpus-profile.js";

/**
 * A profile as every thread sees it: through its JSON form, as workers
 * receive it. The in-process executor uses the same, so that the records of
 * a run do not depend on --jobs or on which thread cleaned a file.
 */
export function portable(profile: CorpusProfile | undefined): CorpusProfile | undefined {
  if (profile === undefined || portables.has(profile)) return profile;
  const json = serialiseProfile(profile);
  if (json === undefined) return profile;
  const copy = profileFromJSON(json);
  portables.add(copy);
  return copy;
}

const portables = new WeakSet<CorpusProfile>();

/** The profile's JSON form (what `learn` saves and workers receive), if it has one. */
export function serialiseProfile(profile: CorpusProfile | undefined): unknown {
  return (profile as unknown as { toJSON?: () => unknown })?.toJSON?.() ?? undefined;
}
