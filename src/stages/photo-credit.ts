import { CREDIT_PATTERNS, type CreditPattern, TRAILING_CREDIT } from "../catalog/photo-credits.js";
import type { Report } from "../report.js";
import type { Stage } from "../stage.js";
import type { Doc, Line } from "../text/document.js";
import { endsWithFullStop, looksLikeProse, looksLikeTitle } from "../text/shape.js";

/** "All rights reserved" in the catalogue languages: a site footer. */
const RIGHTS_RESERVED =
  /all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|все права защищены|усі права захищені|всі права захищені|tüm hakları saklıdır|wszelkie prawa zastrzeżone|alle rechten voorbehouden|جميع الحقوق محفوظة|版权所有|版權所有|無断転載/u;

/** Credits are short; a long line starting with "Photo:" is something else. */
const MAX_CREDIT_WORDS = 14;
/** A caption separated from its credit by a blank line is only taken when it is this long. */
const MIN_DETACHED_CAPTION_WORDS = 20;
const MAX_DETACHED_CAPTIONS = 2;
/** A caption is one or two sentences at most. */
const MAX_CAPTION_WORDS = 60;

export function matchCredit(text: string): CreditPattern | undefined {
  if (text.length > 160 || text.split(" ").length > MAX_CREDIT_WORDS) return undefined;
  return CREDIT_PATTERNS.find((credit) => credit.pattern.test(text));
}

/**
 * Photo credits and the block they anchor. A credit line (`© AFP 2019 /
 * NAME`, `Photo: Reuters`, `David Harris/Getty Images`) is removed, and so
 * are, in the same paragraph, the caption line just above it and a
 * title-case teaser line just below it: that is how picture widgets are laid
 * out, and neither line belongs to the article's flow. A caption that carries
 * its credit in brackets at the end (`... (Manu Fernandez/AP)`) is removed
 * whole.
 */
export const photoCredit: Stage = {
  id: "photo-credit",
  run(doc, report) {
    for (const line of doc.lines) {
      if (report.isRemoved(line.index)) continue;
      // "Copyright 2019 Example News. All rights reserved.": the site's footer, not a photo's credit.
      if (RIGHTS_RESERVED.test(line.lower) && line.text.split(" ").length <= 30) {
        report.remove(line.index, {
          kind: "credit",
          rule: "photo-credit/site-copyright",
          reason: "the site's copyright footer",
        });
        continue;
      }
      const credit = matchCredit(line.text);
      if (credit) {
        report.remove(line.index, {
          kind: "credit",
          rule: `photo-credit/${credit.id}`,
          reason: `matches photo-credit pattern ${credit.label}`,
        });
        removeAnchoredCaption(doc, report, line);
        removeAnchoredTeaser(doc, report, line);
        continue;
      }
      if (
        line.text.length <= 600 &&
        TRAILING_CREDIT.test(line.text) &&
        wordCount(line.text) <= MAX_CAPTION_WORDS
      ) {
        report.remove(line.index, {
          kind: "caption",
          rule: "photo-credit/trailing-credit",
          reason: 'ends with a bracketed photo credit "(NAME/AGENCY)"',
        });
      }
    }
  },
};

function wordCount(text: string): number {
  return text.split(" ").length;
}

function neighbour(doc: Doc, line: Line, offset: -1 | 1): Line | undefined {
  const other = doc.lines[line.index + offset];
  return other && other.block === line.block ? other : undefined;
}

/**
 * The caption a credit belongs to: the line above it in the same paragraph,
 * or, when the credit stands alone, a one-line paragraph just above it that
 * does not end like a sentence (slideshows print "... Esper is on a visit
 * to Vietnam ... more", then the credit). A last article paragraph followed
 * by a lone credit ends with a full stop and stays.
 */
function captionsAbove(doc: Doc, credit: Line): Line[] {
  const same = neighbour(doc, credit, -1);
  if (same) return [same];
  const block = doc.blocks[credit.block];
  if (block?.lines.length !== 1) return [];
  // Slideshows print a caption twice (truncated with "... more", then in
  // full with "less"), each in its own paragraph above the credit.
  const captions: Line[] = [];
  for (let b = credit.block - 1; b >= 0 && captions.length < MAX_DETACHED_CAPTIONS; b--) {
    const previous = doc.blocks[b];
    if (previous?.lines.length !== 1) break;
    const candidate = previous.lines[0] as Line;
    // Slideshow captions are long; a title above a lone credit is the headline.
    if (endsWithFullStop(candidate.text) || wordCount(candidate.text) < MIN_DETACHED_CAPTION_WORDS)
      break;
    captions.push(candidate);
  }
  return captions;
}

function removeAnchoredCaption(doc: Doc, report: Report, credit: Line): void {
  for (const above of captionsAbove(doc, credit)) removeCaption(report, above);
}

function removeCaption(report: Report, above: Line): void {
  if (!above || report.isRemoved(above.index) || wordCount(above.text) > MAX_CAPTION_WORDS) return;
  report.remove(above.index, {
    kind: "caption",
    rule: "photo-credit/caption-above",
    reason: "describes the picture whose credit follows it",
  });
}

function removeAnchoredTeaser(doc: Doc, report: Report, credit: Line): void {
  const below = neighbour(doc, credit, 1);
  if (!below || report.isRemoved(below.index)) return;
  // The teaser is a title, not a sentence: a real paragraph glued under the
  // picture must survive.
  if (!looksLikeTitle(below.text) || looksLikeProse(below.text)) return;
  // A title line followed by more lines of the same paragraph is the teaser
  // widget; a lone title-case line could also be a subheading, but not when
  // it sits inside the picture block.
  report.remove(below.index, {
    kind: "teaser",
    rule: "photo-credit/teaser-below",
    reason: "title-case line right after a photo credit: a link to another article",
  });
}
