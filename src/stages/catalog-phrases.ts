import { COURTESIES } from "../catalog/courtesies.js";
import { builtInMatcher } from "../catalog/index.js";
import type { PhraseEntry, PhraseMatcher } from "../catalog/matcher.js";
import { userMatcher } from "../catalog/user.js";
import type { Verdict } from "../report.js";
import { hasHit, lineRule, type StageContext } from "../stage.js";
import type { Line } from "../text/document.js";
import { comparisonKey } from "../text/facts.js";

/** Catalogue lines are UI strings; anything longer is prose. */
const MAX_CHARS = 200;
/** A short line that names comments and is not a sentence: a comment-section header or button. */
const MAX_COMMENT_HEADER_WORDS = 5;
const MAX_COMPOSED_WORDS = 25;

/**
 * "Follow Example Sports' Jane Roe on Twitter @janeroe.", "Suivez-nous sur
 * Facebook", "Folgen Sie uns auf Instagram", "Síguenos en Twitter",
 * "Подписывайтесь на нас в Telegram": the network ends the line (a handle
 * may follow).
 */
const FOLLOW_PROMPT =
  /^(?:follow|suivez|suivre|folgen sie|folge|síguenos|sigue|siga|segui|seguici|подписывайтесь на|подпишитесь на|читайте нас в)\b.{0,80}?\s(?:on|sur|auf|en|no|na|su|в)\s+(?:twitter|x|facebook|instagram|telegram|linkedin|youtube|tiktok|threads|mastodon|вконтакте|telegram-канале)\b(?:\s*[:(]?\s*@[\w.]+\)?)?\s*[.!]?$/iu;
const MAX_FOLLOW_WORDS = 20;
const SENTENCE_BREAK = /(?<=[.!?…。！？])\s*/u;
const HAS_INNER_BREAK = /[.!?…。！？]\s*\S/u;

/**
 * "Thank you! Your message has been sent.": a line made of catalogue
 * phrases and courtesy words, sentence by sentence, is a UI string too.
 * At least one part must be a catalogue phrase.
 */
function composedMatch(line: Line, matcher: PhraseMatcher): PhraseEntry | undefined {
  if (line.words > MAX_COMPOSED_WORDS || !HAS_INNER_BREAK.test(line.text)) return undefined;
  let found: PhraseEntry | undefined;
  let questions = false;
  let last: PhraseEntry | undefined;
  let parts = 0;
  // Sentence by sentence, stopping at the first that is none of these: most
  // lines that get here are prose with a catalogue word in them.
  for (const sentence of line.text.split(SENTENCE_BREAK)) {
    const key = comparisonKey(sentence);
    if (key === "") continue;
    parts++;
    const match = matcher.match(key);
    last = match?.entry;
    if (match) found ??= match.entry;
    else if (COURTESIES.has(key)) continue;
    // "What do you think of X? Sound off below!": questions to the reader,
    // then the prompt to comment.
    else if (/[?？]\s*$/u.test(sentence)) questions = true;
    else return undefined;
  }
  if (parts < 2) return undefined;
  if (questions && last?.kind !== "comments") return undefined;
  return found;
}

/** What the catalogues (the user's first, then the built-in one) say of one line, if anything. */
function catalogVerdict(line: Line, context: StageContext): Verdict | undefined {
  const user = context.options.catalog;
  const userEntry = user ? userMatcher(user).wholeLine(line) : undefined;
  if (userEntry) {
    return {
      kind: userEntry.kind,
      rule: "catalog/user-phrase",
      reason: `matches config phrase "${userEntry.phrase}"`,
    };
  }
  const userPattern = user?.patterns.find((p) => p.pattern.test(line.text));
  if (userPattern) {
    return {
      kind: userPattern.kind,
      rule: "catalog/user-pattern",
      reason: `matches config pattern /${userPattern.source}/`,
    };
  }
  if (
    line.words <= MAX_COMMENT_HEADER_WORDS &&
    !line.endsWithFullStop &&
    hasHit(context, line, "comments-word")
  ) {
    return {
      kind: "comments",
      rule: "catalog/comments-header",
      reason: "short line naming comments: a comment-section header or button",
    };
  }
  if (line.words <= MAX_FOLLOW_WORDS && FOLLOW_PROMPT.test(line.text))
    return {
      kind: "share",
      rule: "catalog/follow-prompt",
      reason: "a prompt to follow a writer or the site on a social network",
    };
  const hits = context.hits(line);
  // No UI phrase anywhere in the line: neither a whole-line match nor a composed one.
  if (!hits.some((hit) => (hit.entry.role ?? "ui") === "ui")) return undefined;
  const builtIn = builtInMatcher();
  const entry = builtIn.wholeLine(line, hits) ?? composedMatch(line, builtIn);
  if (!entry) return undefined;
  return {
    kind: entry.kind,
    rule: `catalog/${entry.kind}`,
    reason: `matches ${entry.lang} ${entry.kind} phrase "${entry.phrase}"`,
  };
}

/**
 * Removes lines that are, as a whole, a known UI string: share and follow
 * prompts, newsletter boxes, cookie buttons, comment and login links, form
 * confirmations, loaders, ad labels, "most read" headers, in 16 languages,
 * plus the user's own phrases and patterns from the config.
 */
export const catalogPhrases = lineRule({
  id: "catalog",
  maxChars: MAX_CHARS,
  verdict: catalogVerdict,
});
