import type { WrittenDate } from "./parse-date.js";

// `.../2019/05/31/...`, `2019-05-31_slug.txt`, `20190531-slug.txt`.
const PATH_DATE = /(?<!\d)((?:19|20)\d{2})([/_.-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)/;

/** A date written in the file path, read year-month-day (the only order paths use). */
export function dateFromPath(path: string): WrittenDate | undefined {
  const match = PATH_DATE.exec(path.replace(/\\/g, "/"));
  if (!match) return undefined;
  const [text, year, , month, day] = match as unknown as [string, string, string, string, string];
  const date = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    text,
    index: match.index,
  };
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return check.getUTCDate() === date.day ? date : undefined;
}
