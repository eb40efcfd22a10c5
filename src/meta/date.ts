import type { Findings } from "../findings.js";
import type { DateOrder } from "../options.js";
import type { DateSource } from "../schema.js";
import { formatDate, parseWrittenDate, type WrittenDate } from "./parse-date.js";
import { dateFromPath } from "./path-date.js";

export interface DateResult {
  readonly date: string | null;
  readonly from: DateSource | null;
}

const NONE: DateResult = { date: null, from: null };

/**
 * The publication date, from the most trusted place that has one: the
 * scraper header, the dateline, a timestamp line near the top, the file
 * path. Dates inside captions and prose are never used: the stages only
 * hand over header, dateline and byline text.
 */
export function extractDate(
  findings: Findings,
  path: string,
  language: string | null,
  order: DateOrder,
): DateResult {
  const parse = (text: string | undefined | null) =>
    text ? parseWrittenDate(text, language, order) : undefined;
  const header = parse(findings.header.date);
  if (header) return { date: formatDate(header), from: "header" };

  const fromByline = findings.bylineDates.map((text) => parse(text)).find((d) => d !== undefined);
  const fromPath = dateFromPath(path);
  const dateline = findings.dateline?.dateText;
  if (dateline) {
    // "MOSCOW, May 31 (Reuters)" gives day and month; the year must be written
    // somewhere else (a timestamp line or the path), or there is no date.
    const full = parse(dateline);
    if (full) return { date: formatDate(full), from: "dateline" };
    const year = fromByline?.year ?? fromPath?.year;
    if (year !== undefined) {
      const withYear = parse(`${dateline} ${year}`);
      if (withYear && withYear.year === year)
        return { date: formatDate(withYear), from: "dateline" };
    }
  }
  if (fromByline) return { date: formatDate(fromByline), from: "byline" };
  if (fromPath) return { date: formatDate(fromPath), from: "path" };
  return NONE;
}

export type { WrittenDate };
