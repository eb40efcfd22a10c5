import type { RemovalKind } from "../report.js";
import { type LineFacts, STEM_LENGTH, tokensOf } from "../text/facts.js";
import { IntMap } from "../text/int-set.js";
import { hashToken, isNumberHash } from "../text/token-hash.js";

/**
 * A catalogue phrase. Phrases are compared with lines token by token (the
 * comparison tokens of `text/facts`: lower case, letters and digits only),
 * so case, punctuation and spacing never matter. Three wildcards:
 * - `*` stands for one to four words (`share on *` matches "Share on WhatsApp");
 * - `#` stands for one number (`# comments` matches "12 comments");
 * - a word ending in `~` is a stem (`abonn~` matches "abonnez", "abonnement");
 *   a stem has at least four letters.
 */
export interface PhraseEntry {
  readonly kind: RemovalKind;
  readonly phrase: string;
  /** ISO 639-1 code of the phrase's language, or `user` for config phrases. */
  readonly lang: string;
  /**
   * What a hit means. `ui` (the default): the whole line is this UI string.
   * Other roles are cues that rules read (`teaser-label`, `photo-word`...):
   * they say where a phrase occurs, not that the line goes.
   */
  readonly role?: string;
}

export interface PhraseMatch {
  readonly entry: PhraseEntry;
}

/**
 * A phrase found in a line: tokens `[start, end)`. Found by token hashes:
 * exact for any practical purpose, but a hash collision (one in ~10^9 per
 * word) or a stem's four-letter prefix can make a false candidate, so a
 * rule that acts on a hit's exact words asks `confirmHit` first. Cue roles,
 * which only decide whether a pattern runs, need not.
 */
export interface Hit {
  readonly start: number;
  readonly end: number;
  readonly entry: PhraseEntry;
}

const MAX_WILDCARD_WORDS = 4;
/**
 * Lines up to this many tokens are searched at every position; longer ones
 * (paragraphs of prose) only near their ends, where scrapers glue widgets.
 * No rule that reads cues inside a line looks at lines this long.
 */
const FULL_SCAN_TOKENS = 60;
const EDGE_TOKENS = 8;

type Piece =
  | { readonly type: "word"; readonly hash: number; readonly text: string }
  | { readonly type: "stem"; readonly hash: number; readonly text: string }
  | { readonly type: "any" }
  | { readonly type: "number" };

interface Compiled {
  readonly entry: PhraseEntry;
  readonly pieces: readonly Piece[];
}

/** A trie node: children by token hash, by stem hash, and the wildcards. */
class TrieNode {
  words: IntMap<TrieNode> | undefined;
  stems: IntMap<{ readonly stem: string; readonly node: TrieNode }[]> | undefined;
  any: TrieNode | undefined;
  number: TrieNode | undefined;
  ends: Compiled[] | undefined;
}

function parse(phrase: string): Piece[] {
  const pieces: Piece[] = [];
  for (const word of phrase.split(/\s+/)) {
    if (word === "*") pieces.push({ type: "any" });
    else if (word === "#") pieces.push({ type: "number" });
    else if (word.endsWith("~") && word.length > STEM_LENGTH) {
      const stem = tokensOf(word.slice(0, -1)).join("");
      pieces.push({ type: "stem", hash: hashToken(stem.slice(0, STEM_LENGTH)), text: stem });
    } else
      for (const token of tokensOf(word))
        pieces.push({ type: "word", hash: hashToken(token), text: token });
  }
  return pieces;
}

/**
 * All catalogue phrases in one trie over token hashes: a line is matched in
 * one walk per start position, whatever the number of phrases and
 * languages, and the same walk serves whole-line matches ("the line is a
 * share button") and phrases inside a line ("a share prompt glued to the
 * title"). Phrases that open with `*` can only match a whole line; they are
 * indexed by their last word instead.
 */
export class PhraseMatcher {
  readonly #root = new TrieNode();
  readonly #byLast = new Map<number, Compiled[]>();
  /**
   * Low 16 bits of every word (and stem) that can open a phrase: most tokens
   * of prose open none, and are passed over with one array read instead of
   * a trie lookup.
   */
  readonly #opens = new Uint8Array(1 << 16);
  #size = 0;

  constructor(entries: Iterable<PhraseEntry>) {
    for (const entry of entries) this.add(entry);
  }

  get size(): number {
    return this.#size;
  }

  add(entry: PhraseEntry): void {
    const pieces = parse(entry.phrase);
    if (pieces.length === 0) return;
    const compiled = { entry, pieces };
    this.#size++;
    const first = pieces[0] as Piece;
    if (first.type === "any") {
      const last = pieces[pieces.length - 1] as Piece;
      if (last.type !== "word") return; // "* *" would match anything
      const list = this.#byLast.get(last.hash);
      if (list) list.push(compiled);
      else this.#byLast.set(last.hash, [compiled]);
      return;
    }
    if (first.type === "word" || first.type === "stem") this.#opens[first.hash & 0xffff] = 1;
    let node = this.#root;
    for (const piece of pieces) node = child(node, piece);
    node.ends ??= [];
    node.ends.push(compiled);
  }

  /** Every phrase found in the line (earliest start first, then longest). */
  scan(line: LineFacts): Hit[] {
    const n = line.hashes.length;
    const hits: Hit[] = [];
    // Most lines open no phrase: the walker (and the sort) only for those that do.
    let walker: Walker | undefined;
    const edges = n > FULL_SCAN_TOKENS;
    const opens = this.#opens;
    const hashes = line.hashes;
    const stems = line.stems;
    const numbers = this.#root.number !== undefined;
    for (let start = 0; start < n; start++) {
      if (edges && start === EDGE_TOKENS) start = n - EDGE_TOKENS;
      const hash = hashes[start] as number;
      const stem = stems[start] as number;
      if (
        opens[hash & 0xffff] === 0 &&
        (stem < 0 || opens[stem & 0xffff] === 0) &&
        !(numbers && isNumberHash(hash))
      )
        continue;
      walker ??= new Walker(line);
      walker.walk(this.#root, start, start, hits);
    }
    const last = n > 0 ? this.#byLast.get(line.hashes[n - 1] as number) : undefined;
    if (last) {
      walker ??= new Walker(line);
      for (const compiled of last)
        if (walker.matchesWhole(compiled.pieces))
          hits.push({ start: 0, end: n, entry: compiled.entry });
    }
    sortHits(hits);
    return hits;
  }

  /**
   * The UI phrase the whole line is, if any: exact phrases before wildcard
   * ones. Only `ui` entries count; cue roles never make a line a phrase.
   */
  wholeLine(line: LineFacts, hits: readonly Hit[] = this.scan(line)): PhraseEntry | undefined {
    const n = line.hashes.length;
    let found: Hit | undefined;
    for (const hit of hits) {
      if (hit.start !== 0 || hit.end !== n || (hit.entry.role ?? "ui") !== "ui") continue;
      if (found && specificity(hit) <= specificity(found)) continue;
      if (confirmHit(line, hit)) found = hit;
    }
    return found?.entry;
  }

  /** Whole-line match of a comparison key (or any text): the catalogue's simple question. */
  match(text: string): PhraseMatch | undefined {
    const tokens = tokensOf(text);
    if (tokens.length === 0) return undefined;
    const facts = factsOfTokens(text, tokens);
    const entry = this.wholeLine(facts);
    return entry ? { entry } : undefined;
  }
}

/**
 * Earliest start first, then longest; stable. In place by insertion: a line
 * has a few hits, nearly in order already, and `Array.prototype.sort` copies
 * its array on every call.
 */
function sortHits(hits: Hit[]): void {
  for (let i = 1; i < hits.length; i++) {
    const hit = hits[i] as Hit;
    let j = i - 1;
    for (; j >= 0; j--) {
      const other = hits[j] as Hit;
      if (other.start < hit.start || (other.start === hit.start && other.end >= hit.end)) break;
      hits[j + 1] = other;
    }
    hits[j + 1] = hit;
  }
}

const compiledPieces = new WeakMap<PhraseEntry, readonly Piece[]>();

/**
 * Is the hit really its phrase? Checks the phrase's words and stems on the
 * line's token strings (computed on first use), where the walk compared
 * hashes and four-letter stem prefixes.
 */
export function confirmHit(line: LineFacts, hit: Hit): boolean {
  return matchPieces(piecesOf(hit.entry), 0, line.tokens, hit.start, hit.end);
}

/**
 * How many of a hit's tokens its phrase's own words cover: all of them for
 * an exact phrase, fewer when a `*` matched some words of the line.
 */
export function fixedTokens(hit: Hit): number {
  let fixed = 0;
  for (const piece of piecesOf(hit.entry)) if (piece.type !== "any") fixed++;
  return Math.min(fixed, hit.end - hit.start);
}

function piecesOf(entry: PhraseEntry): readonly Piece[] {
  let pieces = compiledPieces.get(entry);
  if (!pieces) {
    pieces = parse(entry.phrase);
    compiledPieces.set(entry, pieces);
  }
  return pieces;
}

/** Exact phrases are more specific than those with wildcards. */
function specificity(hit: Hit): number {
  return hit.entry.phrase.includes("*") || hit.entry.phrase.includes("#") ? 0 : 1;
}

function child(node: TrieNode, piece: Piece): TrieNode {
  switch (piece.type) {
    case "any":
      node.any ??= new TrieNode();
      return node.any;
    case "number":
      node.number ??= new TrieNode();
      return node.number;
    case "word": {
      node.words ??= new IntMap();
      let next = node.words.get(piece.hash);
      if (!next) {
        next = new TrieNode();
        node.words.set(piece.hash, next);
      }
      return next;
    }
    case "stem": {
      node.stems ??= new IntMap();
      const list = node.stems.get(piece.hash) ?? [];
      node.stems.set(piece.hash, list);
      let found = list.find((s) => s.stem === piece.text);
      if (!found) {
        found = { stem: piece.text, node: new TrieNode() };
        list.push(found);
      }
      return found.node;
    }
  }
}

/**
 * Walks the trie over one line. Hashes pick the paths; every phrase that
 * reaches its end is confirmed on the token strings (computed once, only
 * for lines with a candidate), so a hash collision never makes a match.
 */
class Walker {
  #tokens: readonly string[] | undefined;
  constructor(readonly line: LineFacts) {}

  get tokens(): readonly string[] {
    this.#tokens ??= this.line.tokens;
    return this.#tokens;
  }

  walk(node: TrieNode, start: number, at: number, hits: Hit[]): void {
    if (node.ends && at > start)
      for (const compiled of node.ends) hits.push({ start, end: at, entry: compiled.entry });
    const hashes = this.line.hashes;
    if (at >= hashes.length) return;
    const hash = hashes[at] as number;
    const next = node.words?.get(hash);
    if (next) this.walk(next, start, at + 1, hits);
    if (node.stems) {
      const stem = this.line.stems[at] as number;
      const list = stem >= 0 ? node.stems.get(stem) : undefined;
      if (list) for (const s of list) this.walk(s.node, start, at + 1, hits);
    }
    if (node.number && isNumberHash(hash)) this.walk(node.number, start, at + 1, hits);
    if (node.any)
      for (let k = 1; k <= MAX_WILDCARD_WORDS && at + k <= hashes.length; k++)
        this.walk(node.any, start, at + k, hits);
  }

  matchesWhole(pieces: readonly Piece[]): boolean {
    return matchPieces(pieces, 0, this.tokens, 0, this.tokens.length);
  }
}

/** Token-level backtracking: wildcards are few and lines bounded, so the cost is a small constant. */
function matchPieces(
  pieces: readonly Piece[],
  p: number,
  tokens: readonly string[],
  t: number,
  end: number,
): boolean {
  if (p === pieces.length) return t === end;
  const piece = pieces[p] as Piece;
  if (piece.type === "any") {
    for (let k = 1; k <= MAX_WILDCARD_WORDS && t + k <= end; k++)
      if (matchPieces(pieces, p + 1, tokens, t + k, end)) return true;
    return false;
  }
  if (t >= end) return false;
  const token = tokens[t] as string;
  const ok =
    piece.type === "number"
      ? /^\d+$/.test(token)
      : piece.type === "stem"
        ? token.startsWith(piece.text)
        : token === piece.text;
  return ok && matchPieces(pieces, p + 1, tokens, t + 1, end);
}

/** Just enough of `LineFacts` for the matcher, from a text's tokens. */
function factsOfTokens(text: string, tokens: readonly string[]): LineFacts {
  return {
    text,
    tokens,
    hashes: tokens.map(hashToken),
    stems: tokens.map((t) => (t.length >= STEM_LENGTH ? hashToken(t.slice(0, STEM_LENGTH)) : -1)),
  } as unknown as LineFacts;
}
