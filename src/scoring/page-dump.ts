import type { Doc, Line } from "../text/document.js";

/** A list bullet (`* `, `+ `, `• `, `- `): menus in text dumps of web pages. */
const BULLETS = new Set(["*", "+", "•", "·", "▪", "►", "◦", "‣", "⁃", "-"]);

/** The line opens with a list bullet and a space. */
export function hasBullet(line: Line): boolean {
  const text = line.text;
  return text.length > 1 && text.charCodeAt(1) === 32 && BULLETS.has(text[0] as string);
}

// `(BUTTON)`, `[info.png]`, `[1x1.trans.gif]`, `IFRAME: ...`, `____________` form fields:
// what lynx/w3m/html2text print for widgets, images and forms. None of it is article text.
const MARKUP =
  /\((?:BUTTON|IMG|IMAGE)\)|\[[^\]\s]{0,80}\.(?:png|gif|jpe?g|svg|webp)\]|^IFRAME:|_{6,}/u;
/** The characters every markup shape needs: most lines have none and skip the pattern. */
const MARKUP_HINT = /[([_]|^IFRAME/;

export function hasDumpMarkup(line: Line): boolean {
  return MARKUP_HINT.test(line.text) && MARKUP.test(line.text);
}

/** Menu-shaped lines (bullets, buttons, image alts) that make a file a whole-page dump. */
const MIN_MARKUP_LINES = 8;
const known = new WeakMap<Doc, boolean>();

/**
 * Is this file a dump of a whole web page (lynx, w3m, html2text), menus and
 * footers included, rather than a scrape of the article part? Page dumps
 * print menus as bullets and widgets as `(BUTTON)`/`[image.png]`. Decided
 * once per document.
 */
export function isPageDump(doc: Doc): boolean {
  let answer = known.get(doc);
  if (answer === undefined) {
    let count = 0;
    for (const line of doc.lines) {
      if (hasBullet(line) || hasDumpMarkup(line)) count++;
      if (count >= MIN_MARKUP_LINES) break;
    }
    answer = count >= MIN_MARKUP_LINES;
    known.set(doc, answer);
  }
  return answer;
}
