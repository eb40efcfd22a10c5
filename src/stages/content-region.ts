import type { RemovalKind } from "../report.js";
import {
  type ContentClass,
  classify,
  type LineFeatures,
  lineFeatures,
} from "../scoring/line-features.js";
import { isPageDump } from "../scoring/page-dump.js";
import { bestRegion } from "../scoring/region.js";
import { smooth } from "../scoring/smoothing.js";
import type { Stage } from "../stage.js";
import type { Line } from "../text/document.js";
import { isSentence, looksLikeProse, wordCount } from "../text/shape.js";
import { parseDateline } from "./dateline.js";

/**
 * Scores for the best-region search. On a whole-page dump, short lines and
 * link titles weigh more: a feed of teaser cards (title, kicker, source,
 * one-line summary) must not read as the article's continuation.
 */
function weight(cls: ContentClass, f: LineFeatures, fullPage: boolean): number {
  switch (cls) {
    case "good":
      return 1 + Math.min(f.chars, 600) / 150;
    case "neargood":
      return 0.5;
    case "short":
      return fullPage ? (f.linkTitle ? -1 : -0.6) : -0.3;
    case "bad":
      return f.bullet || f.dumpMarkup ? -1.5 : -1;
  }
}

function kindFor(f: LineFeatures, region: "before" | "after"): RemovalKind {
  if (f.bullet || f.dumpMarkup) return "nav";
  return region === "after" ? "related" : "boilerplate";
}

/** Captions and promos a page dump prints between its menus and the dateline. */
const MAX_PROSE_BEFORE_PAGE_DATELINE = 8;

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

/**
 * Language-aware content scoring for what no pattern names. Each surviving
 * line is classed by length, stopword density in the article's language,
 * punctuation, bullets and link shapes; jusText's context pass smooths the
 * classes; the best contiguous region (maximum subarray over the scores) is
 * the article.
 *
 * What goes depends on the file. A whole-page dump (menus, buttons, image
 * alts) loses everything outside the region, comment threads and footers
 * included, and its menus inside it. An article scrape keeps prose and
 * sentences wherever they are (prose is only removed on strong evidence):
 * above the region it loses non-sentence lines (bylines, labels); below it,
 * only what follows a furniture anchor such as "Related" or "Comments", so
 * an article that ends with a list (a recipe, a schedule) keeps it.
 */
export const contentRegion: Stage = {
  id: "content",
  run(doc, report, context) {
    const lines = doc.lines.filter((line) => !report.isRemoved(line.index));
    if (lines.length === 0) return;
    const features = lines.map((line) => lineFeatures(line.text, context.language));
    const classes = features.map(classify);
    const smoothed = smooth(classes);
    const fullPage = isPageDump(doc);
    const region = bestRegion(
      smoothed.map((cls, i) => weight(cls, features[i] as LineFeatures, fullPage)),
    );
    if (!region) return;
    // On a page dump the dateline may sit under a hundred lines of menus, too
    // far down for the dateline stage: look for it inside the article region.
    if (fullPage && !context.findings.dateline) {
      let prose = 0;
      for (let i = region.start; i < region.end && prose < MAX_PROSE_BEFORE_PAGE_DATELINE; i++) {
        const line = lines[i] as Line;
        if (!looksLikeProse(line.text)) continue;
        prose++;
        const found = parseDateline(line.text, line.index);
        if (found) {
          context.findings.dateline = found;
          break;
        }
      }
    }
    const lead = context.findings.dateline?.line;
    const regionStartLine = (lines[region.start] as Line).index;
    const tail = tailStart(
      doc,
      report,
      lines,
      classes,
      features,
      Math.max(lead ?? 0, regionStartLine),
      fullPage,
    );
    const remove = (i: number, where: "before" | "after", rule: string) => {
      const line = lines[i] as Line;
      const f = features[i] as LineFeatures;
      report.remove(line.index, {
        kind: kindFor(f, where),
        rule,
        reason:
          rule === "content/page-tail"
            ? "after the page's furniture (related links, comments...) that follows the article"
            : `${where} the article's text region (line scored ${classes[i]}${smoothed[i] !== classes[i] ? `, ${smoothed[i]} in context` : ""})`,
      });
    };
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as Line;
      const f = features[i] as LineFeatures;
      if (line.index === lead) continue;
      // A dateline opens the article: what stands above it (a caption, a
      // deck, a video playlist) is not the article, prose or not.
      if (lead !== undefined && line.index < lead) {
        report.remove(line.index, {
          kind: "boilerplate",
          rule: "content/above-dateline",
          reason: "above the dateline that opens the article",
        });
        continue;
      }
      // Below the page's tail anchor everything goes, except a paragraph that
      // reads as article prose: prose is only removed on strong evidence.
      if (tail !== undefined && line.index > tail && (fullPage || classes[i] !== "good")) {
        remove(i, "after", "content/page-tail");
        continue;
      }
      if (i >= region.start && i < region.end) {
        // Inside a page dump's article region, menus and buttons are still furniture.
        if (fullPage && classes[i] === "bad" && (f.bullet || f.dumpMarkup)) {
          report.remove(line.index, {
            kind: "nav",
            rule: "content/markup-in-region",
            reason: "menu or button markup of a page dump",
          });
        }
        continue;
      }
      if (fullPage) {
        remove(i, i < region.start ? "before" : "after", "content/outside-region-page");
        continue;
      }
      if (looksLikeProse(line.text) || isSentence(line.text)) continue;
      if (i < region.start) remove(i, "before", "content/before-region");
    }
  },
};

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
function tailStart(
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
    if (isSentence(line.text) || looksLikeProse(line.text) || wordCount(line.text) > MAX_LINK_WORDS)
      break;
    // "— Jane Doe (@jane) November 18, 2019": an embedded tweet closes the story.
    if (line.text.includes("(@")) break;
    start = i - 1;
  }
  return start;
}
