import type { Report } from "../report.js";
import { lineRule, type Stage, type StageContext } from "../stage.js";
import type { Doc, Line } from "../text/document.js";
import { compactKey } from "../text/normalise.js";

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
/**
 * Card titles, among the kept lines: a title, a short kicker, the same
 * title again. Read on what is kept, after every other stage, so that a
 * second cleaning sees no new card.
 */
function removeCardTitles(doc: Doc, report: Report): void {
  const kept = doc.lines.filter((line) => !report.isRemoved(line.index));
  const cards = new Set<number>();
  for (let i = 0; i + CARD_GAP < kept.length; i++) {
    const line = kept[i] as Line;
    const other = kept[i + CARD_GAP] as Line;
    const between = kept[i + 1] as Line;
    if (line.words < 3 || line.words > MAX_CARD_TITLE_WORDS || line.prose) continue;
    if (other.text === line.text && between.words <= MAX_KICKER_WORDS) {
      cards.add(line.index);
      cards.add(other.index);
    }
  }
  for (const index of cards)
    report.remove(index, {
      kind: "related",
      rule: "layout/card-title",
      reason: "printed twice within a few lines: the title of a related-story card",
    });
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

/**
 * Layout leftovers known by their own shape, before any rule reads
 * position: pagers and counters ("1", "/", "8"), bare ids
 * ("191119052250266") and gallery counters ("Image 1 of 9").
 */
export const layoutShape = lineRule({
  id: "layout",
  maxChars: 40,
  verdict(line) {
    const text = line.text;
    if (line.letters === 0 && (text.length <= 5 || /^\d{6,}$/.test(text)))
      return {
        kind: "widget",
        rule: "layout/letterless",
        reason: "no letters: a pager or counter",
      };
    if (line.digits > 0 && line.words <= 5 && GALLERY_COUNTER.test(text))
      return {
        kind: "widget",
        rule: "layout/gallery-counter",
        reason: "a photo gallery's counter",
      };
    return undefined;
  },
});

/**
 * The last pass over the body: a line that repeats the kept line just above
 * it (a caption printed twice by a slideshow, a headline repeated by a share
 * box) goes. Run last, over what is kept, so that no removal after it can
 * bring two copies together, and a second cleaning finds none.
 */
export const duplicateLines: Stage = {
  id: "layout",
  run(doc, report) {
    removeCardTitles(doc, report);
    let previous: Line | undefined;
    for (const line of doc.lines) {
      if (report.isRemoved(line.index)) continue;
      if (
        previous &&
        line.words >= 3 &&
        line.chars === previous.chars &&
        line.text === previous.text
      ) {
        report.remove(line.index, {
          kind: "repeated",
          rule: "layout/duplicate",
          reason: "repeats the line just above it",
        });
        continue;
      }
      previous = line;
    }
  },
};

export const layoutJunk: Stage = {
  id: "layout",
  run(doc, report, context) {
    removeHeadlineRepeats(doc, report, context);
    for (const line of doc.lines) {
      if (report.isRemoved(line.index)) continue;
      if (line.words >= 6 && !line.endsWithFullStop && line.upperCaseRatio >= 0.9) {
        report.remove(line.index, {
          kind: "teaser",
          rule: "layout/capitals-link",
          reason: "a long line in capitals without a full stop: an inline link, not a subheading",
        });
      }
    }
  },
};

/**
 * Lines that repeat the headline. layoutJunk runs it; headlineOfBody runs it
 * again when it takes the headline late, from the body's first line: a
 * second run finds that headline early and removes its copies, so this run
 * must too.
 */
export function removeHeadlineRepeats(doc: Doc, report: Report, context: StageContext): void {
  const headline = context.findings.headline?.text;
  const headlineKey = headline === undefined ? "" : compactKey(headline);
  if (!headlineKey) return;
  for (const line of doc.lines) {
    if (report.isRemoved(line.index)) continue;
    if (mayRepeat(line.text, headlineKey) && line.key.replaceAll(" ", "") === headlineKey)
      report.remove(line.index, {
        kind: "teaser",
        rule: "layout/headline-repeat",
        reason: "repeats the headline",
      });
  }
}
