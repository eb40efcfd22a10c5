import path from "node:path";
import { sourceFromUrl } from "./meta/source-names.js";

/**
 * What a run learned about a whole corpus: which short lines recur across
 * files of the same source (site furniture), and which lines are other
 * articles' headlines (teasers). Built by `corpus/` (pure statistics, outside the core), passed in by the runner,, saved with
 * `article-clean learn`, loaded with `--profile`.
 */
export interface CorpusProfile {
  /** In how many files of `scope` the line with this comparison key occurs. */
  lineCount(scope: string, key: number): number;
  /** How many files of `scope` were counted. */
  fileCount(scope: string): number;
  /** True when the line was seen under different lines: dropped into many contexts, like furniture. */
  inVariedContexts(scope: string, key: number): boolean;
  /** True when the comparison key is the headline of some article in the corpus. */
  isHeadline(key: number): boolean;
}

/** Only short lines can be furniture worth counting; paragraphs are never site-wide. */
export const MAX_COUNTED_WORDS = 30;
export const MAX_COUNTED_CHARS = 300;

/** The scope of a file: its header's site, else its folder ("per source, or per folder"). */
export function scopeOf(filePath: string, headerUrl: string | undefined): string {
  const site = headerUrl ? sourceFromUrl(headerUrl) : undefined;
  return site ? `site:${site}` : `dir:${path.dirname(filePath.replace(/\\/g, "/"))}`;
}
