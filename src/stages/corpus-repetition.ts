import { type CorpusProfile, MAX_COUNTED_WORDS, scopeOf } from "../corpus-profile.js";
import type { Stage } from "../stage.js";
import type { Line } from "../text/document.js";
import { scanLine } from "../text/facts.js";

/** A corpus must have this many files in the scope before repetition means anything. */
const MIN_SCOPE_FILES = 5;

/**
 * How many files of the scope must share a line before it is furniture.
 * UI labels and captions need a few files; a sentence needs more (a stock
 * "Thanks for reading."); a paragraph of prose needs a large share of the
 * site (a footer paragraph), so that syndicated copies of one story, or a
 * common sentence, never empty an article.
 */
function threshold(files: number, line: Line): number {
  if (line.prose) return Math.max(10, Math.ceil(files * 0.3));
  if (line.sentence) return Math.max(6, Math.ceil(files * 0.05));
  return Math.max(5, Math.ceil(files * 0.02));
}

/** "READ MORE: <a headline of the corpus>": a short label before a known headline is a teaser too. */
const LABEL = /^[^:：]{1,30}[:：]\s*(.+)$/u;

function isOtherHeadline(profile: CorpusProfile, line: Line): boolean {
  if (profile.isHeadline(line.keyHash)) return true;
  if (!line.text.includes(":") && !line.text.includes("：")) return false;
  const labelled = LABEL.exec(line.text);
  if (!labelled) return false;
  const rest = labelled[1] as string;
  const label = line.text.slice(0, line.text.length - rest.length);
  return label.split(" ").length <= 4 && profile.isHeadline(scanLine(rest).keyHash);
}

/**
 * Corpus repetition: lines that recur across many files of one source (or
 * folder) are that site's furniture, whatever their wording; lines that are
 * another article's headline are teasers. Uses the profile from the corpus
 * pass or from `--profile`; does nothing without one.
 */
export const corpusRepetition: Stage = {
  id: "repeated",
  run(doc, report, context) {
    const profile = context.options.profile;
    if (!profile) return;
    const scope = scopeOf(context.options.path, context.findings.header.url);
    const files = profile.fileCount(scope);
    const ownHeadline = context.findings.headline?.line;
    // A dateline on its own line ("Washington (CNN)") repeats across a
    // site's files in varied contexts, as furniture does; it is the lead's.
    const ownDateline = context.findings.dateline?.line;
    // A furniture block: its first line is dropped into varied contexts, the
    // lines under it follow it everywhere. Copies of one article repeat too,
    // but always in the same context, so none of their lines starts a chain.
    let chain = false;
    for (const line of doc.lines) {
      const repeatedAbove = chain;
      chain = false;
      if (report.isRemoved(line.index) || line.index === ownHeadline) continue;
      if (line.index === ownDateline) continue;
      if (line.text.length > 300 || line.words > MAX_COUNTED_WORDS) continue;
      if (files >= MIN_SCOPE_FILES) {
        const count = profile.lineCount(scope, line.keyHash);
        const varied = count > 0 && profile.inVariedContexts(scope, line.keyHash);
        if (count >= threshold(files, line) && (varied || repeatedAbove)) {
          chain = true;
          report.remove(line.index, {
            kind: "repeated",
            rule: "repeated/corpus-line",
            reason: `occurs in ${count} of ${files} files of ${scope.replace(/^(?:site|dir):/, "")}${varied ? ", in varied contexts" : ", under a repeated line"}`,
          });
          continue;
        }
      }
      if (!line.prose && line.words >= 3 && isOtherHeadline(profile, line)) {
        report.remove(line.index, {
          kind: "teaser",
          rule: "repeated/other-headline",
          reason: "is the headline of another article in the corpus",
        });
      }
    }
  },
};
