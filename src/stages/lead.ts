import type { Report } from "../report.js";
import type { StageContext } from "../stage.js";
import type { Doc, Line } from "../text/document.js";

/** The lead is among the first lines that survive the earlier stages. */
const SEARCH_LINES = 13;

/**
 * A title written as a sentence ("... They just might be.", "... Why You
 * Shouldn't Worry."): a short sentence that opens the text as a paragraph
 * of its own, with a paragraph of prose under it. Some outlets title this
 * way (nj.com, Barron's, many blogs); a lead is longer.
 */
export const MAX_SENTENCE_TITLE_WORDS = 16;

export function isSentenceTitle(doc: Doc, report: Report, line: Line): boolean {
  if (line.words > MAX_SENTENCE_TITLE_WORDS) return false;
  // A paragraph of its own, once the lines cut from it are gone.
  for (const other of doc.blocks[line.block]?.lines ?? [])
    if (other !== line && !report.isRemoved(other.index)) return false;
  const next = nextKept(doc, report, line.index);
  return next?.prose === true && next.block !== line.block;
}

/**
 * The lead paragraph: the dateline line, or the first line of prose. A
 * sentence title opening the text is not the lead: the prose under it is.
 */
export function leadLine(doc: Doc, report: Report, context: StageContext): Line | undefined {
  const datelineLine = context.findings.dateline?.line;
  if (datelineLine !== undefined) return doc.lines[datelineLine];
  let seen = 0;
  for (const line of doc.lines) {
    if (report.isRemoved(line.index)) continue;
    if (++seen > SEARCH_LINES) break;
    // The lead is a paragraph, not a question-shaped title ("... time to be careful?").
    if (!line.prose || !(line.endsWithFullStop || line.words >= 20)) continue;
    if (seen === 1 && isSentenceTitle(doc, report, line)) continue;
    return line;
  }
  return undefined;
}

function nextKept(doc: Doc, report: Report, index: number): Line | undefined {
  for (let i = index + 1; i < doc.lines.length; i++) if (!report.isRemoved(i)) return doc.lines[i];
  return undefined;
}
