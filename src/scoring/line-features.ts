import type { Line } from "../text/document.js";
import { hasBullet } from "./page-dump.js";

/** How a line reads, in jusText's terms: article text, maybe, too short to tell, or furniture. */
export type ContentClass = "good" | "neargood" | "short" | "bad";

export interface LineFeatures {
  readonly chars: number;
  readonly words: number;
  /** Share of words that are stopwords of the article's language; NaN when unknown. */
  readonly stopwordDensity: number;
  readonly sentence: boolean;
  /** A list bullet (`* `, `+ `, `• `): menus in text dumps of web pages. */
  readonly bullet: boolean;
  /** Markup left by text-mode browsers and dumpers: `(BUTTON)`, `[logo.png]`, `____`, `IFRAME:`. */
  readonly dumpMarkup: boolean;
  /** Share of characters inside URLs, handles and encoded paths. */
  readonly linkShare: number;
  /** Title Case without sentence punctuation: the shape of a link to another article. */
  readonly linkTitle: boolean;
}

// `(BUTTON)`, `[info.png]`, `[1x1.trans.gif]`, `IFRAME: ...`, `____________` form fields,
// `#alternate ...` link relations, `REFRESH(2700 sec)`, `[INS: :INS]`: what lynx/w3m/html2text print for
// widgets, images and forms. None of it is article text.
const DUMP_MARKUP =
  /\((?:BUTTON|IMG|IMAGE)\)|\[[^\]\s]{0,80}\.(?:png|gif|jpe?g|svg|webp)\]|^IFRAME:|_{6,}|^#\S+(?: \S+)? \S*(?:alternate|RSS|feed)|^REFRESH\(|\[(?:X| )\] |\[INS:|:INS\]/iu;
/** Characters or openings every markup shape needs: most lines have none and skip the pattern. */
const DUMP_MARKUP_HINT = /[([_]|^#|^iframe|^refresh|:INS\]/i;
/** A whitespace-separated token that is a link: URL, domain, handle, percent-encoded path. */
const LINK_TOKEN =
  /^(?:https?:\/\/|www\.|@[\p{L}\p{N}_]{2})|(?:%[0-9A-F]{2}){2}|\.(?:com|org|net|co\.uk|ru|de|fr)(?:\/|$)/iu;

/** Something every link token holds: most lines have none and are not split into tokens. */
const LINK_HINT = /:\/\/|www\.|@|%[0-9A-F]{2}|\.(?:com|org|net|co\.uk|ru|de|fr)(?:\/|\s|$)/i;

/** Characters in link-shaped tokens; token by token, so long lines cost linear time. */
function linkCharacters(text: string): number {
  if (!LINK_HINT.test(text)) return 0;
  let chars = 0;
  for (const token of text.split(" "))
    if (token.length > 3 && LINK_TOKEN.test(token)) chars += token.length;
  return chars;
}

/** The content-scoring view of a line's facts. */
export function lineFeatures(line: Line): LineFeatures {
  const text = line.text;
  const linkChars = linkCharacters(text);
  return {
    chars: line.chars,
    words: line.effectiveWords,
    stopwordDensity: line.stopwordDensity,
    sentence: line.endsLikeSentence,
    bullet: hasBullet(line),
    dumpMarkup: DUMP_MARKUP_HINT.test(text) && DUMP_MARKUP.test(text),
    linkShare: line.chars === 0 ? 0 : linkChars / line.chars,
    linkTitle: !line.endsLikeSentence && line.letterWords >= 4 && line.titleCaseRatio >= 0.75,
  };
}

// Thresholds in the spirit of jusText (length_low 70, length_high 200,
// stopwords_low 0.30, stopwords_high 0.32), adjusted for stopwords-iso's
// longer lists (prose scores 0.45-0.65 with them) and for text without
// markup: a line is judged by its words, not by its links.
const STOPWORDS_HIGH = 0.3;
const STOPWORDS_LOW = 0.2;

/** Classify one line from its features alone (before context smoothing). */
export function classify(f: LineFeatures): ContentClass {
  if (f.dumpMarkup || f.linkShare > 0.5) return "bad";
  if (f.bullet && !f.sentence && f.words <= 12) return "bad";
  // Link titles score as short however long: headlines of other articles.
  if (f.linkTitle) return "short";
  const unknownStopwords = Number.isNaN(f.stopwordDensity);
  if (
    f.words >= 15 &&
    (unknownStopwords || f.stopwordDensity >= STOPWORDS_HIGH) &&
    (f.sentence || f.words >= 30)
  ) {
    return "good";
  }
  if (f.words >= 8 && (unknownStopwords || f.stopwordDensity >= STOPWORDS_LOW)) return "neargood";
  if (f.words >= 8 && !unknownStopwords && f.stopwordDensity < 0.1) return "bad";
  return "short";
}
