import { CAPTION_CUES, PICTURE_WORDS } from "../catalog/caption-cues.js";
import { confirmHit } from "../catalog/matcher.js";
import { dateOrderFor, parseWrittenDate } from "../meta/parse-date.js";
import type { Report } from "../report.js";
import { hasHit, type StageContext } from "../stage.js";
import type { Doc, Line } from "../text/document.js";
import { isSentenceTitle } from "./lead.js";
import { parseScraperHeaderLine } from "./scraper-header.js";

/**
 * Evidence about one headline candidate: a name (what `explain` prints), a
 * weight, and whether it would be lost on cleaning the record again
 * (`context`: it rests on lines that the cleaning removes, such as a byline
 * under the candidate or a copy of it). The headline is the candidate with
 * the most evidence; see `headline.ts`.
 */
export interface Evidence {
  readonly name: string;
  readonly weight: number;
  readonly context: boolean;
}

/** Breadcrumbs and section paths: "News › World › Europe", "Home / Sport". */
const BREADCRUMB = /\s(?:›|»|>|\/|\|)\s.*\s(?:›|»|>|\/|\|)\s|^\S+(?: \S+)?\s(?:›|»|>)\s/u;

/** Weights of the position prior: most real pages open with their headline. */
const RANK_PRIOR = [2, 0.75, 0.25];
/** Longest line that can be a headline. */
export const MAX_HEADLINE_WORDS = 40;
const MAX_TITLE_WORDS = 25;
/** How far below a candidate its byline or timestamp may sit. */
const BYLINE_REACH = 3;
const REPEAT_REACH = 6;

/**
 * Could the line be a headline at all? Not prose, not too long, not a
 * scraper header line, not a UI string (a line that is mostly catalogue
 * phrases, "Placeholder while ... load", "Temps de lecture : 3 minutes").
 */
export function eligible(line: Line, context: StageContext, lead: Line | undefined): boolean {
  // A lead-shaped paragraph is not a title, unless the lead is below it (a
  // sentence title, a line over the dateline); a question is a title's shape.
  if (
    line.prose &&
    (line.endsWithFullStop || line.words >= 20) &&
    !(lead && lead.index > line.index)
  )
    return false;
  if (line.words > MAX_HEADLINE_WORDS || line.letters === 0) return false;
  if (mayBeHeader(line) && parseScraperHeaderLine(line.text) !== undefined) return false;
  return !mostlyCatalogue(line, context);
}

/** Header lines hold a colon (`Title: ...`), an equals sign or a date, or are a bare URL. */
function mayBeHeader(line: Line): boolean {
  const text = line.text;
  return (
    line.digits > 0 ||
    text.includes(":") ||
    text.includes("=") ||
    text.includes("：") ||
    text.startsWith("www.")
  );
}

/** Half of the line's tokens or more are UI phrases of the catalogue. */
function mostlyCatalogue(line: Line, context: StageContext): boolean {
  const n = line.hashes.length;
  if (n === 0) return true;
  const ui = context.hits(line).filter((hit) => (hit.entry.role ?? "ui") === "ui");
  // Hits found by hash; only a line they would cover is checked word by word.
  if (coverage(ui, n) * 2 < n) return false;
  return (
    coverage(
      ui.filter((hit) => confirmHit(line, hit)),
      n,
    ) *
      2 >=
    n
  );
}

function coverage(hits: readonly { start: number; end: number }[], n: number): number {
  if (hits.length === 0) return 0;
  const covered = new Uint8Array(n);
  for (const hit of hits) for (let i = hit.start; i < hit.end; i++) covered[i] = 1;
  let count = 0;
  for (let i = 0; i < n; i++) count += covered[i] as number;
  return count;
}

/** What the candidate is by its own words: title shape, caption cues, dates. */
export function intrinsicEvidence(line: Line, context: StageContext): Evidence[] {
  const out: Evidence[] = [];
  const add = (name: string, weight: number) => out.push({ name, weight, context: false });
  // Words as Chinese and Japanese count them too: two characters a word.
  const words = line.effectiveWords;
  // Title case is a title's, even with a full stop ("... Why You Shouldn't Worry.").
  const titleCased = words >= 3 && line.titleCaseRatio >= 0.7;
  if (words <= 2) add("one or two words: a kicker or section label", -2);
  else if (words <= MAX_TITLE_WORDS && (!line.endsWithFullStop || titleCased))
    add("title-length", 1);
  else if (words > MAX_TITLE_WORDS) add("long for a title", -1.5);
  if (line.endsWithFullStop) add("ends like a sentence", titleCased ? -0.75 : -2.5);
  if (words >= 3 && line.titleCaseRatio >= 0.7) add("title case", 0.5);
  if (words <= 3 && line.upperCaseRatio > 0.9) add("a short line in capitals", -0.5);
  if (BREADCRUMB.test(line.text)) add("a breadcrumb", -2);
  if (hasHit(context, line, "caption-word") && CAPTION_CUES.some((c) => c.pattern.test(line.lower)))
    add("opens like a caption", -3);
  else if (PICTURE_WORDS.test(line.lower)) add("describes a picture", -1.5);
  // Captions date their picture ("... on January 14, 2019"); a numeric date
  // is a title's ("Opening Bell 11.18.19").
  if (line.digits >= 4) {
    const language = context.language.code;
    const date = parseWrittenDate(
      line.text,
      language,
      dateOrderFor(context.options.dateOrder, language),
    );
    if (date && /\p{L}/u.test(date.text)) add("gives a date, as captions do", -1.5);
  }
  return out;
}

/** The position prior for a candidate's rank among the top lines. */
export function rankEvidence(rank: number): Evidence {
  return {
    name: rank === 0 ? "first line of the article" : `line ${rank + 1} of the top`,
    weight: RANK_PRIOR[rank] ?? 0,
    context: false,
  };
}

/** What the lines around the candidate say: a credit glued to it, a byline under it, a copy of it. */
export function contextEvidence(
  doc: Doc,
  report: Report,
  line: Line,
  lead: Line | undefined,
  dateline: boolean,
  first: boolean,
): Evidence[] {
  const out: Evidence[] = [];
  const add = (name: string, weight: number, lost = true) =>
    out.push({ name, weight, context: lost });
  const next = nextSurviving(doc, report, line.index);
  // A line glued to a photo credit is that photo's caption.
  const below = doc.lines[line.index + 1];
  if (below && below.block === line.block && report.verdict(below.index)?.kind === "credit")
    add("a photo credit is glued under it", -3);
  else if (below && report.verdict(below.index)?.kind === "credit" && line.endsLikeSentence)
    add("a sentence over a photo credit", -2);
  // Wire-style pages print the headline right above the dateline
  // ("MOSCOW, May 31 (Reuters) -"): the strongest sign the layout gives.
  // The lead stays, and what stands between it and the headline goes, so
  // this evidence holds on a second cleaning too.
  if (lead && next && next.index === lead.index)
    add(dateline ? "right above the dateline" : "right above the lead", dateline ? 2 : 0.5, false);
  // Outlets that title with a sentence print it first, as a paragraph of its own.
  if (first && line.endsWithFullStop && isSentenceTitle(doc, report, line))
    add("a short sentence opening the text on its own, as sentence titles do", 3, false);
  if (bylineBelow(doc, report, line)) add("a byline or timestamp follows", 0.75);
  if (printedTwice(doc, report, line)) add("printed twice at the top", 0.75);
  return out;
}

function nextSurviving(doc: Doc, report: Report, index: number): Line | undefined {
  for (let i = index + 1; i < doc.lines.length; i++) if (!report.isRemoved(i)) return doc.lines[i];
  return undefined;
}

function bylineBelow(doc: Doc, report: Report, line: Line): boolean {
  let surviving = 0;
  for (let i = line.index + 1; i < doc.lines.length && i <= line.index + BYLINE_REACH + 2; i++) {
    const verdict = report.verdict(i);
    if (verdict?.kind === "byline") return true;
    if (!verdict && (++surviving > 1 || (doc.lines[i] as Line).prose)) return false;
  }
  return false;
}

/**
 * Pages print their title twice (a kicker block, then the h1; a share box).
 * A copy that a picture widget printed (the caption again under its credit)
 * says "caption", not "title".
 */
function printedTwice(doc: Doc, report: Report, line: Line): boolean {
  const from = Math.max(0, line.index - REPEAT_REACH);
  const to = Math.min(doc.lines.length, line.index + REPEAT_REACH);
  for (let i = from; i < to; i++) {
    const other = doc.lines[i] as Line;
    if (i === line.index || other.chars !== line.chars || other.text !== line.text) continue;
    const kind = report.verdict(i)?.kind;
    if (kind !== "caption" && kind !== "credit" && kind !== "teaser") return true;
  }
  return false;
}

export function total(evidence: readonly Evidence[]): number {
  let sum = 0;
  for (const e of evidence) sum += e.weight;
  return sum;
}

/** "first line (+2), title case (+0.5), ...": the evidence as `explain` shows it. */
export function describe(evidence: readonly Evidence[]): string {
  return evidence
    .filter((e) => e.weight !== 0)
    .map((e) => `${e.name} (${e.weight > 0 ? "+" : ""}${e.weight})`)
    .join(", ");
}
