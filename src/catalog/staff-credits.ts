/**
 * How newsrooms sign a story off, as patterns over the lower-cased line
 * (see stages/staff-credit). Each names the outlets whose shape it is.
 */

/**
 * Agency staff credits that close a story: "Reporting by Ahmad Ghaddar;
 * Editing by Dale Hudson" (Reuters), "(Reportaje de X; Editado en español
 * por Y)" (Reuters in Spanish), "Avec AFP" (French regional papers), "mit
 * Material von dpa" (German papers). They name the newsroom's staff, not
 * the article.
 */
export const STAFF_CREDIT = new RegExp(
  [
    String.raw`^\(?(?:additional |further )?(?:reporting|writing|editing|edited|compiled|translated|research|graphics|production|photos?) by\b`,
    String.raw`^\(?(?:reportaje|reporte|información|redacción) (?:de|por)\b.*\b(?:editado|edición)\b`,
    String.raw`^\(?(?:reportagem|reportagem adicional) de\b`,
    String.raw`^\(?(?:reportage|rédigé|édité) par\b`,
    String.raw`^\(?(?:bericht|reporter|mitarbeit) (?:von|:)`,
    String.raw`^\(?avec (?:l['’])?(?:afp|reuters|ap|ats|belga)\)?\.?$`,
    String.raw`^\(?mit (?:material von )?(?:dpa|afp|reuters|ap)\)?\.?$`,
  ].join("|"),
  "u",
);

/**
 * An author's bio line closing a story: "Phil Helsel is a reporter for NBC
 * News.", "Julius is an LA Entertainment Reporter for Fox News."
 */
export const AUTHOR_BIO =
  /^[\p{L}][\p{L}'’.-]+(?: [\p{L}][\p{L}'’.-]+){0,3} (?:is|was) (?:a|an|the) [^.]{0,60}?\b(?:reporter|writer|correspondent|editor|journalist|columnist|contributor|producer|freelancer|freelance writer)\b(?: (?:for|at|with|based in|living in) [^.]{1,60})?\.?$/u;

/** "Fox News' Jessica Napoli contributed to this report." (US outlets) */
export const CONTRIBUTED = /\bcontributed (?:reporting )?to this (?:report|story|article)\.?$/u;

/** An agency signing the story off on its own line: "— AFP", "-- Reuters", "(AP)". Matched on the text. */
export const SIGNOFF = /^(?:[—–-]{1,2}\s*|\()([^()]{2,30}?)\)?\.?$/u;

/** A contact line: only an e-mail address or a social handle ("twitter.com/janeroe"). */
export const CONTACT_LINE =
  /^(?:[\w.+-]+@(?:[\w-]+\.)+[a-z]{2,}|(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin)\.com\/[\w.]+\/?)$/u;
