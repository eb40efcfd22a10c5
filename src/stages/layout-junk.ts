import type { Stage } from "../stage.js";
import { endsWithFullStop, upperCaseRatio, wordCount } from "../text/shape.js";

const HAS_LETTER = /\p{L}/u;

/**
 * Layout leftovers that no phrase names, found by shape once the headline
 * is known:
 * - lines with no letter at all and a few characters: gallery pagers and
 *   counters ("1", "/", "8");
 * - a line repeated right after itself: a caption printed twice by a
 *   slideshow, a headline repeated by a share box;
 * - the headline repeated further down (a share box or a related link);
 * - a long line in capitals with no full stop inside the body: Fox-style
 *   inline links ("TAYLOR SWIFT CLEARED TO PERFORM HITS AT AMAs ..."). Short
 *   capitals ("US FALLS") are subheadings and stay.
 */
export const layoutJunk: Stage = {
  id: "layout",
  run(doc, report, context) {
    const headlineKey = context.findings.headline?.text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "");
    let previous: string | undefined;
    for (const line of doc.lines) {
      if (report.isRemoved(line.index)) continue;
      const text = line.text;
      // Pagers and counters ("1", "/", "8"), and bare ids ("191119052250266").
      if (!HAS_LETTER.test(text) && (text.length <= 5 || /^\d{6,}$/.test(text))) {
        report.remove(line.index, {
          kind: "widget",
          rule: "layout/letterless",
          reason: "no letters: a pager or counter",
        });
        continue;
      }
      if (text === previous && wordCount(text) >= 3) {
        report.remove(line.index, {
          kind: "repeated",
          rule: "layout/duplicate",
          reason: "repeats the line just above it",
        });
        continue;
      }
      previous = text;
      if (headlineKey && line.key.replaceAll(" ", "") === headlineKey) {
        report.remove(line.index, {
          kind: "teaser",
          rule: "layout/headline-repeat",
          reason: "repeats the headline",
        });
        continue;
      }
      if (wordCount(text) >= 6 && !endsWithFullStop(text) && upperCaseRatio(text) >= 0.9) {
        report.remove(line.index, {
          kind: "teaser",
          rule: "layout/capitals-link",
          reason: "a long line in capitals without a full stop: an inline link, not a subheading",
        });
      }
    }
  },
};
