import { UNSPACED_RIGHTS_RESERVED } from "../catalog/cues.js";
import {
  AGENCY_AFTER_DASH,
  CREDIT_PATTERNS,
  type CreditPattern,
  LABELLED_TRAILING_CREDIT,
  TRAILING_CREDIT,
} from "../catalog/photo-credits.js";
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
const SENTENCE_END = /[.!?…。！？]["”»’)]*$/u;

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
    line.text.includes(" via ") || // "AGENCY via AGENCY"
    ARCHIVE_HINT.test(line.text) // "личный архив NAME", "Privatarchiv"
  );
}

const ARCHIVE_HINT = /архів|архив|archiv|arquivo|handout|family photo|privat/iu;

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
      if (line.chars > 600 || line.words > MAX_CAPTION_WORDS) continue;
      const leading = captionWithLeadingCredit(line, context);
      if (leading) {
        report.remove(line.index, {
          kind: "caption",
          rule: `photo-credit/${leading}`,
          reason:
            leading === "caption-label"
              ? 'a caption behind its label ("Image caption …", "Légende : …")'
              : 'a caption behind its credit ("© AGENCY …", "Photo: …")',
        });
        continue;
      }
      if (mayEndWithCredit(line) && TRAILING_CREDIT.test(line.text)) {
        report.remove(line.index, {
          kind: "caption",
          rule: "photo-credit/trailing-credit",
          reason: 'ends with a bracketed photo credit "(NAME/AGENCY)"',
        });
        continue;
      }
      const trailing = trailingCredit(line);
      if (trailing)
        report.remove(line.index, {
          kind: "caption",
          rule: `photo-credit/${trailing}`,
          reason:
            trailing === "labelled-trailing-credit"
              ? 'a caption whose credit follows its last sentence ("Photo: NAME")'
              : "a caption that ends with its agency after a dash",
        });
    }
    removeCaptionsPrintedTwice(doc, report);
  },
};

/**
 * "Image caption …", "Media caption …", "Caption: …", "Légende : …",
 * "Bildunterschrift: …": a caption's label, at the start or after the
 * credit or player text glued in front ("Image copyright Jane Roe Image
 * caption Seven men were …").
 */
const CAPTION_LABEL =
  /(?:^|\s)(?:image|photo|picture|media|video) caption\b|^(?:caption|légende|bildunterschrift|leyenda|legenda|didascalia|подпись(?: к фото)?)\s*[:：]/iu;
const DATELINE_INSIDE =
  /\s\p{Lu}{2,}[\p{Lu}\p{M} .'’-]*(?:,[^()]{1,20})?\s*\([^()]{2,30}\)\s*[-–—]/u;

/**
 * Credit-first layouts: the credit, then the caption, on one line ("© AFP
 * Protesters gather …", "© Provided by Example Inc. The minister …",
 * "Photo: Election staff load ballots …"). A credit line longer than a
 * credit is one of these when a caption follows the label.
 */
function captionWithLeadingCredit(line: Line, context: StageContext): string | undefined {
  if (hasHit(context, line, "caption-label") && CAPTION_LABEL.test(line.text.slice(0, 160)))
    return "caption-label";
  if (line.words <= MAX_CREDIT_WORDS) return undefined;
  const first = line.text.charCodeAt(0);
  const labelled =
    first === 0xa9 || // ©
    (hasHit(context, line, "photo-word", 0) && /^\S+(?: \S+)?\s*[:：]/u.test(line.text));
  // "© 2019 Reuters LONDON (Reuters) - …": furniture glued to the lead, whose
  // dateline the dateline stage finds and cuts free.
  return labelled && !DATELINE_INSIDE.test(line.text) ? "credit-first" : undefined;
}

/** Credits after a caption's text: "… Foto: NAME", "… - AGENCY, 1920, 24.05.2021". */
function trailingCredit(line: Line): string | undefined {
  const text = line.text;
  // Both shapes end with the credit's name or date, never with a sentence's
  // stop: most paragraphs leave here.
  const last = text.charCodeAt(text.length - 1);
  if (
    last === 0x2e ||
    last === 0x21 ||
    last === 0x3f ||
    last === 0x2026 ||
    last === 0x22 ||
    last === 0x201d
  )
    return undefined;
  if (charNearEnd(text, 64, isColon) && LABELLED_TRAILING_CREDIT.test(text))
    return "labelled-trailing-credit";
  if (line.words <= MAX_DASHED_CAPTION_WORDS && dashNearEnd(text) && AGENCY_AFTER_DASH.test(text))
    return "agency-after-dash";
  return undefined;
}

/** A spaced dash among a line's last 80 characters. */
function dashNearEnd(text: string): boolean {
  return charNearEnd(text, 80, (code, i) => isDash(code) && text.charCodeAt(i - 1) === 32);
}

const isColon = (code: number) => code === 0x3a || code === 0xff1a;
const isDash = (code: number) => code === 0x2d || code === 0x2013 || code === 0x2014;

/** Does one of the last `reach` characters pass `test`? A backward scan, no copy. */
function charNearEnd(
  text: string,
  reach: number,
  test: (code: number, index: number) => boolean,
): boolean {
  for (let i = text.length - 1; i >= 1 && i >= text.length - reach; i--)
    if (test(text.charCodeAt(i), i)) return true;
  return false;
}

/** A caption with its agency after a dash is a line of description, not a paragraph. */
const MAX_DASHED_CAPTION_WORDS = 30;
/** A line this long that opens a removed caption is the same caption printed without its credit. */
const MIN_REPEATED_CAPTION_WORDS = 5;

/**
 * Layouts print a caption twice: once with its credit, once without
 * ("Caption text. Foto: NAME", then "Caption text."). A kept line that
 * opens a removed caption is that caption.
 */
function removeCaptionsPrintedTwice(doc: Doc, report: Report): void {
  const captions: string[] = [];
  for (const line of doc.lines)
    if (report.verdict(line.index)?.kind === "caption") captions.push(line.text);
  if (captions.length === 0) return;
  for (const line of doc.lines) {
    if (report.isRemoved(line.index) || line.words < MIN_REPEATED_CAPTION_WORDS) continue;
    if (
      !captions.some(
        (caption) => caption.length > line.text.length && caption.startsWith(line.text),
      )
    )
      continue;
    report.remove(line.index, {
      kind: "caption",
      rule: "photo-credit/caption-printed-twice",
      reason: "the text of a caption printed again without its credit",
    });
  }
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
    if (candidate.endsWithFullStop || candidate.words < MIN_DETACHED_CAPTION_WORDS) break;
    captions.push(candidate);
  }
  return captions;
}

function removeAnchoredCaption(doc: Doc, report: Report, credit: Line): void {
  for (const above of captionsAbove(doc, credit)) {
    if (report.isRemoved(above.index) || above.words > MAX_CAPTION_WORDS) continue;
    // A line that ends like a sentence is the paragraph the picture follows:
    // credit-first layouts ("© EPA The Pope's trip ...") put the caption
    // after the credit, and a caption above its credit rarely ends with a
    // full stop (on the dev corpora: 4 of 230).
    if (SENTENCE_END.test(above.text)) continue;
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
