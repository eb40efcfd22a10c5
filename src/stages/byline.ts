import { agencyByAlias } from "../catalog/agencies.js";
import { dateOrderFor, parseWrittenDate } from "../meta/parse-date.js";
import type { Stage, StageContext } from "../stage.js";
import type { Line } from "../text/document.js";
import { endsWithFullStop, wordCount } from "../text/shape.js";

/** Bylines and timestamps sit in the first lines of the article. */
const SEARCH_LINES = 14;
const MAX_BYLINE_WORDS = 16;

// "By Jane Doe", "Par Jean Dupont", "Von Max Muster", "Текст: Венера Ерофеева".
const BY_PREFIX =
  /^(?:by|written by|reported by|words by|posted by|par|von|por|door|av|przez|автор(?:ы)?|текст|yazan|muhabir|بقلم|作者|記者|기자|text|texte|texto|testo|reporter)\s*[:：]?\s+/iu;
// What follows the prefix must be a name: capitalised words (case-sensitive),
// joined by "and", commas, dots or middle dots; bylines often run the
// author's role or a date on ("Meg JamesStaff Writer", "Name·24 сентября 2018").
const NAME_WORD = /^(?:[\p{Lu}\p{Lo}][\p{L}\p{M}.'’-]*|and|und|et|y|e|и|і|ve|&)$/u;

function isByline(text: string): boolean {
  const prefix = BY_PREFIX.exec(text);
  if (!prefix) return false;
  const rest =
    text
      .slice(prefix[0].length)
      .split(/[,·•|]/)[0]
      ?.trim() ?? "";
  const words = rest.split(/\s+/);
  return words.length >= 1 && words.length <= 6 && words.every((word) => NAME_WORD.test(word));
}

// Labels around a timestamp: "Updated : 19 November 2019, 09:01 AM", "Published 10:02 GMT".
const TIMESTAMP_LABELS =
  /(?<![\p{L}\p{N}])(?:updated|last updated|published|first published|posted|modified|created|date|on|at|le|am|um|el|em|il|mis à jour|publié|aktualisiert|veröffentlicht|actualizado|publicado|atualizado|aggiornato|pubblicato|обновлено|опубликовано|оновлено|опубліковано|güncellendi|güncelleme|yayınlandı|tarih)(?![\p{L}\p{N}])/giu;
const TIME =
  /\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|IST|JST|KST|HKT|SGT|[+-]\d{2}:?\d{2}))?/giu;
const SEPARATORS = /[|·•,;:()\-–—/]+/g;

/** Words left in a line once its date, time and labels are taken out. */
function wordsBesideTimestamp(text: string, dateText: string): number {
  const rest = text
    .replace(dateText, " ")
    .replace(TIME, " ")
    .replace(TIMESTAMP_LABELS, " ")
    .replace(SEPARATORS, " ")
    .trim();
  return rest === "" ? 0 : rest.split(/\s+/).length;
}

export type BylineShape = "by" | "timestamp" | "agency";

/** Classify a line as a byline, a timestamp line or an agency credit line. */
export function bylineShape(
  line: Line,
  context: StageContext,
): { shape: BylineShape; date?: string } | undefined {
  const { text } = line;
  const words = wordCount(text);
  if (words > MAX_BYLINE_WORDS) return undefined;
  if (agencyByAlias(text.replace(/^[-–—]\s*/, ""))) return { shape: "agency" };
  const date = parseWrittenDate(
    text,
    context.language.code,
    dateOrderFor(context.options.dateOrder, context.language.code),
  );
  if (date) {
    const rest = wordsBesideTimestamp(text, date.text);
    // A sentence that mentions a date is prose; a line that is mostly a date is a timestamp.
    if (rest <= 2 || (rest <= 6 && !endsWithFullStop(text)))
      return { shape: "timestamp", date: date.text };
  }
  if (words <= 12 && !endsWithFullStop(text) && isByline(text)) return { shape: "by" };
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
    for (const line of doc.lines) {
      if (report.isRemoved(line.index)) continue;
      if (++seen > SEARCH_LINES) break;
      if (context.findings.dateline?.line === line.index) continue;
      const found = bylineShape(line, context);
      if (!found) continue;
      if (found.date) context.findings.bylineDates.push(found.date);
      report.remove(line.index, {
        kind: "byline",
        rule: `byline/${found.shape}`,
        reason:
          found.shape === "timestamp"
            ? `timestamp line near the top ("${found.date}")`
            : found.shape === "agency"
              ? "agency name on its own line near the top"
              : "author line near the top",
      });
    }
  },
};
