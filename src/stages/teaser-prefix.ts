import { TAG_PREFIXES, TEASER_PREFIXES } from "../catalog/teaser-prefixes.js";
import type { Verdict } from "../report.js";
import { hasHit, lineRule, type StageContext } from "../stage.js";
import type { Line } from "../text/document.js";
import { scanLine } from "../text/facts.js";

const escapeForRegex = (text: string) =>
  text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

const PREFIXES = Object.values(TEASER_PREFIXES)
  .flat()
  .sort((a, b) => b.length - a.length);

/** `READ MORE: Headline`, `Lire aussi : ...`, `Читайте также: ...`, `关联阅读：...`. */
const TEASER_LINE = new RegExp(
  `^(?:${PREFIXES.map(escapeForRegex).join("|")})\\s*[:：>»|\\-–—]+\\s*\\S`,
  "u", // matched against the lower-cased line
);

const TAG_LABELS = Object.values(TAG_PREFIXES)
  .flat()
  .sort((a, b) => b.length - a.length);

/** `Tags: Alibaba`, `Tags Ana Ruiz North Dakota`, `Теги: ...`, or the label alone (`SOURCE:`). */
const TAG_LINE = new RegExp(
  `^(?:${TAG_LABELS.map(escapeForRegex).join("|")})(?:\\s*[:：]|(?=\\s+\\S))`,
  "u", // matched against the lower-cased line
);
/** Without a colon, the label must be followed by a capitalised name ("Tags Ana Ruiz"). */
const TAG_WITHOUT_COLON = /^\S+(?: \S+)?\s+\p{Lu}/u;
const MAX_TAG_WORDS = 12;

/** "On HoustonChronicle.com: Car sales plunge...", "More at BBC.com: ...": a link to the site's other story. */
const SITE_TEASER =
  /^(?:on|at|via|from|more (?:at|on))\s+[\w.-]+\.(?:com|org|net|co\.uk|info|news|ru|de|fr)\s*:\s*\S/u;

/**
 * Any language: a label in capitals, a colon, then a title ("LIRE AUSSI :
 * ...", "ЧИТАЙТЕ ТАКЖЕ: ...", "MEHR ZUM THEMA: ..."). Sites shout their
 * teaser labels; an "UPDATE: The company said ..." line is a sentence and
 * stays.
 */
const CAPITAL_LABEL = /^(\p{Lu}[\p{Lu}\p{M}' ]{1,30}?)\s*[:：]\s*(\S.*)$/u;
/** Where the colon of a capital label can be: after at most 32 characters. */
const MAX_LABEL_CHARS = 34;

function capitalLabelTeaser(text: string): boolean {
  const match = CAPITAL_LABEL.exec(text);
  if (!match) return false;
  const label = (match[1] as string).trim();
  const rest = scanLine(match[2] as string);
  // A title has words; "PUBLISHED: 09:15, Mon, Mar 2, 2020" is a timestamp.
  const title = rest.letters > rest.digits * 2;
  return (
    title &&
    label.split(" ").length <= 3 &&
    !rest.endsWithFullStop &&
    rest.words >= 3 &&
    rest.words <= MAX_TEASER_WORDS
  );
}

/** What follows the label is a headline, not a paragraph. */
const MAX_TEASER_WORDS = 30;

/** A colon among the first characters: where a label ends. */
function colonNearStart(text: string): boolean {
  const colon = text.search(/[:：]/u);
  return colon >= 0 && colon <= MAX_LABEL_CHARS;
}

function teaserVerdict(line: Line, context: StageContext): Verdict | undefined {
  const words = line.words;
  if (
    words <= MAX_TAG_WORDS &&
    // "SOURCE:" ends with a colon, a sentence with a full stop.
    !/[.。]$/u.test(line.text) &&
    hasHit(context, line, "tag-label", 0) &&
    TAG_LINE.test(line.lower) &&
    (/[:：]/u.test(line.text) || TAG_WITHOUT_COLON.test(line.text))
  ) {
    return {
      kind: "nav",
      rule: "teaser/tag-label",
      reason: `a tag/topic/source label and its list ("${line.text.split(/[:：]/)[0]?.trim()}")`,
    };
  }
  if (words > MAX_TEASER_WORDS + 4) return undefined;
  const labelled = hasHit(context, line, "teaser-label", 0) && TEASER_LINE.test(line.lower);
  if (
    !labelled &&
    !(line.text.includes(":") && SITE_TEASER.test(line.lower)) &&
    !(colonNearStart(line.text) && capitalLabelTeaser(line.text))
  )
    return undefined;
  return {
    kind: "teaser",
    rule: "teaser/prefix",
    reason: `starts with a related-article label ("${line.text.split(/[:：>»|]/)[0]?.trim()}")`,
  };
}

/** Links to other articles introduced by a "read more"-style label, in 16 languages. */
export const teaserPrefix = lineRule({ id: "teaser", maxChars: 400, verdict: teaserVerdict });
