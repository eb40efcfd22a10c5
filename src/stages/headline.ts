import { stripSiteSuffix } from "../meta/site-suffix.js";
import type { Report } from "../report.js";
import type { Stage, StageContext } from "../stage.js";
import type { Doc, Line } from "../text/document.js";
import { looksLikeProse } from "../text/shape.js";
import { removeDecks } from "./headline-decks.js";
import { BREADCRUMB, scoreHeadlineCandidate } from "./headline-score.js";
import { leadLine } from "./lead.js";

/** The headline is among the first lines that survive the earlier stages. */
const SEARCH_LINES = 12;
/** How far down to look for the line a `Title:` header names. */
const TITLE_SEARCH_LINES = 20;

/**
 * Finds the headline and removes it from the body, with whatever sits above
 * it (captions, kickers, breadcrumbs, section names).
 *
 * A `Title:` header wins when there is one. Otherwise the candidates are the
 * surviving lines above the lead paragraph (the dateline, or the first line
 * of prose), and `scoreHeadlineCandidate` ranks them: the headline sits just
 * above the lead or first in the file, looks like a title, and does not
 * describe a picture. Sputnik puts a caption above the headline, so position
 * alone can't pick it.
 */
export const headline: Stage = {
  id: "headline",
  run(doc, report, context) {
    const title = context.findings.header.title;
    if (title && fromHeaderTitle(doc, report, context, title)) return;
    fromText(doc, report, context);
  },
};

function fromHeaderTitle(doc: Doc, report: Report, context: StageContext, title: string): boolean {
  const keys = new Set([
    normaliseTitleKey(title),
    normaliseTitleKey(stripSiteSuffix(title, context)),
  ]);
  let seen = 0;
  for (const line of doc.lines) {
    if (report.isRemoved(line.index)) continue;
    if (++seen > TITLE_SEARCH_LINES) break;
    if (
      !keys.has(normaliseTitleKey(line.text)) &&
      !keys.has(normaliseTitleKey(stripSiteSuffix(line.text, context)))
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

function normaliseTitleKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

function fromText(doc: Doc, report: Report, context: StageContext): void {
  const lead = leadLine(doc, report, context);
  const candidates: Line[] = [];
  let seen = 0;
  for (const line of doc.lines) {
    if (report.isRemoved(line.index)) continue;
    if (++seen > SEARCH_LINES || (lead && line.index >= lead.index)) break;
    candidates.push(line);
  }
  if (candidates.length === 0) return;
  const scored = candidates.map((line, position) => ({
    line,
    score: scoreHeadlineCandidate(doc, report, line, {
      first: position === 0,
      lastBeforeLead: lead !== undefined && position === candidates.length - 1,
      context,
    }),
  }));
  // On a tie the line nearer the lead wins: the headline sits on top of the article.
  const best = scored.reduce((a, b) => (b.score >= a.score ? b : a));
  if (best.score <= 0) return;
  const runnerUp = Math.max(0, ...scored.filter((s) => s !== best).map((s) => s.score));
  removeAbove(doc, report, best.line);
  removeDecks(doc, report, context, best.line);
  report.remove(best.line.index, {
    kind: "headline",
    rule: "headline/title-line",
    reason: "the article's title: a title-shaped line above the lead paragraph",
  });
  const confidence =
    Math.min(1, 0.4 + 0.15 * best.score) *
    (runnerUp > 0 ? Math.min(1, 0.6 + 0.2 * (best.score - runnerUp)) : 1);
  context.findings.headline = {
    text: stripSiteSuffix(best.line.text, context),
    line: best.line.index,
    confidence: Math.max(0.05, Math.round(confidence * 100) / 100),
  };
}

/** Lines above the headline are furniture: captions, kickers, breadcrumbs. */
function removeAbove(doc: Doc, report: Report, headlineLine: Line): void {
  for (const line of doc.lines) {
    if (line.index >= headlineLine.index) break;
    if (report.isRemoved(line.index) || looksLikeProse(line.text)) continue;
    if (BREADCRUMB.test(line.text)) {
      report.remove(line.index, {
        kind: "nav",
        rule: "headline/breadcrumb-above",
        reason: "breadcrumb trail above the headline",
      });
      continue;
    }
    const short = line.text.split(" ").length <= 3;
    report.remove(line.index, {
      kind: short ? "kicker" : "caption",
      rule: short ? "headline/kicker-above" : "headline/caption-above",
      reason: short
        ? "short label above the headline (section, kicker or breadcrumb)"
        : "text above the headline: a photo caption or teaser",
    });
  }
}
