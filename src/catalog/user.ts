import type { RemovalKind } from "../report.js";
import { type PhraseEntry, PhraseMatcher } from "./matcher.js";

/** A user's regular expression for boilerplate, from the config file. */
export interface UserPattern {
  readonly kind: RemovalKind;
  readonly pattern: RegExp;
  /** The pattern as the user wrote it, for `--explain`. */
  readonly source: string;
}

/** Boilerplate the user adds through `--config`: phrases (catalogue syntax) and regexes. */
export interface UserCatalog {
  readonly phrases: readonly PhraseEntry[];
  readonly patterns: readonly UserPattern[];
}

const matchers = new WeakMap<UserCatalog, PhraseMatcher>();

/** The matcher for a user catalogue, compiled once per catalogue object. */
export function userMatcher(catalog: UserCatalog): PhraseMatcher {
  let matcher = matchers.get(catalog);
  if (!matcher) {
    matcher = new PhraseMatcher(catalog.phrases);
    matchers.set(catalog, matcher);
  }
  return matcher;
}
