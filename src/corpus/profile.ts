/**
 * What a run learned about a whole corpus: which short lines recur across
 * files of the same source (site furniture), and which lines are other
 * articles' headlines (teasers). Built by `corpus/learn.ts`, saved with
 * `article-clean learn`, loaded with `--profile`.
 */
export interface CorpusProfile {
  /** In how many files of `scope` the line with this comparison key occurs. */
  lineCount(scope: string, key: string): number;
  /** How many files of `scope` were counted. */
  fileCount(scope: string): number;
  /** True when the line was seen under different lines: dropped into many contexts, like furniture. */
  inVariedContexts(scope: string, key: string): boolean;
  /** True when the comparison key is the headline of some article in the corpus. */
  isHeadline(key: string): boolean;
}
