import type { RemovalKind } from "../../report.js";
import type { PhraseEntry } from "../matcher.js";

/** Turn a `{kind: [phrases]}` table into catalogue entries tagged with their language. */
export function entries(
  lang: string,
  table: Partial<Record<RemovalKind, readonly string[]>>,
): PhraseEntry[] {
  const out: PhraseEntry[] = [];
  for (const [kind, phrases] of Object.entries(table) as [RemovalKind, readonly string[]][]) {
    for (const phrase of phrases) out.push({ kind, phrase, lang });
  }
  return out;
}
