import { isUnspacedLanguage } from "../language/profile.js";
import type { WrittenDate } from "./written-date.js";

/**
 * Month names for the languages chrono-node does not read (Turkish, Polish,
 * Czech, Romanian, Hungarian, Greek...), taken from the ICU data that ships
 * with Node (Intl.DateTimeFormat), not from a hand-written table: every
 * locale ICU knows, in the grammatical forms it prints dates with
 * ("31 maja 2019" is genitive, "maj" nominative).
 */
const cache = new Map<string, ReadonlyMap<string, number> | null>();

function monthNames(language: string): ReadonlyMap<string, number> | null {
  const cached = cache.get(language);
  if (cached !== undefined) return cached;
  let names: Map<string, number> | null = new Map();
  try {
    for (let month = 1; month <= 12; month++) {
      const date = new Date(Date.UTC(2019, month - 1, 15));
      for (const options of [
        { day: "numeric", month: "long" },
        { day: "numeric", month: "short" },
        { month: "long" },
        { month: "short" },
      ] as const) {
        const parts = new Intl.DateTimeFormat(language, {
          ...options,
          timeZone: "UTC",
        }).formatToParts(date);
        const name = parts
          .find((p) => p.type === "month")
          ?.value.toLowerCase()
          .replace(/\.$/, "");
        if (name && !/^\d+$/.test(name) && !names.has(name)) names.set(name, month);
      }
    }
  } catch {
    names = null;
  }
  if (names && names.size < 12) names = null;
  cache.set(language, names);
  return names;
}

const escapeForRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const patterns = new Map<string, RegExp | null>();

function patternFor(language: string): RegExp | null {
  if (patterns.has(language)) return patterns.get(language) ?? null;
  const names = monthNames(language);
  let pattern: RegExp | null = null;
  if (names) {
    const alternation = [...names.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeForRegex)
      .join("|");
    // "31 Mayıs 2019", "31. května 2019", "Mayıs 31, 2019"
    pattern = new RegExp(
      `(?<![\\p{L}\\d])(?:(\\d{1,2})\\.?\\s+(${alternation})\\.?,?\\s+(\\d{4})|(${alternation})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4}))(?![\\p{L}\\d])`,
      "u",
    );
  }
  patterns.set(language, pattern);
  return pattern;
}

/** A day-month-year date with the month written out in `language`, read with ICU's month names. */
export function parseIntlMonthDate(text: string, language: string): WrittenDate | undefined {
  const pattern = patternFor(language);
  if (!pattern) return undefined;
  const lower = text.toLowerCase();
  const match = pattern.exec(lower);
  if (!match) return undefined;
  // Report the date as written (callers cut it out of the line); lower-casing
  // keeps offsets except for rare letters such as Turkish İ.
  const written =
    lower.length === text.length
      ? text.slice(match.index, match.index + match[0].length)
      : match[0];
  const names = monthNames(language) as ReadonlyMap<string, number>;
  const [, d1, m1, y1, m2, d2, y2] = match;
  const day = Number(d1 ?? d2);
  const month = names.get((m1 ?? m2) as string) ?? 0;
  const year = Number(y1 ?? y2);
  return { year, month, day, text: written, index: match.index };
}

const prefixSets = new Map<string, ReadonlySet<string> | null>();

/** English month names and the abbreviations chrono reads ("Sept", "Jan"). */
const ENGLISH_MONTHS: ReadonlySet<string> = new Set([
  ..."january february march april may june july august september october november december".split(
    " ",
  ),
  ..."jan feb mar apr jun jul aug sep sept oct nov dec".split(" "),
]);

/**
 * First three letters of every month name of `language`, with English's
 * (chrono always tries English) unless `own` is asked for.
 */
function monthPrefixes(language: string, own = false): ReadonlySet<string> | null {
  const key = own ? `${language}:own` : language;
  if (prefixSets.has(key)) return prefixSets.get(key) ?? null;
  const names = monthNames(language);
  const english = own ? new Map<string, number>() : monthNames("en");
  let prefixes: Set<string> | null = null;
  // Unspaced scripts have no words to look at.
  if (names && english && !isUnspacedLanguage(language)) {
    prefixes = new Set();
    for (const name of [...names.keys(), ...english.keys()])
      for (const word of name.split(/[^\p{L}]+/u)) if (word) prefixes.add(word.slice(0, 3));
  }
  prefixSets.set(key, prefixes);
  return prefixes;
}

/**
 * Could `text` name a month in `language` itself (English not included)?
 * True when unsure. The date parser asks it before it runs chrono with that
 * language's parser: chrono costs about a millisecond a call, and a
 * Turkish byline read with English's parser never gives a date.
 */
export function mayNameMonthIn(text: string, language: string): boolean {
  // English does not inflect its months: a word must be one ("May", "Sept"),
  // so "Mayıs" or "Marzo" is not taken for one.
  if (language === "en") {
    for (const word of text.toLowerCase().split(/[^\p{L}]+/u))
      if (ENGLISH_MONTHS.has(word)) return true;
    return false;
  }
  const prefixes = monthPrefixes(language, true);
  if (!prefixes) return true;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u))
    if (word && prefixes.has(word.slice(0, 3))) return true;
  return false;
}

/**
 * False when `text` has no word that could name a month in `language` or in
 * English: then no written-out date can be in it, and the date parsers need
 * not look. True whenever unsure (a language ICU has no month names for, an
 * unspaced script). A cheap guard in front of the date parsers (chrono was
 * ~14% of the cleaner's time), for lines that merely hold a year.
 */
export function mayNameMonth(text: string, language: string | null): boolean {
  const prefixes = monthPrefixes(language ?? "en");
  if (!prefixes) return true;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u))
    if (word && prefixes.has(word.slice(0, 3))) return true;
  return false;
}
