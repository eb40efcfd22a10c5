import { type CorpusProfile, scopeOf } from "../corpus-profile.js";
import type { InputItem } from "../io/discover.js";

/**
 * The path the corpus profile knows an input by: relative to the directory
 * argument it was found under, so that neither the spelling of that
 * argument (`dev` or `/abs/dev`) nor its name (`archive/` or `nightly/`)
 * changes the input's folder scope. Inputs named one by one (file
 * arguments, `--files-from`) have no such root: they go by their path.
 */
export function scopePath(item: InputItem): string {
  return item.scopeRel ?? item.relPath;
}

/**
 * The profile as one input's cleaning sees it. The cleaner asks for the
 * folder scope of the record's path (`scopeOf(path)`); this answers with
 * the scope the profile keys that input's folder by: its root-relative
 * folder, or, for an input named without a root, the longest tail of its
 * folder that the profile knows (`explain dev/site/x.txt --profile p.json`
 * with p learned from `dev/` finds `site`). Scopes by site (the header's
 * URL) pass through unchanged.
 */
export class ScopedProfiles {
  readonly #profile: CorpusProfile;
  #lastKey: string | undefined;
  #lastView: CorpusProfile;

  constructor(profile: CorpusProfile) {
    this.#profile = profile;
    this.#lastView = profile;
  }

  for(item: InputItem): CorpusProfile {
    const rel = scopePath(item).replace(/\\/g, "/");
    const folder = rel.slice(0, Math.max(0, rel.lastIndexOf("/")));
    const asked = scopeOf(item.path, undefined);
    const rooted = item.scopeRel !== undefined;
    // Consecutive inputs share their folder: one view per folder, not per file.
    const key = `${rooted ? "r" : "t"}\u0000${asked}\u0000${folder}`;
    if (key === this.#lastKey) return this.#lastView;
    const wanted = rooted ? folderScope(folder) : knownTail(this.#profile, folder);
    this.#lastKey = key;
    this.#lastView = asked === wanted ? this.#profile : renamed(this.#profile, asked, wanted);
    return this.#lastView;
  }
}

const views = new WeakMap<CorpusProfile, ScopedProfiles>();

/** The profile as `item`'s cleaning must see it (see `ScopedProfiles`). */
export function profileFor(profile: CorpusProfile, item: InputItem): CorpusProfile {
  let scoped = views.get(profile);
  if (!scoped) {
    scoped = new ScopedProfiles(profile);
    views.set(profile, scoped);
  }
  return scoped.for(item);
}

/** The folder scope of files in `folder` ("" for the root), as `scopeOf` spells it. */
function folderScope(folder: string): string {
  return scopeOf(folder === "" ? "file" : `${folder}/file`, undefined);
}

/** The longest tail of `folder` the profile has files for; the whole folder if none. */
function knownTail(profile: CorpusProfile, folder: string): string {
  const parts = folder.split("/").filter((part) => part !== "");
  for (let start = 0; start < parts.length; start++) {
    const scope = folderScope(parts.slice(start).join("/"));
    if (profile.fileCount(scope) > 0) return scope;
  }
  return folderScope(folder);
}

/** `profile`, where scope `from` is read as scope `to`. */
function renamed(profile: CorpusProfile, from: string, to: string): CorpusProfile {
  const scope = (asked: string) => (asked === from ? to : asked);
  return {
    lineCount: (asked, key) => profile.lineCount(scope(asked), key),
    fileCount: (asked) => profile.fileCount(scope(asked)),
    inVariedContexts: (asked, key) => profile.inVariedContexts(scope(asked), key),
    isHeadline: (key) => profile.isHeadline(key),
  };
}
