import { confirmHit, type Hit } from "../catalog/matcher.js";
import { TAG_PREFIXES, TEASER_PREFIXES } from "../catalog/teaser-prefixes.js";
import { TEASER_SUFFIXES } from "../catalog/widget-families.js";
import type { Verdict } from "../report.js";
import { hasHit, lineRule, type Stage, type StageContext, survivingLines } from "../stage.js";
import type { Doc, Line } from "../text/document.js";
import { scanLine, tokenOffsets, tokensOf } from "../text/facts.js";
import { hashToken } from "../text/token-hash.js";

const escapeForRegex = (text: string) =>
  text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

// Labels with a `*` are for the matcher ("related * stories"); the regexes take the plain ones.
const PREFIXES = Object.values(TEASER_PREFIXES)
  .flat()
  .filter((label) => !label.includes("*"))
  .sort((a, b) => b.length - a.length);

/** Labels of two words or more: specific enough to need no separator, even glued ("A lire aussiPour"). */
const LONG_PREFIXES = PREFIXES.filter((label) => label.includes(" "));
/** The long labels by the hash of their first word, longest first. */
const LONG_PREFIXES_BY_FIRST_WORD = new Map<number, string[]>();
for (const label of LONG_PREFIXES) {
  const first = hashToken(tokensOf(label)[0] as string);
  const list = LONG_PREFIXES_BY_FIRST_WORD.get(first) ?? [];
  list.push(label);
  LONG_PREFIXES_BY_FIRST_WORD.set(first, list);
}

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

/**
 * "On Example.com: Car sales plunge...", "More at BBC.com: ...", "Also on
 * rt.com Canada set to ...": a link to the site's other story. Without a
 * colon, the title must start with a capital (checked on the text).
 */
const SITE_TEASER =
  /^(?:also on|also at|on|at|via|from|more (?:at|on))\s+[\w.-]+\.(?:com|org|net|co\.uk|info|news|ru|de|fr)(\s*:\s*|\s+)\S/u;

const SITE_TEASER_FIRST_WORDS = new Set(["also", "on", "at", "via", "from", "more"].map(hashToken));

function siteTeaser(line: Line): boolean {
  if (!SITE_TEASER_FIRST_WORDS.has(line.hashes[0] as number) || !line.text.includes("."))
    return false;
  const match = SITE_TEASER.exec(line.lower);
  if (!match) return false;
  if ((match[1] as string).includes(":")) return true;
  return /^\p{Lu}/u.test(line.text.slice(match[0].length - 1));
}

/** "Lire nos explications : …", "Read our full coverage: …", "Читайте наш материал: …". */
const READ_VERB_LABEL =
  /^(?:read|lire|lisez|lesen sie|leer|lea|lee|ler|leia|leggi|читайте|читать|czytaj|okuyun)\s+(?:\S+\s+){0,3}?\S+\s*[:：]\s*\S/u;
const MAX_READ_LABEL_WORDS = 5;

const SUFFIX_LABEL = new RegExp(
  `(?:^|[\\s.!?…])(?:${TEASER_SUFFIXES.map(escapeForRegex).join("|")})[\\s.…»>›→]*$`,
  "u", // matched against the lower-cased line
);
const MAX_SUFFIXED_WORDS = 40;
/** The last words of the suffixes, as token hashes: the regex runs only on lines ending with one. */
const SUFFIX_LAST_WORDS = new Set(
  TEASER_SUFFIXES.map((suffix) => hashToken(tokensOf(suffix).at(-1) as string)),
);

/**
 * Any language: a label in capitals, a colon, then a title ("LIRE AUSSI :
 * ...", "ЧИТАЙТЕ ТАКЖЕ: ...", "MEHR ZUM THEMA: ..."). Sites shout their
 * teaser labels; an "UPDATE: The company said ..." line is a sentence and
 * stays.
 */
const CAPITAL_LABEL = /^(\p{Lu}[\p{Lu}\p{M}' ]{1,30}?)\s*[:：]\s*(\S.*)$/u;
/** Where the colon of a capital label can be: after at most 32 characters. */
const MAX_LABEL_CHARS = 34;

function capitalLabelTeaser(text: string, speakers?: ReadonlySet<string>): boolean {
  const match = CAPITAL_LABEL.exec(text);
  if (!match) return false;
  const label = (match[1] as string).trim();
  if (speakers?.has(label)) return false;
  // "AP: And do you feel …", "Q: What …", "DL: What do you mean?": a
  // speaker's initials in an interview transcript, not a teaser's label.
  if (label.length <= 3) return false;
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

/**
 * What the stage knows of the page: the transcript's speaker labels (none
 * on most pages), and the line where the headline would be.
 */
interface PageFacts {
  readonly speakers: ReadonlySet<string>;
  readonly headlineSlot: number | undefined;
}

/** What follows the label is a headline, not a paragraph. */
const MAX_TEASER_WORDS = 30;

/** A colon among the first characters: where a label ends. */
function colonNearStart(text: string): boolean {
  const colon = text.search(/[:：]/u);
  return colon >= 0 && colon <= MAX_LABEL_CHARS;
}

function teaserVerdict(line: Line, context: StageContext, page: PageFacts): Verdict | undefined {
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
  if (
    words <= MAX_SUFFIXED_WORDS &&
    words >= 4 &&
    SUFFIX_LAST_WORDS.has(line.hashes[line.hashes.length - 1] as number) &&
    SUFFIX_LABEL.test(line.lower)
  )
    return {
      kind: "teaser",
      rule: "teaser/suffix",
      reason: 'a title or an excerpt that ends with a "read more"-style link',
    };
  if (words > MAX_TEASER_WORDS + 4) return undefined;
  // The label tests read the lower-cased line; most lines hold no label's
  // word, and cheap facts (a hit, a colon, a dot, the first word) say so.
  const anyLabel = hasRole(context, line, "teaser-label");
  const colon = colonNearStart(line.text);
  const labelled =
    (anyLabel && hasHit(context, line, "teaser-label", 0) && TEASER_LINE.test(line.lower)) ||
    (anyLabel && unseparatedLabel(line, context)) ||
    gluedLabel(line);
  if (
    !labelled &&
    !siteTeaser(line) &&
    !(colon && capitalLabelAt(line, page)) &&
    !(colon && readVerbLabel(line))
  ) {
    if (anyLabel && boxHeader(line, context))
      return {
        kind: "teaser",
        rule: "teaser/box-header",
        reason: `a related-articles box header ("${line.text}")`,
      };
    return undefined;
  }
  return {
    kind: "teaser",
    rule: "teaser/prefix",
    reason: `starts with a related-article label ("${line.text.split(/[:：>»|]/)[0]?.trim()}")`,
  };
}

/**
 * The longest teaser label at token `at`, or at the end of a paywall badge
 * there ("Article réservé à nos abonnés Lire aussi …").
 */
/** Does the line hold a phrase of this role anywhere? */
function hasRole(context: StageContext, line: Line, role: string): boolean {
  for (const hit of context.hits(line)) if (hit.entry.role === role) return true;
  return false;
}

function labelHit(line: Line, context: StageContext): Hit | undefined {
  const hits = context.hits(line);
  let at = 0;
  for (const hit of hits)
    if (
      hit.start === 0 &&
      (hit.entry.role ?? "ui") === "ui" &&
      hit.entry.kind === "subscribe" &&
      confirmHit(line, hit)
    )
      at = Math.max(at, hit.end);
  let label: Hit | undefined;
  for (const hit of hits) {
    if (hit.entry.role !== "teaser-label" || (hit.start !== 0 && hit.start !== at)) continue;
    if (!confirmHit(line, hit)) continue;
    if (!label || hit.end - hit.start > label.end - label.start) label = hit;
  }
  return label;
}

/**
 * "Lire aussi Article réservé …", "Related Stories Four years ago …",
 * "Explore further Power supply fears …": a label of two words or more,
 * then a title that opens with a capital or a quote; no separator between.
 */
function unseparatedLabel(line: Line, context: StageContext): boolean {
  const label = labelHit(line, context);
  if (!label || label.end - label.start < 2) return false;
  const { ends } = tokenOffsets(line.text);
  const rest = line.text.slice(ends[label.end - 1] as number);
  const title = /^\s*[:：>»|\-–—.…]*\s*(.*)$/u.exec(rest)?.[1] ?? "";
  if (!/^[\p{Lu}\p{Lo}\d"“«„'‘]/u.test(title)) return false;
  const restWords = title.split(/\s+/u).length;
  return restWords >= 2 && restWords <= MAX_TEASER_WORDS;
}

/** "A lire aussiPour un revenu …": a long label glued to the title's capital. */
function gluedLabel(line: Line): boolean {
  const labels = LONG_PREFIXES_BY_FIRST_WORD.get(line.hashes[0] as number);
  if (!labels) return false;
  const lower = line.lower;
  for (const label of labels) {
    if (!lower.startsWith(label)) continue;
    const next = line.text.charAt(label.length);
    return /\p{Lu}/u.test(next) && line.text.slice(0, label.length).toLowerCase() === label;
  }
  return false;
}

function readVerbLabel(line: Line): boolean {
  const match = READ_VERB_LABEL.exec(line.lower);
  if (!match) return false;
  const label = match[0].slice(0, match[0].search(/[:：]/u));
  return label.trim().split(/\s+/u).length <= MAX_READ_LABEL_WORDS;
}

/** A box header: "More NBA:", "Read more from Example News:", "Lire aussi :". */
const MAX_BOX_HEADER_WORDS = 6;
const CONNECTORS = /^(?:from|on|at|about|in|de|du|des|sur|von|vom|zum|zur|del|da|do|от|о|по)$/u;

function boxHeader(line: Line, context: StageContext): boolean {
  if (line.words > MAX_BOX_HEADER_WORDS || !/[:：]$/u.test(line.text)) return false;
  const label = labelHit(line, context);
  if (label?.start !== 0) return false;
  const { ends } = tokenOffsets(line.text);
  const rest = line.text
    .slice(ends[label.end - 1] as number)
    .replace(/[:：]$/u, "")
    .trim();
  if (rest === "") return true;
  return rest
    .split(/\s+/u)
    .every((word) => CONNECTORS.test(word) || /^[\p{Lu}\p{Lo}\d]/u.test(word));
}

/**
 * A capital label no catalogue knows does not make a teaser of the page's
 * first line: headlines carry such kickers ("BREAKING: …", "EXCLUSIVE: …",
 * "WATCH: …", a place or a column's name), and a second run, which sees the
 * headline alone at the top, must keep it as the first did.
 */
function capitalLabelAt(line: Line, page: PageFacts): boolean {
  if (line.index === page.headlineSlot) return false;
  return capitalLabelTeaser(line.text, page.speakers);
}

/** Lines longer than this are paragraphs, never a label and a title. */
const MAX_TEASER_CHARS = 400;

/**
 * Links to other articles introduced by a "read more"-style label, in 16
 * languages. In a transcript ("COOPER: So have you …", "GATES: -- but we
 * clearly --") the speakers' names are capital labels too; a capital label
 * the page prints on two lines or more, and that no catalogue knows, is a
 * speaker, and its lines stay.
 */
export const teaserPrefix: Stage = lineRule<PageFacts>({
  id: "teaser",
  maxChars: MAX_TEASER_CHARS,
  // Its speakers, and where its headline would be (the first line standing).
  page: (doc, report) => ({
    speakers: speakerLabels(doc),
    headlineSlot: survivingLines(doc, report).next().value?.index,
  }),
  verdict: teaserVerdict,
});

function speakerLabels(doc: Doc): Set<string> {
  const counts = new Map<string, number>();
  for (const line of doc.lines) {
    if (!colonNearStart(line.text)) continue;
    const label = CAPITAL_LABEL.exec(line.text)?.[1]?.trim();
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const speakers = new Set<string>();
  for (const [label, count] of counts)
    if (count >= 2 && !KNOWN_LABEL.test(label.toLowerCase())) speakers.add(label);
  return speakers;
}

/** A catalogue label, alone or with words after it ("WATCH BELOW", "MORE ON THIS"). */
const KNOWN_LABEL = new RegExp(`^(?:${PREFIXES.map(escapeForRegex).join("|")})(?:\\s|$)`, "u");
