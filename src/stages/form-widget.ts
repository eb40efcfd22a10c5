import { FORM_SMALL_PRINT_ENTRIES } from "../catalog/widget-families.js";
import type { Report } from "../report.js";
import type { Stage, StageContext } from "../stage.js";
import type { Doc, Line } from "../text/document.js";

/** A poll's options are short: "Yes", "No, he should not.", "I'm not sure if he should have." */
const MAX_OPTION_WORDS = 14;
/** How far above its small print a poll's question can be. */
const MAX_REACH = 8;
/** What a form's small print was removed as (catalog/widget-families, site notices). */
const FORM_KINDS = new Set(["subscribe", "widget"]);

/**
 * A removed line holding a form's small print ("You may opt out at any
 * time"): a newsletter box's title or button ("Sign up") is not one.
 */
function isSmallPrint(report: Report, line: Line, context: StageContext): boolean {
  const verdict = report.verdict(line.index);
  if (!verdict || !FORM_KINDS.has(verdict.kind)) return false;
  return context.hits(line).some((hit) => FORM_SMALL_PRINT_ENTRIES.has(hit.entry));
}

function isQuestion(line: Line): boolean {
  return /[?？؟]["”»’)]*$/u.test(line.text);
}

/**
 * A poll or a sign-up form flattened into the text: a question, its short
 * options, then the form's small print ("You may opt out at any time",
 * "You also agree to our Privacy Policy", "Vous pouvez vous désinscrire à
 * tout moment"). The small print is known by the catalogue; from it, the
 * lines up to the nearest question above (at most `MAX_REACH` lines, each
 * option-short) are the form's. No question, no poll: short lines above a
 * newsletter box are left alone. An interview's question has no small
 * print under it and stays.
 */
export const formWidget: Stage = {
  id: "form",
  run(doc, report, context) {
    for (const line of doc.lines) {
      if (!isSmallPrint(report, line, context)) continue;
      const above = doc.lines[line.index - 1];
      // The first line of a run of small print only.
      if (above && isSmallPrint(report, above, context)) continue;
      removePoll(doc, report, line.index);
    }
  },
};

function removePoll(doc: Doc, report: Report, anchor: number): void {
  const options: Line[] = [];
  let question: Line | undefined;
  let reach = 0;
  for (let index = anchor - 1; index >= 0 && reach < MAX_REACH; index--) {
    const line = doc.lines[index] as Line;
    if (report.isRemoved(index)) continue;
    reach++;
    if (isQuestion(line) && line.words <= MAX_OPTION_WORDS * 2) {
      question = line;
      break;
    }
    if (line.words > MAX_OPTION_WORDS) return;
    options.push(line);
  }
  // A poll has options; a question straight above a newsletter box is a
  // title (often the page's own headline), not a poll.
  if (!question || options.length === 0) return;
  // A poll's question printed several times over its options goes with it.
  const copies: Line[] = [question];
  for (let index = question.index - 1; index >= 0; index--) {
    const line = doc.lines[index] as Line;
    if (report.isRemoved(index)) continue;
    if (line.text !== question.text) break;
    copies.push(line);
  }
  for (const line of [...copies, ...options])
    report.remove(line.index, {
      kind: "widget",
      rule: "form/poll",
      reason:
        line === question || copies.includes(line)
          ? "a poll's question, above its options and the form's small print"
          : "a poll's option, between its question and the form's small print",
    });
}
