import type { Doc } from "../text/document.js";

const BULLET = /^(?:[*+•·▪►◦‣⁃]|-(?= ))\s/u;
const MARKUP =
  /\((?:BUTTON|IMG|IMAGE)\)|\[[^\]\s]{0,80}\.(?:png|gif|jpe?g|svg|webp)\]|^IFRAME:|_{6,}/u;
/** Menu-shaped lines (bullets, buttons, image alts) that make a file a whole-page dump. */
const MIN_MARKUP_LINES = 8;

/**
 * Is this file a dump of a whole web page (lynx, w3m, html2text), menus and
 * footers included, rather than a scrape of the article part? Page dumps
 * print menus as bullets and widgets as `(BUTTON)`/`[image.png]`.
 */
export function isPageDump(doc: Doc): boolean {
  let count = 0;
  for (const line of doc.lines) {
    if (BULLET.test(line.text) || MARKUP.test(line.text)) count++;
    if (count >= MIN_MARKUP_LINES) return true;
  }
  return false;
}
