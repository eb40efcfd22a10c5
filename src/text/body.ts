import type { DatelineFinding } from "../findings.js";
import type { Report } from "../report.js";
import type { Doc } from "./document.js";

/**
 * The body: kept lines, a paragraph per block, paragraphs joined by a blank
 * line and lines inside a paragraph by a newline (a `<br>` in the page).
 * Only text from the input, in input order: nothing is added or reworded.
 */
export function assembleBody(doc: Doc, report: Report, stripDateline?: DatelineFinding): string {
  const paragraphs: string[] = [];
  for (const block of doc.blocks) {
    const kept: string[] = [];
    for (const line of block.lines) {
      if (report.isRemoved(line.index)) continue;
      const trim = report.trimOf(line.index);
      let text = trim ? line.text.slice(trim.start, trim.end).trim() : line.text;
      if (stripDateline && stripDateline.line === line.index)
        text = text.slice(stripDateline.text.length).trim();
      if (text !== "") kept.push(text);
    }
    if (kept.length > 0) paragraphs.push(kept.join("\n"));
  }
  return paragraphs.join("\n\n");
}
