import { stripSiteSuffix } from "../meta/site-suffix.js";
import type { Report } from "../report.js";
import type { Stage, StageContext } from "../stage.js";
import type { Doc, Line } from "../text/document.js";
import { compactKey } from "../text/normalise.js";
import { removeDecks } from "./headline-decks.js";
import {
  contextEvidence,
  describe,
  type Evidence,
  eligible,
  intrinsicEvidence,
  rankEvidence,
  total,
} from "./headline-evidence.js";
import { removeHeadlineRepeats } from "./layout-junk.js";
import { leadLine } from "./lead.js";

/** The headline is among the first lines that survive the earlier stages. */
const MAX_CANDIDATES = 6;
/** How far down to look for the line a `Title:` header names. */
const TITLE_SEARCH_LINES = 20;
/** Below this much evidence there is no headline: the record says `null`. */
export const MIN_EVIDENCE = 1.5;

/** Breadcrumbs and section paths above the headline: "News › World › Europe", "Home / Sport". */
const BREADCRUMB = /\s(?:›|»|>|\/|\|)\s.*\s(?:›|»|>|\/|\|)\s|^\S+(?: \S+)?\s(?:›|»|>)\s/u;

interface Candidate {
  readonly line: Line;
  readonly evidence: readonly Evidence[];
  readonly score: number;
  /** The score the line would have as the first line with nothing around it. */
  readonly alone: number;
}

/**
 * Finds the headline and removes it from the body, with whatever sits above
 * it (captions, kickers, breadcrumbs) and the decks between it and the lead.
 *
 * A `Title:` header wins when there is one. Otherwise the headline is a
 * ranked choice among the first surviving lines, with named evidence
 * (`headline-evidence.ts`): a strong prior for the first line, title shape,
 * and demotions only on positive evidence that a line is something else (a
 * caption with its credit or cue, a kicker, a breadcrumb, a date). When no
 * candidate has enough evidence the record's headline is `null`.
 *
 * A pick must also hold on its own: cleaning `headline + body` again puts
 * the headline first with nothing around it, and it must win there too, so
 * a line is only taken when its evidence without context reaches the bar.
 */
export const headline: Stage = {
  id: "headline",
  run(doc, report, context) {
    const title = context.findings.header.title;
    if (title && fromHeaderTitle(doc, report, context, title)) return;
    const candidates = rank(doc, report, context);
    const best = candidates.reduce<Candidate | undefined>(
      (a, b) => (a === undefined || b.score > a.score ? b : a),
      undefined,
    );
    if (!best || best.score < MIN_EVIDENCE || best.alone < MIN_EVIDENCE) return;
    const runnerUp = Math.max(
      ...candidates.filter((c) => c !== best).map((c) => c.score),
      Number.NEGATIVE_INFINITY,
    );
    accept(doc, report, context, best, confidenceOf(best.score, runnerUp));
  },
};

/**
 * The last word on the headline, after every other stage: when none was
 * found, the first line left in the body is what a second run would see
 * first. If that line would be taken there, it is taken here, so that the
 * record is a fixed point of the cleaner.
 */
export const headlineOfBody: Stage = {
  id: "headline",
  run(doc, report, context) {
    if (context.findings.headline) return;
    let first: Line | undefined;
    for (const line of doc.lines)
      if (!report.isRemoved(line.index)) {
        first = line;
        break;
      }
    const lead = leadLine(doc, report, context);
    if (!first || !eligible(first, context, lead)) return;
    const evidence = [rankEvidence(0), ...intrinsicEvidence(first, context)];
    evidence.push(...contextEvidence(doc, report, first, lead, isDateline(context, lead), true));
    const score = total(evidence);
    // A second run decides on what it will see: this line first, without the
    // lines around it that this run cuts (a credit under a caption).
    const alone = total(evidence.filter((e) => !e.context));
    if (alone < MIN_EVIDENCE) return;
    accept(
      doc,
      report,
      context,
      { line: first, evidence, score, alone },
      confidenceOf(score, Number.NEGATIVE_INFINITY),
    );
    removeHeadlineRepeats(doc, report, context);
  },
};

/** The lead is the dateline's line. */
function isDateline(context: StageContext, lead: Line | undefined): boolean {
  return lead !== undefined && context.findings.dateline?.line === lead.index;
}

/** The candidates among the first surviving lines, down to the lead, with their evidence. */
function rank(doc: Doc, report: Report, context: StageContext): Candidate[] {
  const lead = leadLine(doc, report, context);
  const out: Candidate[] = [];
  let position = 0;
  let seenAny = false; // a surviving line came before this one
  for (const line of doc.lines) {
    if (report.isRemoved(line.index)) continue;
    const wasFirst = !seenAny;
    seenAny = true;
    if (position >= MAX_CANDIDATES || (lead && line.index >= lead.index)) break;
    // Furniture that no earlier stage removed (a UI string, a header line)
    // is not the article's first line: it takes no rank.
    if (!eligible(line, context, lead)) continue;
    const rankNow = position++;
    const intrinsic = intrinsicEvidence(line, context);
    const around = contextEvidence(doc, report, line, lead, isDateline(context, lead), wasFirst);
    const evidence = [rankEvidence(rankNow), ...intrinsic, ...around];
    // What a second cleaning would see: this line first, and what survives the cleaning.
    const alone =
      rankEvidence(0).weight + total(intrinsic) + total(around.filter((e) => !e.context));
    out.push({ line, evidence, score: total(evidence), alone });
  }
  return out;
}

/**
 * How sure the pick is, 0..1: how far its evidence clears the bar, and how
 * far it leads the next candidate. Calibrated on the dev corpora (see the
 * README): at 0.8 and above the headline is right at least 97% of the time.
 */
function confidenceOf(score: number, runnerUp: number): number {
  const clear = 1 - Math.exp(-(score - MIN_EVIDENCE + 0.5) / 1.5);
  const lead = runnerUp === Number.NEGATIVE_INFINITY ? 1 : 1 - Math.exp(-(score - runnerUp) / 1.5);
  return Math.max(0.05, Math.round(Math.min(1, clear * lead) * 100) / 100);
}

function accept(
  doc: Doc,
  report: Report,
  context: StageContext,
  best: Candidate,
  confidence: number,
): void {
  removeAbove(doc, report, best.line);
  removeDecks(doc, report, context, best.line);
  report.remove(best.line.index, {
    kind: "headline",
    rule: "headline/title-line",
    reason: `the article's title: ${describe(best.evidence)}`,
  });
  context.findings.headline = {
    text: stripSiteSuffix(best.line.text, context),
    line: best.line.index,
    confidence,
  };
}

function fromHeaderTitle(doc: Doc, report: Report, context: StageContext, title: string): boolean {
  const keys = new Set([compactKey(title), compactKey(stripSiteSuffix(title, context))]);
  let seen = 0;
  for (const line of doc.lines) {
    if (report.isRemoved(line.index)) continue;
    if (++seen > TITLE_SEARCH_LINES) break;
    if (
      !keys.has(compactKey(line.text)) &&
      !keys.has(compactKey(stripSiteSuffix(line.text, context)))
    ) {
      continue;
    }
    removeAbove(doc, report, line);
    removeDecks(doc, report, context, line);
    report.remove(line.index, {
      kind: "headline",
      rule: "headline/header-title",
      reason: "repeats the header's title",
    });
    context.findings.headline = {
      text: stripSiteSuffix(title, context),
      line: line.index,
      confidence: 1,
    };
    return true;
  }
  context.findings.headline = {
    text: stripSiteSuffix(title, context),
    line: null,
    confidence: 0.9,
  };
  return true;
}

/** Lines above the headline are furniture: captions, kickers, breadcrumbs. */
function removeAbove(doc: Doc, report: Report, headlineLine: Line): void {
  for (const line of doc.lines) {
    if (line.index >= headlineLine.index) break;
    if (report.isRemoved(line.index) || line.prose) continue;
    if (BREADCRUMB.test(line.text)) {
      report.remove(line.index, {
        kind: "nav",
        rule: "headline/breadcrumb-above",
        reason: "breadcrumb trail above the headline",
      });
      continue;
    }
    const short = line.words <= 3;
    report.remove(line.index, {
      kind: short ? "kicker" : "caption",
      rule: short ? "headline/kicker-above" : "headline/caption-above",
      reason: short
        ? "short label above the headline (section, kicker or breadcrumb)"
        : "text above the headline: a photo caption or teaser",
    });
  }
}
