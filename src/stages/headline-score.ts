import { CAPTION_CUES } from "../catalog/caption-cues.js";
import { dateOrderFor, parseWrittenDate } from "../meta/parse-date.js";
import type { Report } from "../report.js";
import type { StageContext } from "../stage.js";
import type { Doc, Line } from "../text/document.js";
import {
  endsWithFullStop,
  looksLikeProse,
  titleCaseRatio,
  upperCaseRatio,
  wordCount,
} from "../text/shape.js";

export interface CandidatePosition {
  /** First surviving line of the file. */
  readonly first: boolean;
  /** Directly above the lead paragraph (dateline or first prose line). */
  readonly lastBeforeLead: boolean;
  readonly context: StageContext;
}

// Verbs and phrases that describe a photograph rather than report news.
const PICTURE_WORDS =
  /\b(?:pictured|photographed|seen (?:here|in|during|at)|shows|poses?|posing|gestures?|looks on|waves|view of|taken on|taken in)\b/iu;
// Breadcrumbs and section paths: "News › World › Europe", "Home / Sport".
export const BREADCRUMB = /\s(?:›|»|>|\/|\|)\s.*\s(?:›|»|>|\/|\|)\s|^\S+(?: \S+)?\s(?:›|»|>)\s/u;

/**
 * How much a line looks like the article's headline, from its shape and
 * position. Positive means "could be the headline"; the best wins.
 */
export function scoreHeadlineCandidate(
  doc: Doc,
  report: Report,
  line: Line,
  position: CandidatePosition,
): number {
  const text = line.text;
  const words = wordCount(text);
  if (words > 40 || text.length > 300) return -5;
  let score = 1;
  // Kickers and section names are one or two words; headlines are longer.
  if (words <= 2) score -= 1.5;
  else if (words >= 3 && words <= 25) score += 0.5;
  // Headlines almost never end with a full stop; a sentence there is the
  // article's first line unless something else says "title" (the file has a
  // dateline below it, or title case).
  if (endsWithFullStop(text)) {
    const titled = position.context.findings.dateline !== undefined || titleCaseRatio(text) >= 0.7;
    score -= titled ? 2.5 : 5;
  }
  const titleCase = titleCaseRatio(text);
  if (titleCase >= 0.7 && words >= 3) score += 0.75;
  const upper = upperCaseRatio(text);
  if (upper > 0.9 && words <= 3) score -= 0.5; // "WORLD", "BREAKING NEWS"
  if (BREADCRUMB.test(text)) score -= 2;
  // Captions give the picture's date ("... on January 14, 2019") and describe it.
  // A numeric date is a title's ("Opening Bell 11.18.19"); a written-out one a caption's.
  const date = parseWrittenDate(
    text,
    position.context.language.code,
    dateOrderFor(position.context.options.dateOrder, position.context.language.code),
  );
  if (date && /\p{L}/u.test(date.text)) score -= 1.5;
  if (PICTURE_WORDS.test(text) || CAPTION_CUES.some((cue) => cue.pattern.test(line.lower)))
    score -= 1.5;
  // A line glued to a photo credit in the same paragraph is that photo's caption.
  const next = doc.lines[line.index + 1];
  if (next && next.block === line.block && report.verdict(next.index)?.kind === "credit")
    score -= 3;
  // "The headline sits just before the byline": a byline within the next
  // few lines (skipping labels and share buttons) marks the line above it.
  if (bylineFollows(doc, report, line)) score += 1.5;
  // Pages often print their title twice (a kicker block, then the h1).
  if (repeatedNearby(doc, report, line)) score += 0.75;
  if (position.lastBeforeLead) score += 1;
  if (position.first) score += 0.5;
  return score;
}

const BYLINE_LOOKAHEAD = 4;

/**
 * A byline within the next few lines, passing over removed furniture and at
 * most one surviving title-like line (a deck: headline, deck, byline is the
 * common layout, and the headline is the first of the two).
 */
function bylineFollows(doc: Doc, report: Report, line: Line): boolean {
  let surviving = 0;
  for (let i = line.index + 1; i < doc.lines.length && i <= line.index + BYLINE_LOOKAHEAD; i++) {
    const verdict = report.verdict(i);
    if (verdict?.kind === "byline") return true;
    if (!verdict && (++surviving > 1 || looksLikeProse((doc.lines[i] as Line).text))) return false;
  }
  return false;
}

/**
 * Printed twice at the top (a kicker block, then the h1). A copy that a
 * picture widget printed (the caption again under its credit) says
 * "caption", not "title".
 */
function repeatedNearby(doc: Doc, report: Report, line: Line): boolean {
  for (let i = Math.max(0, line.index - 6); i < Math.min(doc.lines.length, line.index + 6); i++) {
    if (i === line.index || doc.lines[i]?.key !== line.key) continue;
    const kind = report.verdict(i)?.kind;
    if (kind !== "caption" && kind !== "credit" && kind !== "teaser") return true;
  }
  return false;
}
