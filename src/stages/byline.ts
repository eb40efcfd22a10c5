import { agencyByAlias } from "../catalog/agencies.js";
import { RELATIVE_AGE_SOURCE } from "../catalog/relative-time.js";
import { dateOrderFor, parseWrittenDate } from "../meta/parse-date.js";
import type { Report } from "../report.js";
import type { Stage, StageContext } from "../stage.js";
import type { Doc, Line } from "../text/document.js";

/** Bylines and timestamps sit in the first lines of the article. */
const SEARCH_LINES = 14;
const MAX_PROSE_BEFORE = 2;
const MAX_BYLINE_WORDS = 16;

// "By Jane Doe", "Par Jean Dupont", "Von Max Muster", "Текст: Венера Ерофеева".
const BY_PREFIX =
  /^(?:by|written by|reported by|words by|posted by|par|von|por|door|av|przez|автор(?:ы)?|текст|yazan|muhabir|بقلم|作者|記者|기자|text|texte|texto|testo|reporter)\s*[:：]?\s+/iu;
// What follows the prefix must be a name: capitalised words (case-sensitive),
// joined by "and", commas, dots or middle dots; bylines often run the
// author's role or a date on ("Jane RoeStaff Writer", "Name·24 сентября 2018").
const NAME_WORD = /^(?:[\p{Lu}\p{Lo}][\p{L}\p{M}.'’-]*|and|und|et|y|e|и|і|ve|&)$/u;

function isByline(line: string): boolean {
  // "| BY: Name": some layouts print the separator of a byline bar first;
  // "por Eliara Santana*": a footnote marker after the name.
  // (The hyphen is escaped: unescaped between "\\" and "–" it made a range
  // that ate lower-case letters, "por" and "by" among them.)
  const text = line.replace(/^[|·•/\\\-–—]+\s*/u, "").replace(/[*†‡]+$/u, "");
  const prefix = BY_PREFIX.exec(text);
  if (!prefix) return false;
  const rest =
    text
      .slice(prefix[0].length)
      .split(/[,·•|/]/)[0]
      ?.trim() ?? "";
  const words = rest.split(/\s+/);
  return words.length >= 1 && words.length <= 6 && words.every((word) => NAME_WORD.test(word));
}

// Labels around a timestamp: "Updated : 19 November 2019, 09:01 AM", "Published 10:02 GMT",
// and the words some languages put after a time ("10:15 Uhr", "10:15 hs", "10:15 ч").
const TIMESTAMP_LABELS =
  /(?<![\p{L}\p{N}])(?:updated|last updated|published|first published|posted|modified|created|date|on|at|le|am|um|el|em|il|mis à jour|publié|aktualisiert|veröffentlicht|actualizado|publicado|atualizado|aggiornato|pubblicato|обновлено|опубликовано|оновлено|опубліковано|güncellendi|güncelleme|yayınlandı|tarih|uhr|hs|hrs|ч)(?![\p{L}\p{N}])/giu;
const TIME =
  /\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|IST|JST|KST|HKT|SGT|[+-]\d{2}:?\d{2}))?/giu;
const SEPARATORS = /[|·•,;:()\-–—/]+/g;

// "13 hours ago", "Published 1 day ago", "il y a 2 heures", "3小时前": a
// timestamp whose date depends on the day of the scrape, so it gives no
// date, only furniture.
const RELATIVE_TIMESTAMP = new RegExp(
  `^(?:(?:published|updated|posted|last updated|publié|mis à jour|aktualisiert|veröffentlicht|actualizado|publicado)\\s*:?\\s*)?(?:${RELATIVE_AGE_SOURCE})$`,
  "iu",
);

// "Updated at 1:23 p.m.", "Posted 10:02 GMT": a time without a date.
const TIME_ONLY =
  /^(?:updated|posted|published|last updated|mis à jour|aktualisiert|actualizado|atualizado|обновлено)\s*:?\s*(?:at\s+|à\s+|um\s+|a las\s+|às\s+|в\s+)?\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?\.?$/iu;

// "Sam Poe | Fox News", "Jane Roe, AP Science Writer":
// a name, then the outlet or the writer's role.
const NAME_AND_OUTLET =
  /^[\p{Lu}][\p{L}'’.-]+(?: [\p{Lu}][\p{L}'’.-]+){1,3}\s*(?:\|\s*\S.{1,60}|,\s*.{0,40}\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|news|press|media|times|post)\b.{0,30})$/iu;

/** Words left in a line once its dates, times and labels are taken out. */
function wordsBesideTimestamp(text: string, dateText: string, context: StageContext): number {
  let rest = text.replace(dateText, " ");
  // "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM": a line may hold two timestamps.
  const order = dateOrderFor(context.options.dateOrder, context.language.code);
  for (let i = 0; i < 2; i++) {
    const another = parseWrittenDate(rest, context.language.code, order);
    if (!another) break;
    rest = rest.replace(another.text, " ");
  }
  rest = rest.replace(TIME, " ").replace(TIMESTAMP_LABELS, " ").replace(SEPARATORS, " ").trim();
  return rest === "" ? 0 : rest.split(/\s+/).length;
}

/** An embedded post's signature: a link or a handle in brackets, then the date. */
const EMBED_SIGNATURE = /https?:\/\/|pic\.twitter\.com|\(@[\w.]+\)/u;

export type BylineShape = "by" | "timestamp" | "agency";

/** Classify a line as a byline, a timestamp line or an agency credit line. */
export function bylineShape(
  line: Line,
  context: StageContext,
): { shape: BylineShape; date?: string } | undefined {
  const { text } = line;
  const words = line.words;
  if (words > MAX_BYLINE_WORDS) return undefined;
  // "pic.twitter.com/x — Jane Roe (@janeroe) March 22, 2019": an embedded
  // post's signature, quoted by the article, not the page's byline.
  if (EMBED_SIGNATURE.test(text)) return undefined;
  if (agencyByAlias(text.replace(/^[-–—]\s*/, ""))) return { shape: "agency" };
  const date =
    line.digits === 0
      ? undefined
      : parseWrittenDate(
          text,
          context.language.code,
          dateOrderFor(context.options.dateOrder, context.language.code),
        );
  if (date) {
    const rest = wordsBesideTimestamp(text, date.text, context);
    // A sentence that mentions a date is prose; a line that is mostly a date is a timestamp.
    // An all-numeric date ("Opening Bell 11.18.19") can be part of a title:
    // such a line is a timestamp only when nothing else is on it.
    const numeric = !/\p{L}/u.test(date.text);
    if (numeric ? rest === 0 : rest <= 2 || (rest <= 6 && !line.endsWithFullStop))
      return { shape: "timestamp", date: date.text };
  }
  if (words <= 12 && !line.endsWithFullStop && isByline(text)) return { shape: "by" };
  // Ages and clock times hold a number, or "ago" ("an hour ago").
  if (
    (line.digits > 0 || line.lower.includes("ago")) &&
    (RELATIVE_TIMESTAMP.test(text) || TIME_ONLY.test(text))
  )
    return { shape: "timestamp" };
  // "Name | Outlet", "Name, Role": the separator first.
  if (
    words <= 10 &&
    !line.endsWithFullStop &&
    (text.includes("|") || text.includes(",")) &&
    NAME_AND_OUTLET.test(text)
  )
    return { shape: "by" };
  return undefined;
}

/**
 * Segments of a byline bar, each a few words: "By Jane Doe | Reuters |
 * 31.12.2019 12:04", "Par Jean Dupont | Publié le 3 mars 2020 à 10h15".
 */
const MAX_SEGMENT_WORDS = 8;

/**
 * The time stamp in a bar of segments joined by "|": one segment that is a
 * date (and a time), the others short (names, outlets, image credits). The
 * date as written, or undefined.
 */
function barStamp(line: Line, context: StageContext): string | undefined {
  if (!line.text.includes("|") || line.digits < 4) return undefined;
  const segments = line.text.split("|").map((s) => s.trim());
  if (segments.length < 2 || segments.some((s) => s.split(" ").length > MAX_SEGMENT_WORDS))
    return undefined;
  const order = dateOrderFor(context.options.dateOrder, context.language.code);
  for (const segment of segments) {
    if (!/\d/.test(segment)) continue;
    const date = parseWrittenDate(segment, context.language.code, order);
    if (date && wordsBesideTimestamp(segment, date.text, context) <= 1) return date.text;
  }
  return undefined;
}

/**
 * Author, agency and timestamp lines at the top of the article ("By Jane
 * Doe", "Associated Press", "November 19, 2019, 9:02 AM"). They are removed
 * from the body; their dates feed the `date` field.
 */
export const byline: Stage = {
  id: "byline",
  run(doc, report, context) {
    let seen = 0;
    // Paragraphs of prose seen so far, each text once: a paragraph printed
    // twice (the copy is cut later) is one paragraph above the byline, as
    // the dateline stage counts it.
    const prose = new Set<string>();
    for (const line of doc.lines) {
      if (report.isRemoved(line.index)) {
        // A credit bar at the top ("© Name, outlet | Abb.: Airbus | 31.12.2019
        // 12:04") carries the page's time stamp in one of its segments.
        const kind = report.verdict(line.index)?.kind;
        if (seen < SEARCH_LINES && (kind === "credit" || kind === "byline")) {
          const stamp = barStamp(line, context);
          if (stamp) context.findings.bylineDates.push(stamp);
        }
        continue;
      }
      if (++seen > SEARCH_LINES) break;
      if (context.findings.dateline?.line === line.index) break;
      // Bylines sit above the article: past two paragraphs of prose, a dated
      // line is an embedded tweet's signature or a quote, not a byline.
      if (line.prose && prose.add(line.text).size > MAX_PROSE_BEFORE) break;
      const stamp = barStamp(line, context);
      const shape = bylineShape(line, context);
      const found = shape
        ? { ...shape, date: shape.date ?? stamp }
        : stamp
          ? { shape: "by" as const, date: stamp }
          : undefined;
      if (!found) continue;
      if (found.date) context.findings.bylineDates.push(found.date);
      report.remove(line.index, {
        kind: "byline",
        rule: `byline/${found.shape}`,
        reason:
          found.shape === "timestamp"
            ? `timestamp line near the top (${found.date ? `"${found.date}"` : "relative time"})`
            : found.shape === "agency"
              ? "agency name on its own line near the top"
              : "author line near the top",
      });
    }
    removeLoneTimestamps(doc, report, context);
  },
};

const MAX_LONE_TIMESTAMP_WORDS = 10;

/**
 * Further down, a line that is nothing but a timestamp ("First Published:
 * Tuesday, November 19, 2019 08:38 AM", "13 hours ago" under a related
 * link) is furniture too. Its date is not the article's: only the top's
 * timestamps feed the `date` field.
 */
function removeLoneTimestamps(doc: Doc, report: Report, context: StageContext): void {
  for (const line of doc.lines) {
    if (report.isRemoved(line.index) || line.words > MAX_LONE_TIMESTAMP_WORDS) continue;
    if (!/\d/.test(line.text) || bylineShape(line, context)?.shape !== "timestamp") continue;
    // "— Jane Doe (@jane) November 18, 2019" signs an embedded tweet: part of the story.
    if (line.text.includes("@") || /^[—–-]/u.test(line.text)) continue;
    // "29 November 2018 | 20 January 2019": a range of dates is the article's information.
    if (/\d{4}.*\s[|–—-]\s.*\d{4}/u.test(line.text)) continue;
    report.remove(line.index, {
      kind: "byline",
      rule: "byline/lone-timestamp",
      reason: "a line that is only a timestamp",
    });
  }
}
