import type { Report } from "../report.js";
import type { StageContext } from "../stage.js";
import type { Doc, Line } from "../text/document.js";
import { endsWithFullStop, looksLikeProse, wordCount } from "../text/shape.js";

/** The lead is among the first lines that survive the earlier stages. */
const SEARCH_LINES = 13;

/** The lead paragraph: the dateline line, or the first line of prose. */
export function leadLine(doc: Doc, report: Report, context: StageContext): Line | undefined {
  const datelineLine = context.findings.dateline?.line;
  if (datelineLine !== undefined) return doc.lines[datelineLine];
  let seen = 0;
  for (const line of doc.lines) {
    if (report.isRemoved(line.index)) continue;
    if (++seen > SEARCH_LINES) break;
    // The lead is a paragraph, not a question-shaped title ("... time to be careful?").
    if (looksLikeProse(line.text) && (endsWithFullStop(line.text) || wordCount(line.text) >= 20))
      return line;
  }
  return undefined;
}
