/**
 * Text normalisation: the first step of the pipeline, and the only place that
 * decides what "the same text" means. Everything downstream (rules, metadata,
 * the body) sees normalised text, so the body differs from the input only by
 * the whitespace and Unicode changes made here.
 */

/** Is there any character from U+0300 on? Below it every character is NFC-stable and combines with nothing. */
const MAY_NEED_NFC = /[\u0300-\uffff]/;

// What each special character becomes: a line break, a space or nothing.
const BREAK = 1;
const SPACE = 2;
const DROP = 3;
const SPECIAL = new Uint8Array(0x3001);
// Line breaks: LF, CR (CRLF counts once), NEL and the Unicode line and paragraph separators.
for (const code of [0x0a, 0x0d, 0x85, 0x2028, 0x2029]) SPECIAL[code] = BREAK;
// Spaces that scrapers leave behind: NBSP (French typography puts one before
// "!" and ":"), the en/em/thin/hair spaces of U+2000..U+200A, the narrow NBSP,
// the medium mathematical space, the ideographic space, the Ogham mark, and
// tabs, vertical tabs and form feeds.
for (const code of [0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) SPECIAL[code] = SPACE;
for (let code = 0x2000; code <= 0x200a; code++) SPECIAL[code] = SPACE;
// Invisible characters that carry no meaning in news text: zero-width space,
// word joiner, soft hyphen, Mongolian vowel separator and the bidi marks and
// embeddings that copy-paste from RTL sites leaves in. ZWNJ (U+200C) and ZWJ
// (U+200D) are NOT removed: they are spelling in Persian, Hindi and emoji
// sequences. (The BOM, U+FEFF, is dropped too: see `dropped`.)
for (const code of [0x200b, 0x2060, 0xad, 0x180e, 0x200e, 0x200f]) SPECIAL[code] = DROP;
for (let code = 0x202a; code <= 0x202e; code++) SPECIAL[code] = DROP;
for (let code = 0x2066; code <= 0x2069; code++) SPECIAL[code] = DROP;
// C0/C1 control characters other than the line breaks above: NUL bytes and
// the like are never text.
for (let code = 0x00; code <= 0x08; code++) SPECIAL[code] = DROP;
for (let code = 0x0e; code <= 0x1f; code++) SPECIAL[code] = DROP;
for (let code = 0x7f; code <= 0x9f; code++) if (code !== 0x85) SPECIAL[code] = DROP;

function special(code: number): number {
  if (code < SPECIAL.length) return SPECIAL[code] as number;
  return code === 0xfeff ? DROP : 0;
}

/**
 * Normalise raw article text into its lines, `""` standing for a paragraph
 * break:
 * - strip a leading BOM, treat CRLF/CR (and Unicode line separators) as LF;
 * - NFC-compose, so "é" typed two ways compares equal;
 * - turn NBSP and other Unicode spaces into a plain space, drop invisibles
 *   and control characters;
 * - remove indentation and trailing spaces, collapse runs of spaces.
 * Blank lines are kept (they separate paragraphs) but runs of them collapse
 * to one, and none opens or closes the text. One pass over the text: a line
 * with nothing to change is one slice.
 */
export function normalisedLines(raw: string): string[] {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (MAY_NEED_NFC.test(text)) text = text.normalize("NFC");
  const lines: string[] = [];
  const state = { blank: true }; // the last line pushed was a break (or none yet)
  // Most lines of most scrapes have nothing to change: they are tested with
  // native string searches and taken whole; only the others are walked
  // character by character (a third of the time of normalising, before).
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    // CRLF is one break: the CR goes with the LF.
    const stop = end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    const piece = text.slice(start, stop);
    const clean = isClean(piece) ? piece : cleanedSimply(piece);
    if (clean === undefined) normalisePiece(piece, lines, state);
    else if (clean === "") {
      if (!state.blank) lines.push("");
      state.blank = true;
    } else {
      lines.push(clean);
      state.blank = false;
    }
    start = end + 1;
  }
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** Any character `special` changes (line breaks but LF included). */
const SPECIAL_CHAR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
  /[\x00-\x1f\x7f-\xa0\xad\u1680\u180e\u2000-\u200b\u200e\u200f\u2028-\u202f\u205f\u2060\u2066-\u2069\u3000\ufeff]/;

/** A line normalisation leaves as it is: no edge or double spaces, nothing special. */
function isClean(piece: string): boolean {
  const n = piece.length;
  if (n === 0) return true;
  if (piece.charCodeAt(0) === 0x20 || piece.charCodeAt(n - 1) === 0x20) return false;
  return !piece.includes("  ") && !SPECIAL_CHAR.test(piece);
}

/**
 * The second most common line, after a clean one: indented, or with
 * no-break spaces (French typography, the seed scrape's every paragraph).
 * Native replace and trim make it clean, or it goes to the walk (undefined).
 */
function cleanedSimply(piece: string): string | undefined {
  let text = piece.includes("\u00a0") ? piece.replaceAll("\u00a0", " ") : piece;
  let from = 0;
  let to = text.length;
  while (from < to && text.charCodeAt(from) === 0x20) from++;
  while (to > from && text.charCodeAt(to - 1) === 0x20) to--;
  if (from > 0 || to < text.length) text = text.slice(from, to);
  return isClean(text) ? text : undefined;
}

/**
 * The character walk, over one line of the text (between LFs): it may still
 * hold other breaks (a lone CR, U+2028), so it can push several lines.
 */
function normalisePiece(text: string, lines: string[], state: { blank: boolean }): void {
  let line = ""; // the current line's text, before the run in progress
  let run = 0; // start of the run of characters kept as they are
  let space = false; // the last character kept was a space
  const n = text.length;
  const flush = (end: number) => {
    if (end > run) line += text.slice(run, end);
  };
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 0x0a;
    if (code === 0x20) {
      // A space opening the line, or following a space, is dropped.
      if (space || (line === "" && run === i)) {
        flush(i);
        run = i + 1;
      }
      space = true;
      continue;
    }
    const kind = special(code);
    if (kind === 0) {
      space = false;
      continue;
    }
    flush(i);
    run = i + 1;
    if (kind === SPACE) {
      if (!space && line !== "") {
        line += " ";
        space = true;
      }
    } else if (kind === BREAK) {
      if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
        i++;
        run = i + 1;
      }
      if (line.endsWith(" ")) line = line.slice(0, -1);
      if (line === "") {
        if (!state.blank) lines.push("");
        state.blank = true;
      } else {
        lines.push(line);
        state.blank = false;
      }
      line = "";
      space = false;
    }
  }
}

/** `normalisedLines` as one text, lines joined by `\n`. */
export function normaliseText(raw: string): string {
  return normalisedLines(raw).join("\n");
}

/**
 * A name or title with nothing but its letters and digits, in lower case
 * ("Fox News" and "FOX-NEWS" are "foxnews"): how headlines, their repeats
 * and publisher spellings are compared.
 */
export function compactKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The one comparison key of the code base (lower case, letters and digits, single spaces). */
export { comparisonKey } from "./facts.js";
