import type { Stage } from "../stage.js";
import type { Doc, Line } from "../text/document.js";
import { endsWithFullStop, looksLikeProse, upperCaseRatio, wordCount } from "../text/shape.js";

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
/** The card layout: title, kicker ("Business"), title again. */
const CARD_GAP = 2;
const MAX_CARD_TITLE_WORDS = 18;
const MAX_KICKER_WORDS = 3;

/**
 * A related-story card prints its title twice, once as the image's link and
 * once as the headline link, with a kicker between ("Business"). A short
 * line repeated within a few lines is such a title; article text does not
 * repeat itself that close (the line-just-above case is handled apart).
 */
function isCardTitle(doc: Doc, line: Line, words: number): boolean {
  if (words < 3 || words > MAX_CARD_TITLE_WORDS || looksLikeProse(line.text)) return false;
  for (const d of [-CARD_GAP, CARD_GAP]) {
    const other = doc.lines[line.index + d];
    const between = doc.lines[line.index + d / 2];
    if (other?.text === line.text && between && wordCount(between.text) <= MAX_KICKER_WORDS)
      return true;
  }
  return false;
}

/**
 * Whether a line is long enough, and not too long, to be the headline again:
 * its key drops only spaces and punctuation. Saves computing the key of
 * every paragraph, which was most of this stage's time.
 */
function mayRepeat(text: string, headlineKey: string): boolean {
  return text.length >= headlineKey.length && text.length <= 2 * headlineKey.length + 20;
}

/**
 * A gallery's counter on its own line: "Image 1 of 9", "Photo 3/12",
 * "Bild 2 von 5", "Фото 1 из 9". Never a sentence of an article.
 */
const GALLERY_COUNTER =
  /^(?:image|photo|picture|slide|gallery|foto|bild|imagen|immagine|afbeelding|фото|изображение|снимок)s?\s*\d{1,3}\s*(?:of|\/|sur|von|de|di|van|из|з)\s*\d{1,3}$/iu;

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
      const words = wordCount(text);
      if (GALLERY_COUNTER.test(text)) {
        report.remove(line.index, {
          kind: "widget",
          rule: "layout/gallery-counter",
          reason: "a photo gallery's counter",
        });
        continue;
      }
      if (text === previous && words >= 3) {
        report.remove(line.index, {
          kind: "repeated",
          rule: "layout/duplicate",
          reason: "repeats the line just above it",
        });
        continue;
      }
      previous = text;
      if (isCardTitle(doc, line, words)) {
        report.remove(line.index, {
          kind: "related",
          rule: "layout/card-title",
          reason: "printed twice within a few lines: the title of a related-story card",
        });
        continue;
      }
      if (
        headlineKey &&
        mayRepeat(text, headlineKey) &&
        line.key.replaceAll(" ", "") === headlineKey
      ) {
        report.remove(line.index, {
          kind: "teaser",
          rule: "layout/headline-repeat",
          reason: "repeats the headline",
        });
        continue;
      }
      if (words >= 6 && !endsWithFullStop(text) && upperCaseRatio(text) >= 0.9) {
        report.remove(line.index, {
          kind: "teaser",
          rule: "layout/capitals-link",
          reason: "a long line in capitals without a full stop: an inline link, not a subheading",
        });
      }
    }
  },
};
