import type { Report } from "../report.js";
import type { StageContext } from "../stage.js";
import type { Doc, Line } from "../text/document.js";
import { leadLine } from "./lead.js";

/**
 * Between the headline and the lead, a line that is not a sentence is a
 * deck (a subtitle), a section label or a video title: not the article.
 * Sentences stay: a one-sentence standfirst can be the article's first line.
 */
export function removeDecks(
  doc: Doc,
  report: Report,
  context: StageContext,
  headlineLine: Line,
): void {
  removeStandfirst(doc, report, context, headlineLine);
  const lead = leadLine(doc, report, context);
  if (!lead) return;
  for (let i = headlineLine.index + 1; i < lead.index; i++) {
    const line = doc.lines[i];
    if (!line || report.isRemoved(i) || line.sentence || line.prose) continue;
    report.remove(i, {
      kind: "deck",
      rule: "headline/deck-below",
      reason: "between the headline and the lead paragraph, not a sentence",
    });
  }
}

function proseAfter(doc: Doc, report: Report, index: number): boolean {
  for (let i = index + 1; i < doc.lines.length; i++)
    if (!report.isRemoved(i) && (doc.lines[i] as Line).prose) return true;
  return false;
}

/** How far under the headline a byline still marks the standfirst above it. */
const STANDFIRST_LOOKAHEAD = 8;
const MAX_STANDFIRST_LINES = 3;
const MAX_STANDFIRST_WORDS = 60;

/**
 * A standfirst: the sentence or two printed under the headline and above
 * the byline ("NASA's sights are set on the Moon..." then "by Laura
 * Winter"). The byline marks it: the article starts below the byline.
 */
function removeStandfirst(
  doc: Doc,
  report: Report,
  context: StageContext,
  headlineLine: Line,
): void {
  let byline = -1;
  for (
    let i = headlineLine.index + 1;
    i < doc.lines.length && i <= headlineLine.index + STANDFIRST_LOOKAHEAD;
    i++
  ) {
    if (context.findings.dateline?.line === i) break;
    // A byline found at the top, not a sign-off ("— AFP") or a stray timestamp further down.
    const rule = report.verdict(i)?.rule ?? "";
    if (rule.startsWith("byline/") && rule !== "byline/lone-timestamp") byline = i;
  }
  // The byline opens the article only if article text follows it: one
  // that closes the page ("By Jane Doe" as the last line) marks no standfirst.
  if (byline < 0 || !proseAfter(doc, report, byline)) return;
  const between = [];
  for (let i = headlineLine.index + 1; i < byline; i++) if (!report.isRemoved(i)) between.push(i);
  if (between.length === 0 || between.length > MAX_STANDFIRST_LINES) return;
  // A standfirst is a sentence or two: paragraphs of prose above a "byline"
  // mean the byline is something else (an embedded post's signature).
  let words = 0;
  for (const i of between) words += (doc.lines[i] as Line).words;
  if (words > MAX_STANDFIRST_WORDS) return;
  for (const i of between) {
    report.remove(i, {
      kind: "deck",
      rule: "headline/standfirst",
      reason: "between the headline and the byline: the standfirst",
    });
  }
}
