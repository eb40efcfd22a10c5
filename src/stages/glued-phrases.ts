import { confirmHit, fixedTokens, type Hit } from "../catalog/matcher.js";
import type { RemovalKind, Report } from "../report.js";
import type { Stage, StageContext } from "../stage.js";
import type { Line } from "../text/document.js";
import { tokenOffsets } from "../text/facts.js";
import { isNumberHash } from "../text/token-hash.js";

/** Longer lines are paragraphs: the matcher reads only their edges, and so does this stage. */
const MAX_WORDS = 140;
/** A line this much covered by catalogue phrases (and numbers) is a row of widgets. */
const MIN_COVERED_SHARE = 0.8;
/** What stays after a glued widget is cut off must be a paragraph, not a scrap. */
const MIN_KEPT_WORDS = 6;
/** Widgets that can be cut off a paragraph: what they leave is still the article. */
const TRIMMABLE: ReadonlySet<RemovalKind> = new Set([
  "share",
  "subscribe",
  "cookie",
  "widget",
  "ad",
  "comments",
]);
/** A `*` in a phrase may take this many of the line's words and still count as the phrase. */
const MAX_WILDCARD_TOKENS = 1;

/**
 * Widgets a scraper glued together, or glued onto the text. A catalogue
 * phrase is known inside a line, not only as the whole line (the matcher
 * finds it anywhere), so:
 * - a line that is nearly all catalogue phrases and numbers is a row of
 *   widgets ("Advertisement 2 Story continues below This advertisement has
 *   not loaded yet, but your article continues below.", "Email Sign Up By
 *   signing up you agree to ... You can unsubscribe at any time.") and goes;
 * - a phrase glued in front of a paragraph ("Article content The company
 *   said ...", "Share this story The ...") or after its last sentence is cut
 *   off, and the paragraph stays.
 * Only exact phrases (a `*` may stand for one word) count: "Share on *"
 * would otherwise cover any words at all.
 */
export const gluedPhrases: Stage = {
  id: "glued",
  run(doc, report, context) {
    for (const line of doc.lines) {
      if (report.isRemoved(line.index) || line.words > MAX_WORDS) continue;
      const n = line.hashes.length;
      if (n < 2) continue;
      if (!worthConfirming(line, context)) continue;
      const hits = widgetHits(line, context);
      if (hits.length === 0) continue;
      const covered = coverage(line, hits);
      let count = 0;
      for (let i = 0; i < n; i++) count += covered[i] as number;
      if (count >= MIN_COVERED_SHARE * n) {
        report.remove(line.index, {
          kind: dominantKind(hits),
          rule: "glued/widget-row",
          reason: `${count} of ${n} words are catalogue phrases or numbers: widgets glued into one line`,
        });
        continue;
      }
      // A cut follows the exact phrases only: a `*` at a phrase's edge
      // ("Advertisement *") may have taken the paragraph's first word.
      const exact = hits.filter((hit) => fixedTokens(hit) === hit.end - hit.start);
      if (exact.length > 0) trimGlued(line, coverage(line, exact), exact, report);
    }
  },
};

/**
 * Could the line's UI phrases, all confirmed, make it a widget row or a
 * glued edge? Only when they touch an end of the line or could cover 80% of
 * it: the matcher's unconfirmed hits bound what confirmation can give, and
 * most lines are dropped here without confirming anything.
 */
function worthConfirming(line: Line, context: StageContext): boolean {
  const n = line.hashes.length;
  let span = 0;
  for (const hit of context.hits(line)) {
    if ((hit.entry.role ?? "ui") !== "ui") continue;
    if (hit.start === 0 || hit.end === n) return true;
    span += hit.end - hit.start;
  }
  return span + numberTokens(line) >= MIN_COVERED_SHARE * n;
}

function numberTokens(line: Line): number {
  let count = 0;
  for (const hash of line.hashes) if (isNumberHash(hash)) count++;
  return count;
}

/** The line's UI phrases that really are there and leave at most one word to a `*`. */
function widgetHits(line: Line, context: StageContext): Hit[] {
  const found: Hit[] = [];
  for (const hit of context.hits(line)) {
    if ((hit.entry.role ?? "ui") !== "ui") continue;
    if (hit.end - hit.start - fixedTokens(hit) > MAX_WILDCARD_TOKENS) continue;
    if (confirmHit(line, hit)) found.push(hit);
  }
  return found;
}

/** 1 for each token a phrase or a number covers. */
function coverage(line: Line, hits: readonly Hit[]): Uint8Array {
  const covered = new Uint8Array(line.hashes.length);
  for (const hit of hits) covered.fill(1, hit.start, hit.end);
  for (let i = 0; i < line.hashes.length; i++)
    if (isNumberHash(line.hashes[i] as number)) covered[i] = 1;
  return covered;
}

/** The kind of the phrases that cover the most words. */
function dominantKind(hits: readonly Hit[]): RemovalKind {
  const words = new Map<RemovalKind, number>();
  for (const hit of hits)
    words.set(hit.entry.kind, (words.get(hit.entry.kind) ?? 0) + hit.end - hit.start);
  let best: RemovalKind = "widget";
  let most = 0;
  for (const [kind, count] of words)
    if (count > most) {
      best = kind;
      most = count;
    }
  return best;
}

/**
 * Cut a phrase glued to either end of a paragraph. In front, the rest must
 * open like a sentence (a capital, a digit or a quote): "Share prices
 * fell" is prose that happens to start with a catalogue word. Behind, the
 * text must end like a sentence first.
 */
function trimGlued(line: Line, covered: Uint8Array, hits: readonly Hit[], report: Report): void {
  const n = covered.length;
  let head = 0;
  while (head < n && covered[head] === 1) head++;
  let tail = n;
  while (tail > head && covered[tail - 1] === 1) tail--;
  // A phrase must start the head (not a number alone) and end the tail, and
  // one word is not enough: "Home Depot", "a report by E! News". An ad label
  // alone is ("Advertisement The company said...").
  const adLabel = hits.some((hit) => hit.start === 0 && hit.entry.kind === "ad");
  // A teaser label in front makes the rest another article's title, not a
  // paragraph: that is the teaser rules' business.
  if (hits.some((hit) => hit.start < head && !TRIMMABLE.has(hit.entry.kind))) head = 0;
  if (head > 0 && (!hits.some((hit) => hit.start === 0) || (head < 2 && !adLabel))) head = 0;
  if (tail < n && (!hits.some((hit) => hit.end === n) || n - tail < 2)) tail = n;
  if (head === 0 && tail === n) return;
  const { starts, ends } = tokenOffsets(line.text);
  if (starts.length !== n) return;
  let start = 0;
  let end = line.text.length;
  // Glue is bare: "I agree, Joe …" and "I agree. The …" are the writer's
  // own words after a phrase, punctuated as a sentence.
  const gap = head > 0 ? line.text.slice(ends[head - 1] as number, starts[head]) : "";
  if (
    head > 0 &&
    /^\s*$/u.test(gap) &&
    /^[\p{Lu}\p{Lo}\d"“«„'‘(]/u.test(line.text.slice(starts[head] as number))
  )
    start = starts[head] as number;
  if (tail < n) {
    const before = line.text.slice(0, starts[tail] as number).trimEnd();
    if (/[.!?…。！？"”»)]$/u.test(before)) end = before.length;
  }
  if (start === 0 && end === line.text.length) return;
  const kept = line.text.slice(start, end);
  if (kept.trim().split(/\s+/u).length < MIN_KEPT_WORDS) return;
  const glued = [line.text.slice(0, start), line.text.slice(end)].filter((s) => s.trim() !== "");
  report.trim(line.index, start, end, {
    kind: dominantKind(hits),
    rule: "glued/phrase-cut",
    reason: `catalogue phrase glued to the paragraph ("${glued.join(" … ").trim().slice(0, 60)}")`,
  });
}
