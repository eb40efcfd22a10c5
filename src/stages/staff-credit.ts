import { agencyByAlias } from "../catalog/agencies.js";
import {
  AUTHOR_BIO,
  CONTACT_LINE,
  CONTRIBUTED,
  SIGNOFF,
  STAFF_CREDIT,
} from "../catalog/staff-credits.js";
import type { Verdict } from "../report.js";
import { hasHit, lineRule, type StageContext } from "../stage.js";
import { charCell, UPPER } from "../text/chars.js";
import type { Line } from "../text/document.js";

const MAX_WORDS = 40;
/** A sign-off is an agency's name and a dash or brackets: a few words. */
const MAX_SIGNOFF_WORDS = 6;

function startsUpper(text: string): boolean {
  return (charCell(text.charCodeAt(0)) & UPPER) !== 0;
}

function staffVerdict(line: Line, context: StageContext): Verdict | undefined {
  const staffWord = hasHit(context, line, "staff-word");
  if (
    staffWord &&
    startsUpper(line.text) &&
    (AUTHOR_BIO.test(line.lower) || CONTRIBUTED.test(line.lower))
  ) {
    return { kind: "byline", rule: "staff-credit/author-bio", reason: "the author's one-line bio" };
  }
  const first = line.text.charCodeAt(0);
  const dashOrBracket = first === 0x2014 || first === 0x2013 || first === 0x2d || first === 0x28;
  // "— AFP", "(AP)", or the agency's name alone on its line ("ASSOCIATED
  // PRESS" under an AP story): a photo's credit of that shape was taken by
  // the photo-credit stage, next to its caption.
  if (
    line.words <= MAX_SIGNOFF_WORDS &&
    (dashOrBracket || line.endsLikeSentence || line.words <= 3)
  ) {
    const signoff = dashOrBracket ? SIGNOFF.exec(line.text)?.[1] : line.text.replace(/\.$/u, "");
    const agency = signoff !== undefined ? agencyByAlias(signoff) : undefined;
    if (agency && !agency.photoOnly) {
      context.findings.signoffAgency ??= agency.name;
      return {
        kind: "byline",
        rule: "staff-credit/sign-off",
        reason: `the agency signing the story off (${agency.name})`,
      };
    }
  }
  if ((line.text.includes("@") || line.text.includes(".com/")) && CONTACT_LINE.test(line.lower)) {
    return {
      kind: "byline",
      rule: "staff-credit/contact",
      reason: "a writer's e-mail address or social handle",
    };
  }
  if (!staffWord || !STAFF_CREDIT.test(line.lower)) return undefined;
  // "Reporting by local media suggested ..." is a sentence, not a credit.
  const creditShaped =
    line.text.startsWith("(") || line.text.includes(";") || !line.endsWithFullStop;
  if (!creditShaped) return undefined;
  return {
    kind: "byline",
    rule: "staff-credit/newsroom",
    reason: 'newsroom staff credit ("Reporting by ...; Editing by ...")',
  };
}

/** Staff credits, bios, sign-offs and contact lines that close a story. */
export const staffCredit = lineRule({
  id: "staff-credit",
  maxChars: 400,
  applies: (line) => line.words <= MAX_WORDS,
  verdict: staffVerdict,
});
