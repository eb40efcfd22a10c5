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

/** The page's tail holds at most this share of the article text scored good. */
const TAIL_MAX_GOOD_SHARE = 0.12;

/**
 * Where the page's tail starts: the first furniture anchor ("More from X",
 * "Comments", "Tags", a share bar) after the lead with hardly any article
 * text after it. Everything below it is related links, comment threads and
 * footers. An inline "Related:" box in the middle of an article has most of
 * the article after it, so it does not qualify. Returns the anchor's line
 * index, or undefined.
 */
export function tailStart(
  doc: { readonly lines: readonly Line[] },
  report: { verdict(line: number): { kind: RemovalKind } | undefined },
  lines: readonly Line[],
  classes: readonly ContentClass[],
  features: readonly LineFeatures[],
  articleStart: number,
  fullPage: boolean,
): number | undefined {
  let total = 0;
  const goodAfter = new Array<number>(doc.lines.length + 1).fill(0);
  for (let i = lines.length - 1; i >= 0; i--) {
    if (classes[i] === "good") total += (features[i] as LineFeatures).chars;
  }
  if (total === 0) return undefined;
  // good characters after each line index
  let running = 0;
  let k = lines.length - 1;
  for (let index = doc.lines.length - 1; index >= 0; index--) {
    goodAfter[index] = running;
    while (k >= 0 && (lines[k] as Line).index === index) {
      if (classes[k] === "good") running += (features[k] as LineFeatures).chars;
      k--;
    }
  }
  const firstContent = articleStart;
  const position = new Map(lines.map((line, i) => [line.index, i]));
  for (const line of doc.lines) {
    if (line.index <= firstContent) continue;
    const kind = report.verdict(line.index)?.kind;
    if (!kind || !TAIL_ANCHORS.has(kind)) continue;
    // On a page dump, the comment section after the article is the page's
    // tail however much text readers wrote in it.
    if (fullPage && kind === "comments" && (goodAfter[line.index] as number) <= total / 2)
      return line.index;
    if ((goodAfter[line.index] as number) > total * TAIL_MAX_GOOD_SHARE) continue;
    // A list follows a tail anchor; an article paragraph does not.
    const following = lines.filter((l) => l.index > line.index).slice(0, 2);
    if (following.some((l) => classes[position.get(l.index) as number] === "good")) continue;
    return extendTailUpwards(doc, report, line.index, firstContent);
  }
  return undefined;
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
