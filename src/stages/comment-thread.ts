import { RELATIVE_AGE_SOURCE } from "../catalog/relative-time.js";
import type { Stage } from "../stage.js";
import type { Line } from "../text/document.js";

/**
 * A comment's age as comment systems print it, alone on its line, with an
 * optional clock time: "2 days ago", "3 hours ago at 07:52 am", "il y a 2
 * jours" (the ages of catalog/relative-time). Only ages: a live
 * blog stamps its entries with clock times ("10:32 a.m."), never with ages,
 * so its entries are not mistaken for comments.
 */
const AGE = new RegExp(
  `^(?:${RELATIVE_AGE_SOURCE})(?:,?\\s+(?:at|à|um|a las|às|alle|в)\\s+\\d{1,2}[:.h]\\d{2}\\s*(?:[ap]\\.?m\\.?)?)?\\.?$`,
  "iu",
);

/** A commenter's name or handle: a few words, not a sentence. */
const MAX_NAME_WORDS = 4;
const MAX_NAME_CHARS = 40;

/** Signed comments needed before a run is a thread, not a byline or two. */
const MIN_COMMENTS = 3;

/** Lines of article prose that must come before the thread. */
const MIN_PROSE_BEFORE = 2;

/**
 * A comment thread in a page dump: three or more comments each signed by a
 * name line directly above an age line ("Woyzeck" / "2 days ago at 07:52
 * am"). Everything from the first signature to the end of the page is the
 * thread and what follows it (more comments, the footer), once the article
 * came before it. The shape, not the wording, is the cue, so it holds for
 * any site's comment widget in the languages whose "ago" is listed above.
 */
export const commentThread: Stage = {
  id: "comment-thread",
  run(doc, report) {
    // Age lines count even when the byline stage took them for timestamps.
    const signatures: Line[] = [];
    for (let i = 1; i < doc.lines.length; i++) {
      const age = doc.lines[i] as Line;
      const name = doc.lines[i - 1] as Line;
      if (mayBeAge(age) && AGE.test(age.text) && isName(name)) signatures.push(name);
    }
    if (signatures.length < MIN_COMMENTS) return;
    const first = signatures[0] as Line;
    let proseBefore = 0;
    for (const line of doc.lines.slice(0, first.index))
      if (!report.isRemoved(line.index) && line.prose) proseBefore++;
    if (proseBefore < MIN_PROSE_BEFORE) return;
    for (const line of doc.lines.slice(first.index)) {
      if (report.isRemoved(line.index)) continue;
      report.remove(line.index, {
        kind: "comments",
        rule: "comment-thread/signed",
        reason: `comment thread: ${signatures.length} comments signed with a name and an age ("${first.text}")`,
      });
    }
  },
};

/** An age is a few words with a number ("2 days ago") or "ago" ("an hour ago"). */
function mayBeAge(line: Line): boolean {
  return line.words <= MAX_AGE_WORDS && (line.digits > 0 || line.lower.includes("ago"));
}
const MAX_AGE_WORDS = 8;

function isName(line: Line): boolean {
  return (
    line.chars <= MAX_NAME_CHARS &&
    line.words <= MAX_NAME_WORDS &&
    !line.endsLikeSentence &&
    !AGE.test(line.text)
  );
}
