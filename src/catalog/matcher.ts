import type { RemovalKind } from "../report.js";
import { comparisonKey } from "../text/normalise.js";

/**
 * A catalogue phrase. The phrase is compared with a whole line after both go
 * through `comparisonKey` (lower case, letters and digits only), so case,
 * punctuation and spacing never matter. Two wildcards:
 * - `*` stands for one to four words (`share on *` matches "Share on WhatsApp");
 * - `#` stands for one number (`# comments` matches "12 comments").
 */
export interface PhraseEntry {
  readonly kind: RemovalKind;
  readonly phrase: string;
  /** ISO 639-1 code of the phrase's language, or `user` for config phrases. */
  readonly lang: string;
}

export interface PhraseMatch {
  readonly entry: PhraseEntry;
}

const MAX_WILDCARD_WORDS = 4;
/** Lines longer than this are prose, never a UI string. */
const MAX_LINE_TOKENS = 40;

interface CompiledPattern {
  readonly entry: PhraseEntry;
  readonly tokens: readonly string[];
}

/**
 * Matches lines against a phrase catalogue in (near) constant time per line:
 * literal phrases are a hash lookup, wildcard phrases are indexed by their
 * first (or last) literal word so only a handful are tried per line.
 */
export class PhraseMatcher {
  readonly #exact = new Map<string, PhraseEntry>();
  readonly #byFirst = new Map<string, CompiledPattern[]>();
  readonly #byLast = new Map<string, CompiledPattern[]>();

  constructor(entries: Iterable<PhraseEntry>) {
    for (const entry of entries) this.add(entry);
  }

  add(entry: PhraseEntry): void {
    const tokens = entry.phrase
      .split(/\s+/)
      .flatMap((word) => (word === "*" || word === "#" ? [word] : comparisonKey(word).split(" ")))
      .filter((token) => token !== "");
    if (tokens.length === 0) return;
    if (!tokens.some((t) => t === "*" || t === "#")) {
      const key = tokens.join(" ");
      if (!this.#exact.has(key)) this.#exact.set(key, entry);
      return;
    }
    const pattern = { entry, tokens };
    const first = tokens[0] as string;
    if (first !== "*" && first !== "#") push(this.#byFirst, first, pattern);
    else push(this.#byLast, tokens[tokens.length - 1] as string, pattern);
  }

  /** The catalogue entry a line's comparison key matches, if any. */
  match(key: string): PhraseMatch | undefined {
    if (key === "") return undefined;
    const exact = this.#exact.get(key);
    if (exact) return { entry: exact };
    const tokens = key.split(" ");
    if (tokens.length > MAX_LINE_TOKENS) return undefined;
    const candidates = [
      ...(this.#byFirst.get(tokens[0] as string) ?? []),
      ...(this.#byLast.get(tokens[tokens.length - 1] as string) ?? []),
    ];
    for (const pattern of candidates) {
      if (matchTokens(pattern.tokens, 0, tokens, 0)) return { entry: pattern.entry };
    }
    return undefined;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Token-level matcher. Patterns hold at most a few wildcards and lines are
 * capped at MAX_LINE_TOKENS, so the backtracking is bounded by a small
 * constant (no regular expression, no catastrophic cases).
 */
function matchTokens(
  pattern: readonly string[],
  p: number,
  line: readonly string[],
  l: number,
): boolean {
  if (p === pattern.length) return l === line.length;
  const token = pattern[p];
  if (token === "*") {
    for (let n = 1; n <= MAX_WILDCARD_WORDS && l + n <= line.length; n++) {
      if (matchTokens(pattern, p + 1, line, l + n)) return true;
    }
    return false;
  }
  if (l >= line.length) return false;
  if (token === "#")
    return /^\d+$/.test(line[l] as string) && matchTokens(pattern, p + 1, line, l + 1);
  return token === line[l] && matchTokens(pattern, p + 1, line, l + 1);
}
