import { agencyByAlias } from "../catalog/agencies.js";
import {
  NOT_PUBLISHERS,
  ROLE_WORDS,
  SELF_MENTIONS,
  SOURCE_LABEL,
  STAFF_EMAIL,
  WEB_ADDRESS,
} from "../catalog/self-mentions.js";
import type { SourceCandidate } from "../findings.js";
import type { Report } from "../report.js";
import type { Stage } from "../stage.js";
import type { Doc, Line } from "../text/document.js";
import { hashToken } from "../text/token-hash.js";

/** Self-mentions sit in short lines: a footer, a byline, a label. */
const MAX_MENTION_WORDS = 16;
/** Web addresses count only in furniture: the prose links to other sites all the time. */
const URL_WEIGHT = 1;
const EMAIL_WEIGHT = 2;
/**
 * The first words self-mentions open with ("Copyright", "By", "Source",
 * "Follow", "More"...), as token hashes: with a "©" first, a bar or slash
 * in a short line, or a byline's comma, they say whether the mention
 * patterns need to run at all. Most short lines are none of these.
 */
const MENTION_FIRST_WORDS: ReadonlySet<number> = new Set(
  [
    "copyright",
    "c",
    "by",
    "von",
    "par",
    "por",
    "door",
    "av",
    "przez",
    "автор",
    "автори",
    "yazan",
    "this",
    "originally",
    "first",
    "republished",
    "source",
    "quelle",
    "fuente",
    "fonte",
    "источник",
    "kaynak",
    "źródło",
    "subscribe",
    "follow",
    "more",
    "plus",
    "mehr",
    "más",
    "mais",
    "altro",
    "ещё",
    "еще",
  ].map(hashToken),
);

function mayMention(line: Line, rule: string): boolean {
  const text = line.text;
  const first = text.charCodeAt(0);
  if (first === 0xa9 || first === 0x7c /* | */) return true;
  if (MENTION_FIRST_WORDS.has(line.hashes[0] as number)) return true;
  if (line.words <= 9 && (text.includes("|") || text.includes("/"))) return true;
  return rule.startsWith("byline/") && text.includes(",");
}

/** What a web address in a line needs: most removed lines have none and skip the address scan. */
const ADDRESS_HINT =
  /www\.|:\/\/|\.(?:com|org|net|info|news|co|ca|de|fr|ru|es|it|in|io|ua|kg|kz|by|pl|nl|br|au)\b/iu;
/** A byline whose "author" is one word is an organisation writing as itself ("BY: Beachbody"). */
const ORGANISATION_BYLINE = /^\|?\s*(?:by|von|par|por)\s*:?\s+([\p{Lu}][\p{L}\p{N}.&'’-]+)\s*$/iu;

/**
 * Collects every way the page names its own publisher (catalog/
 * self-mentions): the dateline's agency, a sign-off, a byline with its
 * outlet, a copyright footer, "originally published on", a staff address,
 * the site's web addresses in its furniture. meta/source votes on them.
 * Never read: the article's own sentences ("she told CNBC" names a subject,
 * not the publisher) and photo credits and captions (a Reuters picture in a
 * BBC story does not make the story Reuters').
 */
export const sourceEvidence: Stage = {
  id: "source",
  run(doc, report, context) {
    const found = context.findings.sourceCandidates;
    const add = (name: string, weight: number, from: SourceCandidate["from"], evidence: string) => {
      const clean = name.trim().replace(/[.,:;]+$/u, "");
      if (clean.length < 2 || agencyByAlias(clean)?.photoOnly) return;
      found.push({ name: clean, weight, from, evidence });
    };
    const dateline = context.findings.dateline;
    if (dateline?.agency)
      add(dateline.agency, 6, "dateline", `the dateline "${dateline.text.trim()}"`);
    if (context.findings.signoffAgency)
      add(context.findings.signoffAgency, 5, "sign-off", "the agency signing the story off");
    const footerStart = footerStartOf(doc, report);
    for (const line of doc.lines) {
      // "SOURCE:" alone, the publisher on the next line ("Example Wire").
      if (line.words <= 2 && SOURCE_LABEL.test(line.text)) {
        const next = doc.lines[line.index + 1];
        if (next && next.words <= 5 && looksLikeOutlet(next.text))
          add(next.text, 4, "text", `"${line.text} ${next.text}"`);
      }
      if (!readable(line, report.verdict(line.index)?.rule, line.index >= footerStart)) continue;
      const rule = report.verdict(line.index)?.rule ?? "";
      for (const mention of mayMention(line, rule) ? SELF_MENTIONS : []) {
        // "Name, Something" is a byline's shape only on a line taken for a byline.
        if (mention.id === "name-comma-outlet" && !rule.startsWith("byline/")) continue;
        if (line.words > mention.maxWords || !mention.hint.test(line.text)) continue;
        const name = mention.pattern.exec(line.text)?.[1];
        if (!name || !looksLikeOutlet(name)) continue;
        // "Follow Example Sports' Jane Roe on Twitter": the outlet is the owner.
        const owner = /^(.+?)['’]s?\s/u.exec(name)?.[1] ?? name;
        add(outletOf(owner), mention.weight, mention.from, `"${line.text.slice(0, 60)}"`);
        break;
      }
      const organisation = line.words <= 3 ? ORGANISATION_BYLINE.exec(line.text)?.[1] : undefined;
      if (organisation) add(organisation, 2, "byline", `the byline "${line.text}"`);
      if (line.text.includes("@")) {
        const domain = STAFF_EMAIL.exec(line.text)?.[1]?.toLowerCase();
        if (domain && !NOT_PUBLISHERS.has(domain))
          add(domain, EMAIL_WEIGHT, "byline", `a staff address at ${domain}`);
      }
      if (report.isRemoved(line.index) && ADDRESS_HINT.test(line.text))
        for (const match of line.text.matchAll(WEB_ADDRESS)) {
          const domain = (match[1] as string).toLowerCase();
          if (!NOT_PUBLISHERS.has(domain.replace(/^www\./, "")))
            add(domain, URL_WEIGHT, "url", `the address ${domain} in the page's furniture`);
        }
    }
  },
};

/**
 * A line that may name the publisher: short, not prose, not a photo's
 * caption or credit. The site's own copyright footer is not a photo credit;
 * nor, below the article's last paragraph, is a "© NAME YEAR" or a
 * "Quelle: dpa" that names no photographer: there is no picture left for
 * it to credit.
 */
function readable(line: Line, rule: string | undefined, inFooter: boolean): boolean {
  if (rule === "photo-credit/site-copyright") return line.words <= MAX_MENTION_WORDS;
  if (line.words > MAX_MENTION_WORDS || line.prose) return false;
  if (rule === undefined) return !line.sentence || line.words <= 8;
  // "© 2020 AFP": a year and a name, no photographer after a slash, is the
  // text's copyright (agencies sign their stories so), not a photo's credit.
  if (rule === "photo-credit/copyright" && /^(?:©|\(c\)|copyright)\s*\d{4}\s/iu.test(line.text))
    return !line.text.includes("/");
  if ((rule === "photo-credit/copyright" || rule === "photo-credit/photo-label") && inFooter)
    return !line.text.includes("/");
  if (rule.startsWith("photo-credit/") || rule.startsWith("caption/")) return false;
  if (rule === "picture-block/widget-line" || rule === "headline/caption-above") return false;
  return true;
}

/** The first line after the article's last kept paragraph of prose. */
function footerStartOf(doc: Doc, report: Report): number {
  for (let index = doc.lines.length - 1; index >= 0; index--) {
    const line = doc.lines[index] as Line;
    if (line.prose && !report.isRemoved(index)) return index + 1;
  }
  return doc.lines.length;
}

/** An outlet's name is capitalised (or a domain), and is not a role ("Staff Writer"). */
function looksLikeOutlet(name: string): boolean {
  if (/^[\w-]+\.[a-z]{2,}/iu.test(name)) return true;
  if (!/^[\p{Lu}\p{Lo}\d]/u.test(name)) return agencyByAlias(name) !== undefined;
  return !ROLE_WORDS.test(name) || agencyWithin(name) !== undefined;
}

/** "AP National Security Writer": the agency inside a role names the outlet. */
function outletOf(name: string): string {
  return ROLE_WORDS.test(name) ? (agencyWithin(name) ?? name) : stripDate(name);
}

function agencyWithin(name: string): string | undefined {
  for (const word of name.split(/\s+/u)) {
    const agency = agencyByAlias(word);
    if (agency && !agency.photoOnly) return agency.name;
  }
  return undefined;
}

const MONTH_WORD =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$|^(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)$/iu;

/**
 * "Example Tribune November 15, 2018": the outlet, not its date. A trailing
 * number goes only as part of a date (a year, or a day after a month), so
 * "Channel 9" keeps its number.
 */
function stripDate(name: string): string {
  const words = name.split(/\s+/u);
  const last = () => (words[words.length - 1] as string).replace(/,$/u, "");
  while (words.length > 1) {
    const word = last();
    const before = words[words.length - 2] as string;
    const isYear = /^(?:19|20)\d{2}$/u.test(word);
    const isDay = /^\d{1,2}$/u.test(word) && MONTH_WORD.test(before.replace(/,$/u, ""));
    if (!isYear && !isDay && !MONTH_WORD.test(word)) break;
    words.pop();
  }
  return words.join(" ");
}
