import type { RemovalKind } from "../report.js";
import { isPageDump } from "../scoring/page-dump.js";
import type { Stage } from "../stage.js";

/** Labels that open a box of links: "More:", "Related", "Most read", "Tags", a share bar. */
const LIST_OPENERS: ReadonlySet<RemovalKind> = new Set(["related", "nav", "comments", "subscribe"]);
const MIN_ITEMS = 2;
const MAX_ITEMS = 30;
const MAX_ITEM_WORDS = 20;

/**
 * A box of links inside or after the article: a label ("More:", "Related
 * stories", "Trending in Entertainment") followed by a run of short lines
 * that are not sentences (headlines of other stories, section names). The
 * run ends at the first sentence; a label followed by a single short line
 * and then prose is more likely a subheading after a widget, and stays.
 */
export const linkList: Stage = {
  id: "link-list",
  run(doc, report) {
    // On a page dump the region search does this job, and removing lines
    // early would let the region run on into comment threads.
    if (isPageDump(doc)) return;
    const lines = doc.lines;
    for (let i = 0; i < lines.length; i++) {
      const opener = report.verdict(i);
      if (!opener || !LIST_OPENERS.has(opener.kind)) continue;
      const run: number[] = [];
      for (let j = i + 1; j < lines.length && run.length < MAX_ITEMS; j++) {
        const line = lines[j];
        if (!line) break;
        if (report.isRemoved(j)) {
          if (report.verdict(j)?.kind === "teaser" || report.verdict(j)?.kind === "related")
            continue;
          break;
        }
        if (line.sentence || line.prose || line.words > MAX_ITEM_WORDS) break;
        run.push(j);
      }
      if (run.length < MIN_ITEMS) continue;
      for (const j of run) {
        report.remove(j, {
          kind: "related",
          rule: "link-list/after-label",
          reason: `one of ${run.length} short non-sentence lines under a link-box label ("${lines[i]?.text.slice(0, 40)}")`,
        });
      }
      i = run[run.length - 1] as number;
    }
  },
};
