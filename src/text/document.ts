import { comparisonKey } from "./normalise.js";

/**
 * One non-empty line of the normalised article. Rules decide per line, not per
 * paragraph, because scrapers glue a caption, a credit and a teaser onto the
 * next real paragraph with single newlines.
 */
export interface Line {
  /** Position in `Doc.lines`. */
  readonly index: number;
  /** The paragraph (run of lines between blank lines) this line belongs to. */
  readonly block: number;
  /** Position of the line inside its block. */
  readonly lineInBlock: number;
  /** Normalised text: trimmed, single spaces. */
  readonly text: string;
  /** Lower-case letters and digits only; what catalogues and repetition compare. */
  readonly key: string;
  /**
   * The text in lower case. Pattern catalogues match this without the `i`
   * flag: case-insensitive Unicode regexes are many times slower in V8.
   */
  readonly lower: string;
}

/**
 * A line whose comparison key is computed when first read: only short lines
 * are ever compared (catalogue phrases, headline candidates), and computing
 * the key of every paragraph was the largest cost of building a document.
 */
class DocLine implements Line {
  #key: string | undefined;
  #lower: string | undefined;
  constructor(
    readonly index: number,
    readonly block: number,
    readonly lineInBlock: number,
    readonly text: string,
  ) {}

  get key(): string {
    this.#key ??= comparisonKey(this.text);
    return this.#key;
  }

  get lower(): string {
    this.#lower ??= this.text.toLowerCase();
    return this.#lower;
  }
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

/**
 * Split normalised text (see `normaliseText`) into blocks of lines.
 * `isOwnBlock(line, i)` lets a caller split a line off into its own block even
 * when no blank line follows it; the scraper header (` date 2019-05-31`) is
 * such a line, and the seed scrape glues the first caption straight onto it.
 */
export function buildDoc(
  normalised: string,
  isOwnBlock: (text: string, lineNumber: number) => boolean = () => false,
): Doc {
  const lines: Line[] = [];
  const blocks: Block[] = [];
  let current: Line[] = [];
  const closeBlock = () => {
    if (current.length > 0) blocks.push({ index: blocks.length, lines: current });
    current = [];
  };
  const rawLines = normalised === "" ? [] : normalised.split("\n");
  for (let n = 0; n < rawLines.length; n++) {
    const text = rawLines[n] as string;
    if (text === "") {
      closeBlock();
      continue;
    }
    const own = isOwnBlock(text, n);
    if (own) closeBlock();
    const line: Line = new DocLine(lines.length, blocks.length, current.length, text);
    lines.push(line);
    current.push(line);
    if (own) closeBlock();
  }
  closeBlock();
  return { lines, blocks };
}
