/**
 * Text normalisation: the first step of the pipeline, and the only place that
 * decides what "the same text" means. Everything downstream (rules, metadata,
 * the body) sees normalised text, so the body differs from the input only by
 * the whitespace and Unicode changes made here.
 */

// Spaces that scrapers leave behind: NBSP (French typography puts one before
// "!" and ":"), the en/em/thin/hair spaces of U+2000..U+200A, the narrow NBSP,
// the medium mathematical space, the ideographic space and the Ogham mark.
const UNICODE_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g;

// Invisible characters that carry no meaning in news text: zero-width space,
// word joiner, BOM used as ZWNBSP, soft hyphen, Mongolian vowel separator and
// the bidi marks/embeddings that copy-paste from RTL sites leaves in.
// ZWNJ (U+200C) and ZWJ (U+200D) are NOT removed: they are spelling in
// Persian, Hindi and emoji sequences, so removing them would change words.
const INVISIBLES = /[\u200B\u2060\uFEFF\u00AD\u180E\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

// C0/C1 control characters other than newline; NUL bytes and the like are
// never text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

const LINE_ENDINGS = /\r\n?|\u2028|\u2029|\u0085/g;
const SPACE_RUNS = / {2,}/g;

/**
 * Normalise raw article text:
 * - strip a leading BOM, turn CRLF/CR (and Unicode line separators) into LF;
 * - NFC-compose, so "é" typed two ways compares equal;
 * - turn NBSP and other Unicode spaces into a plain space, drop invisibles;
 * - remove indentation and trailing spaces, collapse runs of spaces.
 * Blank lines are kept (they separate paragraphs) but runs of them collapse
 * to one.
 */
export function normaliseText(raw: string): string {
  let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  text = text.replace(LINE_ENDINGS, "\n");
  text = text.normalize("NFC");
  text = text.replace(UNICODE_SPACES, " ").replace(INVISIBLES, "").replace(CONTROLS, "");
  const lines = text.split("\n");
  const out: string[] = [];
  let blank = true; // drop leading blank lines
  for (const line of lines) {
    const trimmed = line.trim().replace(SPACE_RUNS, " ");
    if (trimmed === "") {
      if (!blank) out.push("");
      blank = true;
    } else {
      out.push(trimmed);
      blank = false;
    }
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out.join("\n");
}

/**
 * Normalise a single line for comparison with catalogue phrases and other
 * lines: lower case, letters and digits only, single spaces. "Share on
 * Facebook!" and "share on facebook" get the same key.
 */
export function comparisonKey(line: string): string {
  // ASCII lines (most lines of most scrapes) take a regular expression without
  // Unicode property classes: the same result at about half the cost.
  if (!NON_ASCII.test(line))
    return line
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return line
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const NON_ASCII = /[\u0080-\uffff]/;
