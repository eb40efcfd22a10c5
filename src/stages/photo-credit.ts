import { UNSPACED_RIGHTS_RESERVED } from "../catalog/cues.js";
import { CREDIT_PATTERNS, type CreditPattern, TRAILING_CREDIT } from "../catalog/photo-credits.js";
import type { Report } from "../report.js";
import { hasHit, type Stage, type StageContext } from "../stage.js";
import type { Doc, Line } from "../text/document.js";

/** Credits are short; a long line starting with "Photo:" is something else. */
const MAX_CREDIT_WORDS = 14;
const MAX_CREDIT_CHARS = 160;
/** A caption separated from its credit by a blank line is only taken when it is this long. */
const MIN_DETACHED_CAPTION_WORDS = 20;
const MAX_DETACHED_CAPTIONS = 2;
/** A caption is one or two sentences at most. */
const MAX_CAPTION_WORDS = 60;
const MAX_FOOTER_WORDS = 30;

/** The credit patterns, tried on a short line of any shape (for callers without facts). */
export function matchCredit(text: string): CreditPattern | undefined {
  if (text.length > MAX_CREDIT_CHARS || text.split(" ").length > MAX_CREDIT_WORDS) return undefined;
  return CREDIT_PATTERNS.find((credit) => credit.pattern.test(text));
}

/**
 * Could the line be a credit? Every credit pattern opens with a copyright
 * sign or a bracket, a photo or credit word, or an agency's name, or holds
 * a slash ("NAME/AGENCY") or "via": the patterns run only on such lines.
 */
function mayBeCredit(line: Line, context: StageContext): boolean {
  const first = line.text.charCodeAt(0);
  return (
    first === 0xa9 || // ©
    first === 0x2117 || // ℗
    first === 0x28 || // (
    line.text.includes("/") ||
    hasHit(context, line, "photo-word", 0) ||
    hasHit(context, line, "photo-word", 1) ||
    hasHit(context, line, "photo-agency", 0) ||
    line.text.includes(" via ") // "AGENCY via AGENCY"
  );
}

/** Could the line end with a bracketed or glued credit? */
function mayEndWithCredit(line: Line): boolean {
  const text = line.text;
  const last = text.charCodeAt(text.length - 1 - (text.endsWith(".") ? 1 : 0));
  return last === 0x29 || last === 0x5d || text.includes("©") || text.includes("/");
}

function isSiteFooter(line: Line, context: StageContext): boolean {
  if (line.words > MAX_FOOTER_WORDS) return false;
  if (hasHit(context, line, "rights-reserved")) return true;
  return line.unspaced > 0 && UNSPACED_RIGHTS_RESERVED.some((f) => line.text.includes(f));
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
  run(doc, report, context) {
    for (const line of doc.lines) {
      if (report.isRemoved(line.index)) continue;
      // "Copyright 2019 Example News. All rights reserved.": the site's footer, not a photo's credit.
      if (isSiteFooter(line, context)) {
        report.remove(line.index, {
          kind: "credit",
          rule: "photo-credit/site-copyright",
          reason: "the site's copyright footer",
        });
        continue;
      }
      const credit =
        line.chars <= MAX_CREDIT_CHARS &&
        line.words <= MAX_CREDIT_WORDS &&
        mayBeCredit(line, context)
          ? CREDIT_PATTERNS.find((c) => c.pattern.test(line.text))
          : undefined;
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
        line.chars <= 600 &&
        line.words <= MAX_CAPTION_WORDS &&
        mayEndWithCredit(line) &&
        TRAILING_CREDIT.test(line.text)
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
    if (candidate.endsWithFullStop || candidate.words < MIN_DETACHED_CAPTION_WORDS) break;
    captions.push(candidate);
  }
  return captions;
}

function removeAnchoredCaption(doc: Doc, report: Report, credit: Line): void {
  for (const above of captionsAbove(doc, credit)) {
    if (report.isRemoved(above.index) || above.words > MAX_CAPTION_WORDS) continue;
    report.remove(above.index, {
      kind: "caption",
      rule: "photo-credit/caption-above",
      reason: "describes the picture whose credit follows it",
    });
  }
}

function removeAnchoredTeaser(doc: Doc, report: Report, credit: Line): void {
  const below = neighbour(doc, credit, 1);
  if (!below || report.isRemoved(below.index)) return;
  // The teaser is a title, not a sentence: a real paragraph glued under the
  // picture must survive.
  if (!below.title || below.prose) return;
  // A title line followed by more lines of the same paragraph is the teaser
  // widget; a lone title-case line could also be a subheading, but not when
  // it sits inside the picture block.
  report.remove(below.index, {
    kind: "teaser",
    rule: "photo-credit/teaser-below",
    reason: "title-case line right after a photo credit: a link to another article",
  });
}
