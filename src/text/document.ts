import { type Facts, type LineFacts, type ScanLanguage, scanLine } from "./facts.js";

/**
 * One non-empty line of the normalised article, with its facts. Rules decide
 * per line, not per paragraph, because scrapers glue a caption, a credit and
 * a teaser onto the next real paragraph with single newlines.
 */
export interface Line extends LineFacts {
  /** Position in `Doc.lines`. */
  readonly index: number;
  /** The paragraph (run of lines between blank lines) this line belongs to. */
  readonly block: number;
  /** Position of the line inside its block. */
  readonly lineInBlock: number;
}

/** A paragraph: consecutive lines with no blank line between them. */
export interface Block {
  readonly index: number;
  readonly lines: readonly Line[];
}

export interface Doc {
  readonly lines: readonly Line[];
  readonly blocks: readonly Block[];
}

/** The lines of a normalised text (see `normaliseText`) before they are scanned. */
export interface RawLines {
  readonly texts: readonly string[];
  /** The block of each text. */
  readonly blocks: readonly number[];
}

/**
 * Group normalised lines (see `normalisedLines`: `""` is a paragraph break)
 * into blocks. `isOwnBlock(line, i)` lets a caller split a line off into its
 * own block even when no blank line follows it; the scraper header
 * (` date 2019-05-31`) is such a line, and the seed scrape glues the first
 * caption straight onto it.
 */
export function splitLines(
  rawLines: readonly string[],
  isOwnBlock: (text: string, lineNumber: number) => boolean = () => false,
): RawLines {
  const texts: string[] = [];
  const blocks: number[] = [];
  let block = 0;
  let open = false; // the current block has lines
  for (let n = 0; n < rawLines.length; n++) {
    const text = rawLines[n] as string;
    if (text === "") {
      if (open) block++;
      open = false;
      continue;
    }
    const own = isOwnBlock(text, n);
    if (own && open) block++;
    texts.push(text);
    blocks.push(block);
    open = true;
    if (own) {
      block++;
      open = false;
    }
  }
  return { texts, blocks };
}

/** Scan every line (once) and assemble the document. */
export function scanDocument(raw: RawLines, language?: ScanLanguage): Doc {
  const lines: Facts[] = [];
  const blocks: { index: number; lines: Line[] }[] = [];
  for (let i = 0; i < raw.texts.length; i++) {
    const line = scanLine(raw.texts[i] as string, language);
    const block = raw.blocks[i] as number;
    let current = blocks[blocks.length - 1];
    if (current?.index !== block) {
      current = { index: blocks.length, lines: [] };
      blocks.push(current);
    }
    line.index = i;
    line.block = current.index;
    line.lineInBlock = current.lines.length;
    lines.push(line);
    current.lines.push(line);
  }
  return { lines, blocks };
}

/** Split and scan in one step (tests, and callers that need no language). */
export function buildDoc(
  normalised: string,
  isOwnBlock?: (text: string, lineNumber: number) => boolean,
  language?: ScanLanguage,
): Doc {
  const lines = normalised === "" ? [] : normalised.split("\n");
  return scanDocument(splitLines(lines, isOwnBlock), language);
}
