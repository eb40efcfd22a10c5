import { createRequire } from "node:module";
import type { Chrono } from "chrono-node";
import type { DateOrder } from "../options.js";
import { mayNameMonth, mayNameMonthIn, parseIntlMonthDate } from "./intl-months.js";
import type { WrittenDate } from "./written-date.js";

export type { WrittenDate };

// `2019-05-31`, `2019-11-18T23:04:24-05:00`: the date is read as written,
// so an evening timestamp west of UTC keeps its local day.
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
// `31.05.2019`, `05/06/2019`, `2019/05/31`: order decided by the caller.
const NUMERIC_DATE = /(?<![\d./-])(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})(?![\d/-])/;
// `2019年5月31日`, `2019년 5월 31일`: CJK dates are numeric with unit markers.
const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u;
// Relative expressions ("13 hours ago", "вчера") depend on the day of the
// scrape, which the text does not give: never turn them into a date.
const RELATIVE =
  /(?<![\p{L}\p{N}])(?:ago|yesterday|today|tomorrow|hace|il y a|hier|aujourd'hui|vor|gestern|heute|fa|ieri|oggi|atrás|ontem|hoje|назад|вчера|сегодня|тому|вчора|сьогодні|önce|dün|bugün)(?![\p{L}\p{N}])|前|昨日|今日|昨天|今天/iu;

/**
 * chrono locales by ISO 639-1 code; English is always tried last. Each locale
 * is loaded the first time an article in its language needs it (chrono's
 * CommonJS entry per locale, ~50-140 ms each), not all sixteen at start-up
 * (~300 ms in every thread, for a run that may never see most of them).
 */
const CHRONO_LOCALE: Readonly<Record<string, string>> = {
  de: "de",
  es: "es",
  fr: "fr",
  it: "it",
  ja: "ja",
  nl: "nl",
  pt: "pt",
  ru: "ru",
  sv: "sv",
  uk: "uk",
  zh: "zh",
  fi: "fi",
  // Cyrillic month names: Bulgarian and Belarusian text is often detected
  // as one of these, and their month names are close enough.
  ar: "ar",
  bg: "ru",
  be: "ru",
};

interface ChronoLocale {
  readonly casual: Chrono;
  readonly GB?: Chrono;
}

const requireChrono = createRequire(import.meta.url);
const locales = new Map<string, ChronoLocale>();

function chronoLocale(locale: string): ChronoLocale {
  let loaded = locales.get(locale);
  if (!loaded) {
    loaded = requireChrono(`chrono-node/${locale}`) as ChronoLocale;
    locales.set(locale, loaded);
  }
  return loaded;
}

function languageParser(language: string | null): Chrono | undefined {
  const locale = language ? CHRONO_LOCALE[language] : undefined;
  return locale ? chronoLocale(locale).casual : undefined;
}

function englishParser(order: DateOrder): Chrono {
  const english = chronoLocale("en");
  return order === "DMY" ? (english.GB as Chrono) : english.casual;
}

function valid(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fromNumeric(match: RegExpExecArray, order: DateOrder): WrittenDate | undefined {
  const [text, a, separator, b, c] = match as unknown as [string, string, string, string, string];
  // Dates written with dots ("02.05.2020") are day first wherever they are
  // written so (German, Russian, Polish, Turkish...): US dates use slashes.
  if (separator === "." && a.length !== 4) order = "DMY";
  const first = Number(a);
  const second = Number(b);
  let third = Number(c);
  if (c.length === 2) third += 2000;
  let year: number;
  let month: number;
  let day: number;
  if (a.length === 4) {
    // Year first is never ambiguous in practice: 2019/05/31.
    [year, month, day] = [first, second, third];
  } else if (c.length !== 4 && c.length !== 2) {
    return undefined;
  } else if (first > 12 || order === "DMY") {
    [year, month, day] = [third, second, first];
  } else if (second > 12 || order === "MDY") {
    [year, month, day] = [third, first, second];
  } else {
    // YMD order was asked for, but the date is D/M/Y-shaped: read it day first,
    // the world's most common order.
    [year, month, day] = [third, second, first];
  }
  if (!valid(year, month, day)) return undefined;
  return { year, month, day, text, index: match.index };
}

function fromChrono(
  text: string,
  language: string | null,
  order: DateOrder,
): WrittenDate | undefined {
  // Each parser only where the text may name one of its months.
  const parsers = [
    language && mayNameMonthIn(text, language) ? languageParser(language) : undefined,
    mayNameMonthIn(text, "en") ? englishParser(order) : undefined,
  ];
  for (const parser of parsers) {
    if (!parser) continue;
    for (const result of parser.parse(text, new Date(2000, 0, 1))) {
      const start = result.start;
      // Only dates that spell out day, month and year: "May 31" alone is not a date we can stand behind.
      if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day"))
        continue;
      if (RELATIVE.test(result.text)) continue;
      const year = start.get("year") ?? 0;
      const month = start.get("month") ?? 0;
      const day = start.get("day") ?? 0;
      // chrono marks dates computed from the reference date ("90 minutes
      // before") as certain; a date we stand behind has its year written out.
      if (!writesYear(result.text, year)) continue;
      if (valid(year, month, day))
        return { year, month, day, text: result.text, index: result.index };
    }
  }
  return undefined;
}

function writesYear(text: string, year: number): boolean {
  const full = String(year);
  return new RegExp(`(?<!\\d)(?:${full}|'?${full.slice(2)})(?!\\d)`).test(text);
}

const GLUED_TIME = /(?<!\d)((?:19|20)\d{2})(\d{1,2}:\d{2})(?!\d)/;

const FOUR_DIGIT_YEAR = /(?<!\d)(?:1[89]|20|21)\d{2}(?!\d)/;

const cache = new Map<string, WrittenDate | null>();
const CACHE_LIMIT = 4096;

/**
 * Find the first full calendar date (day, month and year all written) in a
 * short text. ISO, numeric and CJK forms are read directly; written-out
 * months go through chrono-node with the article's language, then English.
 * Results are cached: a corpus repeats the same header dates many times.
 */
export function parseWrittenDate(
  raw: string,
  language: string | null,
  order: DateOrder,
): WrittenDate | undefined {
  if (raw.length > 200 || !/\d/.test(raw)) return undefined;
  // "Mar 2, 20209:15 AM": a scraper glued the year to the time. The space
  // goes after the year, so the date read is still a part of the line.
  const text = raw.replace(GLUED_TIME, "$1 $2");
  const cacheKey = `${language}\u0000${order}\u0000${text}`;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached ?? undefined;
  const result = parseUncached(text, language, order);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(cacheKey, result ?? null);
  return result;
}

function parseUncached(
  text: string,
  language: string | null,
  order: DateOrder,
): WrittenDate | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, y, m, d] = iso as unknown as [string, string, string, string];
    if (valid(Number(y), Number(m), Number(d))) {
      return { year: Number(y), month: Number(m), day: Number(d), text: iso[0], index: iso.index };
    }
  }
  const cjk = CJK_DATE.exec(text);
  if (cjk) {
    const [, y, m, d] = cjk as unknown as [string, string, string, string];
    if (valid(Number(y), Number(m), Number(d))) {
      return { year: Number(y), month: Number(m), day: Number(d), text: cjk[0], index: cjk.index };
    }
  }
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const date = fromNumeric(numeric, order);
    if (date) return date;
  }
  // Written-out months need a four-digit year (dates without a written year
  // are refused) and a word that can name a month (numeric forms were read
  // above): most lines that reach here hold neither.
  if (!FOUR_DIGIT_YEAR.test(text) || !mayNameMonth(text, language)) return undefined;
  // "May 31, 2019" and "31 мая 2019", the common shapes, with ICU's month
  // names in the article's language, then English: ~1 ms less a date than
  // chrono, which stays for every other shape ("31st May 2019", "le 1er mai
  // 2019") in the languages it reads.
  for (const names of language && language !== "en" ? [language, "en"] : ["en"]) {
    const written = parseIntlMonthDate(text, names);
    if (written && valid(written.year, written.month, written.day)) return written;
  }
  return fromChrono(text, language, order);
}

export function formatDate(date: WrittenDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Default order for all-numeric dates, by article language (documented in the README). */
export function defaultDateOrder(language: string | null): DateOrder {
  if (language === "en") return "MDY";
  if (
    language === "zh" ||
    language === "ja" ||
    language === "ko" ||
    language === "hu" ||
    language === "lt"
  )
    return "YMD";
  return "DMY";
}

/** The order to read numeric dates in: the user's `--date-order`, else the language default. */
export function dateOrderFor(option: DateOrder | undefined, language: string | null): DateOrder {
  return option ?? defaultDateOrder(language);
}
