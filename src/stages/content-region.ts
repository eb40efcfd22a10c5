import type { RemovalKind, Report } from "../report.js";
import {
  type ContentClass,
  classify,
  type LineFeatures,
  lineFeatures,
} from "../scoring/line-features.js";
import { isPageDump } from "../scoring/page-dump.js";
import { tailStart } from "../scoring/page-tail.js";
import { bestRegion } from "../scoring/region.js";
import { smooth } from "../scoring/smoothing.js";
import type { Stage, StageContext } from "../stage.js";
import type { Doc, Line } from "../text/document.js";
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
    findRegion(doc, report, context, 0);
  },
};

/** Lines just above a page dump's article region that may be its headline, byline and date. */
const TOP_LINES = 6;

/**
 * On a whole-page dump the article sits under a page of menus: a first
 * region search runs before the stages that read position (dateline,
 * byline, headline), so that they see the article's top, not the site's
 * header. It spares the few plain lines right above the region, where the
 * headline and byline are; the content stage decides on what is left.
 */
export const pageRegion: Stage = {
  id: "content",
  run(doc, report, context) {
    if (isPageDump(doc)) findRegion(doc, report, context, TOP_LINES);
  },
};

function findRegion(doc: Doc, report: Report, context: StageContext, spareAbove: number): void {
  {
    const lines = doc.lines.filter((line) => !report.isRemoved(line.index));
    if (lines.length === 0) return;
    const features = lines.map(lineFeatures);
    const classes = features.map(classify);
    const smoothed = smooth(classes);
    const fullPage = isPageDump(doc);
    const scores = smoothed.map((cls, i) => weight(cls, features[i] as LineFeatures, fullPage));
    // A feed of cards after the article can outscore it: on a page dump the
    // region is looked for above the page's tail, when the tail is known
    // before the region is (see tailStart's card feeds).
    if (fullPage) {
      const firstGood = classes.indexOf("good");
      const feed =
        firstGood < 0
          ? undefined
          : tailStart(
              doc,
              report,
              lines,
              classes,
              features,
              (lines[firstGood] as Line).index,
              true,
            );
      if (feed !== undefined)
        for (let i = 0; i < lines.length; i++)
          if ((lines[i] as Line).index > feed.start) scores[i] = -1;
    }
    const region = bestRegion(scores);
    if (!region) return;
    // On a page dump the dateline may sit under a hundred lines of menus, too
    // far down for the dateline stage: look for it inside the article region.
    if (fullPage && !context.findings.dateline) {
      let prose = 0;
      for (let i = region.start; i < region.end && prose < MAX_PROSE_BEFORE_PAGE_DATELINE; i++) {
        const line = lines[i] as Line;
        if (!line.prose) continue;
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
    // The plain lines right above the region (not menus or markup) are spared, if asked.
    let spareFrom = region.start;
    while (spareFrom > 0 && region.start - spareFrom < spareAbove) {
      const f = features[spareFrom - 1] as LineFeatures;
      if (f.bullet || f.dumpMarkup || f.linkShare > 0.5) break;
      spareFrom--;
    }
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
      if (lead !== undefined && line.index <= lead) continue; // see aboveDateline
      // Below the page's tail anchor everything goes, except a paragraph that
      // reads as article prose: prose is only removed on strong evidence (a
      // page dump, or a long box of links between it and the article).
      if (
        tail !== undefined &&
        line.index > tail.start &&
        (fullPage || tail.boxed || classes[i] !== "good")
      ) {
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
      if (i >= spareFrom && i < region.start) continue;
      if (fullPage) {
        remove(i, i < region.start ? "before" : "after", "content/outside-region-page");
        continue;
      }
      if (line.prose || line.sentence) continue;
      if (i < region.start) remove(i, "before", "content/before-region");
    }
  }
}
