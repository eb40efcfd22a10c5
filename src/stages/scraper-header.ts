import { parseHeaderLine } from "../catalog/header-keys.js";
import type { HeaderFields } from "../findings.js";
import { stripSiteSuffix } from "../meta/site-suffix.js";
import type { Stage } from "../stage.js";

/**
 * The seed scrapers' first line: ` date 2019-05-31 Register`, a date keyword,
 * an ISO date and at most a few junk words (a "Register" or "Login" link that
 * the scraper caught on the same line).
 */
const DATE_LINE =
  /^(?:date|published|pubdate|updated)\s*[:=]?\s*(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?)((?: \S+){0,3})$/iu;

/** A bare URL on a line of its own at the top: some scrapers print the page address first. */
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/iu;

export type HeaderLine =
  | { kind: "date-line"; date: string; junk: string }
  | { kind: "key-value"; field: keyof HeaderFields | null; value: string }
  | { kind: "url"; url: string };

/** Parse one line as a scraper-header line, or undefined when it is not one. */
export function parseScraperHeaderLine(text: string): HeaderLine | undefined {
  if (text.length > 2000) return undefined;
  const dateLine = DATE_LINE.exec(text);
  if (dateLine)
    return { kind: "date-line", date: dateLine[1] as string, junk: (dateLine[2] ?? "").trim() };
  if (URL_LINE.test(text)) return { kind: "url", url: text };
  const keyValue = parseHeaderLine(text);
  if (keyValue) return { kind: "key-value", ...keyValue };
  return undefined;
}

/**
 * Marks the scraper header at the top of the file (every header line until
 * the first line that is not one) and records its fields in the findings.
 */
export const scraperHeader: Stage = {
  id: "header",
  run(doc, report, { findings }) {
    for (const line of doc.lines) {
      const header = parseScraperHeaderLine(line.text);
      if (!header) break;
      const fields = findings.header;
      switch (header.kind) {
        case "date-line":
          fields.date ??= header.date;
          report.remove(line.index, {
            kind: "header",
            rule: "header/date-line",
            reason: header.junk
              ? `scraper header line (date ${header.date}, trailing "${header.junk}")`
              : `scraper header line (date ${header.date})`,
          });
          break;
        case "url":
          fields.url ??= header.url;
          report.remove(line.index, {
            kind: "header",
            rule: "header/url",
            reason: "page address on its own line at the top",
          });
          break;
        case "key-value":
          if (header.field && header.value) fields[header.field] ??= header.value;
          report.remove(line.index, {
            kind: "header",
            rule: "header/key-value",
            reason: `scraper header field "${line.text.slice(0, line.text.search(/[:：]/))}"`,
          });
          break;
      }
    }
  },
};

/**
 * The last word on the header, after every other stage: when the body
 * would open with a header line (`URL: ...` under a caption that was cut),
 * a second reading would take it as the header. So it is taken here, the
 * same way, and a `Title:` field found so becomes the headline when there
 * is none yet.
 */
export const headerOfBody: Stage = {
  id: "header",
  run(doc, report, context) {
    if (context.findings.headline) return;
    const fields = context.findings.header;
    for (const line of doc.lines) {
      if (report.isRemoved(line.index)) continue;
      const header = parseScraperHeaderLine(line.text);
      if (!header) break;
      if (header.kind === "date-line") fields.date ??= header.date;
      else if (header.kind === "url") fields.url ??= header.url;
      else if (header.field && header.value) fields[header.field] ??= header.value;
      report.remove(line.index, {
        kind: "header",
        rule: `header/${header.kind}`,
        reason: "a scraper header line that opens the cleaned text",
      });
    }
    if (fields.title && !context.findings.headline)
      context.findings.headline = {
        text: stripSiteSuffix(fields.title, context),
        line: null,
        confidence: 0.9,
      };
  },
};
