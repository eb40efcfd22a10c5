import { agencyByAlias } from "../catalog/agencies.js";
import type { DatelineFinding } from "../findings.js";
import { knownSourceName } from "../meta/source-names.js";
import type { Stage, StageContext } from "../stage.js";
import type { Line } from "../text/document.js";

/** Datelines open the first paragraph, so only the top of the article is searched. */
const SEARCH_LINES = 80;
/** ... but only above the article: past two paragraphs of prose, the lead has been passed. */
const MAX_PROSE_BEFORE = 2;

// A place as datelines print it: "TOKYO", "NEW YORK", "Rio de Janeiro",
// "МОСКВА", "القاهرة". Up to five words, no digits or brackets.
const PLACE = String.raw`[\p{Lu}\p{Lo}][\p{L}\p{M}.'’\-]*(?:[ \-][\p{L}\p{M}.'’\-]+){0,4}`;
// A short date inside the dateline: "May 31", "31 mai", "Nov. 18", "18 листопада".
const SHORT_DATE = String.raw`(?:[\p{L}.]{3,12} \d{1,2}|\d{1,2}\.? [\p{L}.]{3,12})(?:,? \d{4})?`;
const DASH = String.raw`(?:\s*[-–—]+|\s*\.\s*[-–—]+|\s*:)\s*`;

// "TOKYO (Sputnik)", "GENEVA, November 18 (UPI)": a place, maybe a date,
// the agency in brackets; a dash and the lead follow, or nothing (the
// dateline on a line of its own, see `standaloneDateline`).
const PLACE_AND_AGENCY = String.raw`(?<place>${PLACE})(?:,\s*(?<date>${SHORT_DATE}))?\s*\((?<agency>[^()\d]{2,40})\)`;

interface DatelineShape {
  readonly id: string;
  readonly pattern: RegExp;
  /**
   * Characters the pattern cannot match without: a plain search that skips
   * it on most lines (every sentence opens with a capital, and the
   * patterns backtrack through the place's words before they fail).
   */
  readonly needs: (head: string) => boolean;
}

const DASHES = /[-–—]/;
const opensWithBracket = (head: string) => head.charCodeAt(0) === 0x28;

/**
 * Dateline shapes, most specific first. Groups: place, date, agency.
 * Each is anchored at the start and bounded, so matching is linear.
 */
// An agency's name in the agency slot of a shape without brackets: a
// capitalised name of one to four words ("РИА Новости", "Sputnik", "ТАСС",
// "BelTA", "Agência Brasil"); checked by `plausibleAgency` as well.
const AGENCY_NAME = String.raw`[\p{Lu}\p{Lo}][\p{L}\p{M}.'’\-]*(?: [\p{Lu}\p{Lo}][\p{L}\p{M}.'’\-]*){0,3}`;

const SHAPES: readonly DatelineShape[] = [
  // МОСКВА, 27 сен — РИА Новости. ; БИШКЕК, 10 дек — Sputnik. ; КИЕВ, 3 мар — ТАСС. :
  // place, date, dash, agency, full stop (the standard form of Russian-language
  // agencies and their foreign services)
  {
    id: "place-date-agency-stop",
    needs: (head) => head.includes(",") && DASHES.test(head),
    pattern: new RegExp(
      `^(?<place>${PLACE}),\\s*(?<date>${SHORT_DATE})\\s*[—–-]+\\s*(?<agency>${AGENCY_NAME})\\.\\s+(?=\\S)`,
      "u",
    ),
  },
  // ROMA, 31 MAG - (ANSA) - ; MILANO, 4 GIU - (ANSA) - : ANSA, the date before the agency
  {
    id: "place-date-dash-agency",
    needs: (head) => head.includes(",") && head.includes("("),
    pattern: new RegExp(
      `^(?<place>${PLACE}),\\s*(?<date>${SHORT_DATE})\\s*[-–—]+\\s*\\((?<agency>[^()\\d]{2,40})\\)${DASH}(?=\\S)`,
      "u",
    ),
  },
  // (ANSA) - ROMA, 31 MAG - ; (AGI) - Roma, 12 mar - : the agency first
  {
    id: "agency-place-date",
    needs: opensWithBracket,
    pattern: new RegExp(
      `^\\((?<agency>[^()\\d]{2,40})\\)\\s*[-–—]+\\s*(?<place>${PLACE}),\\s*(?<date>${SHORT_DATE})\\s*[-–—]+\\s*(?=\\S)`,
      "u",
    ),
  },
  // (서울=연합뉴스) ; (워싱턴=연합뉴스) 홍길동 특파원 = : Yonhap's place=agency in brackets
  {
    id: "place-equals-agency",
    needs: (head) => opensWithBracket(head) && head.includes("="),
    pattern:
      /^\((?<place>[^()=\d]{1,20})=(?<agency>[^()=\d]{2,20})\)\s*(?:[^=\n]{0,20}=\s*)?(?=\S)/u,
  },
  // TOKYO (Sputnik) - ; GENEVA, November 18 (UPI) - ; Madrid, 31 may (EFE).-
  {
    id: "place-agency",
    needs: (head) => head.includes("("),
    pattern: new RegExp(`^${PLACE_AND_AGENCY}${DASH}(?=\\S)`, "u"),
  },
  // МОСКВА, 31 мая. /ТАСС/. ; KYIV, May 31 /Ukrinform/.
  {
    id: "place-slash-agency",
    needs: (head) => head.includes(",") && head.includes("/"),
    pattern: new RegExp(
      `^(?<place>${PLACE}),\\s*(?<date>${SHORT_DATE})\\.?\\s*/(?<agency>[^/\\d]{2,30})/\\.?\\s*(?=\\S)`,
      "u",
    ),
  },
  // Hong Kong (CNN Business)A muddled view ; (CNN)President Trump : no dash, so
  // the agency must be a known name (checked in parseDateline).
  {
    id: "glued-agency",
    needs: (head) => head.includes("("),
    pattern: new RegExp(
      `^(?:(?<place>${PLACE})\\s+)?\\((?<agency>[^()\\d]{2,30})\\) ?(?=[\\p{Lu}"“‘'])`,
      "u",
    ),
  },
  // (AFP) - ; (Reuters) —  : agency without a place
  {
    id: "agency-only",
    needs: opensWithBracket,
    pattern: /^\((?<agency>[^()\d]{2,40})\)\s*[-–—]+\s*(?=\S)/u,
  },
  // MADRID — ; WASHINGTON, D.C. – ; NEW DELHI, Nov 19 — : AP style, place in capitals, no agency
  {
    id: "place-dash",
    needs: (head) => DASHES.test(head),
    pattern: new RegExp(
      `^(?<place>[\\p{Lu}][\\p{Lu}\\p{M}.'’\\-]*(?:[ \\-][\\p{Lu}\\p{M}.'’\\-]+){0,3}(?:, [\\p{Lu}][\\p{L}.]+(?: [\\p{Lu}][\\p{L}.]+)?)?)(?:,\\s*(?<date>${SHORT_DATE}))?\\s+[-–—]+\\s+(?=\\S)`,
      "u",
    ),
  },
  // 【ワシントン共同】 : Japanese agencies bracket the place and the agency
  {
    id: "japanese-bracket",
    needs: (head) => head.startsWith("【"),
    pattern: /^【(?<place>[^】=]{1,12}?)(?<agency>共同|時事|ロイター|AFP=時事|AFP)】/u,
  },
  // 新华社北京5月31日电 : Xinhua's Chinese dateline
  {
    id: "xinhua",
    needs: (head) => head.startsWith("新华社"),
    pattern:
      /^(?<agency>新华社)(?:记者\S{0,12})?(?<place>\p{Script=Han}{2,6}?)(?<date>\d{1,2}月\d{1,2}日)电/u,
  },
];

/** What follows the place in a Getty-style caption: "SEPTEMBER 17:", "JULY 9, 2018--". */
const GETTY_CAPTION_DATE = /^\p{Lu}{3,9}\.? \d{1,2}(?:, \d{4})?\s*(?::|--)/u;

/** Agencies can be unknown to us, but they are names, not prose: at most four words. */
function plausibleAgency(agency: string): boolean {
  if (agencyByAlias(agency)) return true;
  const words = agency.trim().split(/\s+/);
  return words.length <= 4 && words.every((w) => /^[\p{Lu}\p{Lo}]/u.test(w));
}

function plausiblePlace(place: string): boolean {
  const words = place.split(/[ -]/);
  if (!words.every((word) => word.length <= 3 || /^[\p{Lu}\p{Lo}]/u.test(word))) return false;
  // A place is written in one case style, "NEW YORK" or "New York": a title-case
  // word before capitals ("Advertisement MOSCOW", "Partager sur Facebook
  // PARIS") is furniture glued to the dateline (see gluedDateline).
  const upper = words.some((word) => /^\p{Lu}{2,}[\p{Lu}\p{M}.'’]*$/u.test(word));
  const title = words.some((word) => word.length > 3 && /^\p{Lu}\p{Ll}/u.test(word));
  return !(upper && title);
}

/** Every dateline shape has one of these near the start: a dash, a bracket, a colon, a slash. */
const DATELINE_HINT = /[-–—(:/【]|新华社/u;
const DATELINE_START = /^[\p{Lu}\p{Lo}(【]/u;
/** Where the hint must show: "SAN JUAN, Puerto Rico, Nov. 19 (Reuters) -" is 40 characters. */
const HINT_CHARS = 80;

/** Parse a dateline at the start of a line. */
export function parseDateline(text: string, line: number): DatelineFinding | undefined {
  // A dateline opens with a place (a capital, or a script without case) or
  // a bracket, and its dash or bracket comes within its first words.
  if (!DATELINE_START.test(text) || !DATELINE_HINT.test(text.slice(0, HINT_CHARS)))
    return undefined;
  const head = text.slice(0, 160);
  for (const shape of SHAPES) {
    if (!shape.needs(head)) continue;
    const match = shape.pattern.exec(head);
    if (!match?.groups) continue;
    const agency = match.groups.agency?.trim() ?? null;
    if (agency !== null && !plausibleAgency(agency)) continue;
    if (shape.id === "glued-agency" && (agency === null || !knownSourceName(agency))) continue;
    // "SHANGHAI, CHINA - SEPTEMBER 17: Alibaba Chairman Jack Ma speaks ..." is
    // a photo agency's caption, which opens with the place and the date too.
    if (GETTY_CAPTION_DATE.test(head.slice(match[0].length))) continue;
    const place = match.groups.place?.trim() ?? null;
    // Place names are capitalised word by word ("NEW YORK", "Rio de Janeiro");
    // "Die elektronische Patientenakte (ePA) –" is a headline, not a dateline.
    if (
      place !== null &&
      shape.id !== "xinhua" &&
      shape.id !== "japanese-bracket" &&
      !plausiblePlace(place)
    )
      continue;
    return {
      line,
      text: match[0],
      place,
      agency:
        agency === null ? null : (agencyByAlias(agency)?.name ?? knownSourceName(agency) ?? agency),
      dateText: match.groups.date?.trim().replace(/\.+$/, "") ?? null,
    };
  }
  return undefined;
}

/**
 * Where a dateline in capitals may start inside a line: "МОСКВА, 27 сен —",
 * "ROMA, 31 MAG -", "WASHINGTON (AP) —", after a space or a sentence's end.
 */
const EMBEDDED_START =
  /(?<=[\s.!?»"”])\p{Lu}{2}[\p{Lu}\p{M}.'’-]*(?: \p{Lu}{2}[\p{Lu}\p{M}.'’-]*){0,3}(?:,\s*\d{1,2}\.?\s+\p{L}{3,9}\.?\s*[—–-]|\s*\()/gu;
/** How far into a line a glued dateline is looked for. */
const MAX_GLUED_PREFIX = 1200;

/**
 * A dateline inside a line, after furniture that a scraper glued in front
 * of it: a pasted page header with its caption and photo credit ("... ©
 * РИА Новости / Name ... Читать ria.ru в МОСКВА, 27 сен — РИА Новости.
 * ..."), a share bar before "WASHINGTON (AP) —". Taken only when what
 * precedes it shows furniture (a copyright sign or a catalogue phrase),
 * never in the middle of prose.
 */
function gluedDateline(line: Line, context: StageContext): DatelineFinding | undefined {
  const head = line.text.slice(0, MAX_GLUED_PREFIX);
  if (!/[—–(-]/u.test(head)) return undefined;
  // No furniture in front, no glued dateline: most lead paragraphs stop here.
  const frontHit = context
    .hits(line)
    .some((hit) => (hit.entry.role ?? "ui") === "ui" && hit.start < 12);
  if (!frontHit && !head.includes("©")) return undefined;
  for (const match of head.matchAll(EMBEDDED_START)) {
    const start = match.index ?? 0;
    const found = parseDateline(line.text.slice(start), line.index);
    if (!found || found.agency === null) continue;
    const prefix = line.text.slice(0, start);
    const furniture =
      prefix.includes("©") ||
      context.hits(line).some((hit) => (hit.entry.role ?? "ui") === "ui" && hit.start < 12);
    if (!furniture) return undefined;
    return { ...found, start };
  }
  return undefined;
}

/**
 * Finds the dateline that opens the article (`TOKYO (Sputnik) - `) and
 * records it. The dateline stays in the body unless `--strip-dateline`; its
 * line is the lead paragraph that the headline stage looks above.
 */
export const dateline: Stage = {
  id: "dateline",
  run(doc, report, context) {
    const { findings } = context;
    let seen = 0;
    let prose = 0;
    // A paragraph printed twice counts once: the copy is cut later, and the
    // cleaned text must find the same dateline as this reading.
    const counted = new Set<string>();
    for (const line of doc.lines) {
      if (report.isRemoved(line.index)) continue;
      if (++seen > SEARCH_LINES) break;
      // The dateline opens the lead paragraph: a title-length line is not
      // one, unless it is the dateline alone, its paragraph on the next line.
      if (!line.prose) {
        const alone = standaloneDateline(doc, report, line);
        if (alone) {
          findings.dateline = alone;
          return;
        }
        continue;
      }
      if (counted.has(line.text)) continue;
      counted.add(line.text);
      // A widget already cut off the line's start ("Advertisement ") leaves the dateline first.
      const trim = report.trimOf(line.index);
      const found = parseDateline(trim ? line.text.slice(trim.start) : line.text, line.index);
      if (found) {
        findings.dateline = trim ? { ...found, start: trim.start } : found;
        return;
      }
      const glued = gluedDateline(line, context);
      if (glued) {
        findings.dateline = glued;
        report.trim(line.index, glued.start ?? 0, line.chars, {
          kind: "boilerplate",
          rule: "dateline/glued-furniture",
          reason: "furniture glued in front of the dateline that opens the article",
        });
        return;
      }
      if (++prose >= MAX_PROSE_BEFORE) return;
    }
  },
};

/**
 * "Washington (CNN)", "WASHINGTON (AP) —", "BERLIN, 31. Mai (Reuters) -" on
 * a line of their own: scrapers split the dateline from its paragraph when
 * the page sets it in an element of its own. Taken only with an agency the
 * tables know (a "Jane Doe (D-Calif.)" line is a name and a party) and
 * with prose on the next line.
 */
const STANDALONE = new RegExp(`^${PLACE_AND_AGENCY}\\s*[-–—]*$`, "u");
const MAX_STANDALONE_WORDS = 9;

function standaloneDateline(
  doc: { readonly lines: readonly Line[] },
  report: { isRemoved(line: number): boolean },
  line: Line,
): DatelineFinding | undefined {
  if (line.words > MAX_STANDALONE_WORDS || !line.text.includes("(")) return undefined;
  const match = STANDALONE.exec(line.text);
  const groups = match?.groups;
  if (!groups) return undefined;
  const agency = (groups.agency as string).trim();
  const known = agencyByAlias(agency)?.name ?? knownSourceName(agency);
  const place = (groups.place as string).trim();
  if (!known || !plausiblePlace(place)) return undefined;
  let next = line.index + 1;
  while (next < doc.lines.length && report.isRemoved(next)) next++;
  if (!doc.lines[next]?.prose) return undefined;
  return {
    line: line.index,
    text: line.text,
    place,
    agency: known,
    dateText: groups.date?.trim().replace(/\.+$/, "") ?? null,
  };
}

/**
 * A dateline opens the article: what still stands above it once the
 * headline has been taken (a caption, a deck, a video playlist) is not the
 * article, prose or not. Its own stage, after the headline's, and whatever
 * the content scoring finds.
 */
export const aboveDateline: Stage = {
  id: "content",
  run(doc, report, { findings }) {
    const lead = findings.dateline?.line;
    if (lead === undefined) return;
    for (const line of doc.lines) {
      if (line.index >= lead) break;
      report.remove(line.index, {
        kind: "boilerplate",
        rule: "content/above-dateline",
        reason: "above the dateline that opens the article",
      });
    }
  },
};
