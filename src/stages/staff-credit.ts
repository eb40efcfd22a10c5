import { agencyByAlias } from "../catalog/agencies.js";
import type { Stage } from "../stage.js";
import { endsWithFullStop, wordCount } from "../text/shape.js";

/**
 * Agency staff credits that close a story: "Reporting by Ahmad Ghaddar;
 * Editing by Dale Hudson" (Reuters), "(Reportaje de X; Editado en español
 * por Y)", "Avec AFP". They name the newsroom's staff, not the article.
 */
const STAFF_CREDIT = new RegExp(
  [
    String.raw`^\(?(?:additional |further )?(?:reporting|writing|editing|edited|compiled|translated|research|graphics|production|photos?) by\b`,
    String.raw`^\(?(?:reportaje|reporte|información|redacción) (?:de|por)\b.*\b(?:editado|edición)\b`,
    String.raw`^\(?(?:reportagem|reportagem adicional) de\b`,
    String.raw`^\(?(?:reportage|rédigé|édité) par\b`,
    String.raw`^\(?(?:bericht|reporter|mitarbeit) (?:von|:)`,
    String.raw`^\(?avec (?:l['’])?(?:afp|reuters|ap|ats|belga)\)?\.?$`,
    String.raw`^\(?mit (?:material von )?(?:dpa|afp|reuters|ap)\)?\.?$`,
  ].join("|"),
  "u", // matched against the lower-cased line
);

const MAX_WORDS = 40;

/**
 * An author's bio line closing a story: "Phil Helsel is a reporter for NBC
 * News.", "Julius is an LA Entertainment Reporter for Fox News."
 */
const AUTHOR_BIO =
  /^[\p{L}][\p{L}'’.-]+(?: [\p{L}][\p{L}'’.-]+){0,3} (?:is|was) (?:a|an|the) [^.]{0,60}?\b(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer|freelancer|freelance writer)\b(?: (?:for|at|with|based in|living in) [^.]{1,60})?\.?$/u;
/** "Fox News' Jessica Napoli contributed to this report." */
const CONTRIBUTED = /\bcontributed (?:reporting )?to this (?:report|story|article)\.?$/u;

/** An agency signing the story off on its own line: "— AFP", "-- Reuters", "(AP)". */
const SIGNOFF = /^(?:[—–-]{1,2}\s*|\()([^()]{2,30}?)\)?\.?$/u;

/** A contact line: only an e-mail address or a social handle ("twitter.com/paultakahashi"). */
const CONTACT_LINE =
  /^(?:[\w.+-]+@(?:[\w-]+\.)+[a-z]{2,}|(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin)\.com\/[\w.]+\/?)$/u;

export const staffCredit: Stage = {
  id: "staff-credit",
  run(doc, report, context) {
    for (const line of doc.lines) {
      if (
        report.isRemoved(line.index) ||
        line.text.length > 400 ||
        wordCount(line.text) > MAX_WORDS
      )
        continue;
      if (
        /^[\p{Lu}]/u.test(line.text) &&
        (AUTHOR_BIO.test(line.lower) || CONTRIBUTED.test(line.lower))
      ) {
        report.remove(line.index, {
          kind: "byline",
          rule: "staff-credit/author-bio",
          reason: "the author's one-line bio",
        });
        continue;
      }
      const signoff = SIGNOFF.exec(line.text);
      const agency = signoff ? agencyByAlias(signoff[1] as string) : undefined;
      if (agency) {
        context.findings.signoffAgency ??= agency.name;
        report.remove(line.index, {
          kind: "byline",
          rule: "staff-credit/sign-off",
          reason: `the agency signing the story off (${agency.name})`,
        });
        continue;
      }
      if (CONTACT_LINE.test(line.lower)) {
        report.remove(line.index, {
          kind: "byline",
          rule: "staff-credit/contact",
          reason: "a writer's e-mail address or social handle",
        });
        continue;
      }
      if (!STAFF_CREDIT.test(line.lower)) continue;
      // "Reporting by local media suggested ..." is a sentence, not a credit.
      const creditShaped =
        line.text.startsWith("(") || line.text.includes(";") || !endsWithFullStop(line.text);
      if (!creditShaped) continue;
      report.remove(line.index, {
        kind: "byline",
        rule: "staff-credit/newsroom",
        reason: 'newsroom staff credit ("Reporting by ...; Editing by ...")',
      });
    }
  },
};
