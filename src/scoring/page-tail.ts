import type { RemovalKind } from "../report.js";
import type { Line } from "../text/document.js";
import type { ContentClass, LineFeatures } from "./line-features.js";

/**
 * Kinds of furniture that open a page's tail: "Related", "More from X",
 * "Comments", "Tags", share bars, newsletter boxes. After one of them, the
 * short lines that follow are links, not the article.
 */
const TAIL_ANCHORS: ReadonlySet<RemovalKind> = new Set([
  "related",
  "comments",
  "share",
  "subscribe",
  "nav",
  "repeated",
]);

/** Where the tail starts (everything after line `start` is tail) and whether it opens with a long box. */
export interface Tail {
  readonly start: number;
  /** A long box of links opens it: the prose below is the site's too (see longBoxAt). */
  readonly boxed: boolean;
}

/** The page's tail holds at most this share of the article text scored good. */
const TAIL_MAX_GOOD_SHARE = 0.12;

/**
 * Where the page's tail starts: the first furniture anchor ("More from X",
 * "Comments", "Tags", a share bar) after the lead with hardly any article
 * text after it. Everything below it is related links, comment threads and
 * footers. An inline "Related:" box in the middle of an article has most of
 * the article after it, so it does not qualify.
 */
export function tailStart(
  doc: { readonly lines: readonly Line[] },
  report: { verdict(line: number): { kind: RemovalKind } | undefined },
  lines: readonly Line[],
  classes: readonly ContentClass[],
  features: readonly LineFeatures[],
  articleStart: number,
  fullPage: boolean,
): Tail | undefined {
  let total = 0;
  for (let i = 0; i < lines.length; i++)
    if (classes[i] === "good") total += (features[i] as LineFeatures).chars;
  if (total === 0) return undefined;
  // Walking the document down, `next` is the first surviving line below and
  // `goodAfter` the good characters from it on.
  const firstContent = articleStart;
  let next = 0;
  let goodAfter = total;
  for (const line of doc.lines) {
    while (next < lines.length && (lines[next] as Line).index <= line.index) {
      if (classes[next] === "good") goodAfter -= (features[next] as LineFeatures).chars;
      next++;
    }
    if (line.index <= firstContent) continue;
    const kind = report.verdict(line.index)?.kind;
    if (!kind || !TAIL_ANCHORS.has(kind)) continue;
    // On a page dump, the comment section after the article is the page's
    // tail however much text readers wrote in it.
    if (fullPage && kind === "comments" && goodAfter <= total / 2)
      return { start: line.index, boxed: false };
    // A long box of links under the anchor (a staff list, a "More stories"
    // column) is the page's tail even when a block of prose follows it: an
    // article's inline box is a few links, and the prose under a long one
    // is the site's (an appeal for support, an about-us box).
    if (
      goodAfter <= total * TAIL_MAX_GOOD_SHARE_AFTER_LONG_BOX &&
      longBoxAt(doc, report, lines, classes, next, line.index)
    )
      return { start: extendTailUpwards(doc, report, line.index, firstContent), boxed: true };
    if (goodAfter > total * TAIL_MAX_GOOD_SHARE) {
      // A feed of cards (title, meta line, summary) after a page dump's
      // article has much text, but it is the feed's: after an anchor, cards
      // in a row end the article.
      if (
        fullPage &&
        total - goodAfter >= MIN_ARTICLE_CHARS_BEFORE_FEED &&
        cardFeedAt(lines, classes, next)
      )
        return { start: extendTailUpwards(doc, report, line.index, firstContent), boxed: false };
      continue;
    }
    // A list follows a tail anchor; an article paragraph does not.
    if (classes[next] === "good" || classes[next + 1] === "good") continue;
    return { start: extendTailUpwards(doc, report, line.index, firstContent), boxed: false };
  }
  return undefined;
}

/** After a long box of links, the prose left is the site's, up to this share of the good text. */
const TAIL_MAX_GOOD_SHARE_AFTER_LONG_BOX = 0.4;
/**
 * A long box: from the anchor down, this many lines cut as links (related,
 * comments) before any prose. Lines cut as menus do not count: a page dump's
 * bulleted lists inside the article are cut as menus.
 */
const LONG_BOX_LINES = 10;
const BOX_KINDS: ReadonlySet<RemovalKind> = new Set(["related", "comments"]);

function longBoxAt(
  doc: { readonly lines: readonly Line[] },
  report: { verdict(line: number): { kind: RemovalKind } | undefined },
  lines: readonly Line[],
  classes: readonly ContentClass[],
  next: number,
  anchor: number,
): boolean {
  let surviving = next; // the first surviving line below the anchor
  let box = 0;
  for (let i = anchor + 1; i < doc.lines.length; i++) {
    if (surviving < lines.length && (lines[surviving] as Line).index === i) {
      // A surviving line: prose ends the box, anything else is part of it.
      if (classes[surviving] === "good") return false;
      surviving++;
      continue;
    }
    const kind = report.verdict(i)?.kind;
    if (kind !== undefined && BOX_KINDS.has(kind) && ++box >= LONG_BOX_LINES) return true;
  }
  return false;
}

/**
 * Before a card feed, an article's worth of good text. Not a share of the
 * page's: a feed can hold five times the article's text.
 */
const MIN_ARTICLE_CHARS_BEFORE_FEED = 400;
/** A feed shows this many cards within `CARD_WINDOW` lines of its anchor. */
const MIN_CARDS = 3;
const CARD_WINDOW = 16;
/** A card's title or meta line: short, not a sentence. */
const MAX_CARD_LINE_WORDS = 16;

/**
 * Cards from `from` on: a line of text (the summary, or a long title) right
 * under a short line that is not a sentence (a title, a kicker, "by Jane
 * Roe", "4 diggs Video"). An article's subheads come one per several
 * paragraphs; a feed's titles come one per summary.
 */
function cardFeedAt(
  lines: readonly Line[],
  classes: readonly ContentClass[],
  from: number,
): boolean {
  let cards = 0;
  let paragraphsInARow = 0;
  for (let i = from + 1; i < lines.length && i <= from + CARD_WINDOW; i++) {
    const cls = classes[i];
    if (cls !== "good" && cls !== "neargood") {
      paragraphsInARow = 0;
      continue;
    }
    // Two paragraphs in a row: the article goes on.
    if (cls === "good" && ++paragraphsInARow >= 2) return false;
    const above = lines[i - 1] as Line;
    if (classes[i - 1] === "short" && !above.sentence && above.words <= MAX_CARD_LINE_WORDS)
      if (++cards >= MIN_CARDS) return true;
  }
  return false;
}

/**
 * The furniture block often starts before the line we recognise: a box
 * title nobody catalogued ("On Our Radar") and its links sit above
 * "Trending in Entertainment". Walk up over lines that are not sentences,
 * to the last line of the article's prose. Returns the index after which
 * everything is tail.
 */
/** Links in a box are headlines: a recipe's ingredient lines are longer. */
const MAX_LINK_WORDS = 10;

function extendTailUpwards(
  doc: { readonly lines: readonly Line[] },
  report: { verdict(line: number): { kind: RemovalKind } | undefined },
  anchor: number,
  firstContent: number,
): number {
  let start = anchor;
  for (let i = anchor - 1; i > firstContent; i--) {
    const line = doc.lines[i] as Line;
    if (report.verdict(i)) continue;
    if (line.sentence || line.prose || line.words > MAX_LINK_WORDS) break;
    // "— Jane Doe (@jane) November 18, 2019": an embedded tweet closes the story.
    if (line.text.includes("(@")) break;
    start = i - 1;
  }
  return start;
}
