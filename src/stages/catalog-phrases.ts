import { COURTESIES } from "../catalog/courtesies.js";
import { builtInMatcher } from "../catalog/index.js";
import type { PhraseMatch, PhraseMatcher } from "../catalog/matcher.js";
import { userMatcher } from "../catalog/user.js";
import type { ResolvedOptions } from "../options.js";
import type { Verdict } from "../report.js";
import { memoised, type Stage } from "../stage.js";
import type { Line } from "../text/document.js";
import { comparisonKey } from "../text/normalise.js";
import { endsWithFullStop } from "../text/shape.js";

/** Catalogue lines are UI strings; anything longer is prose. */
const MAX_CHARS = 200;

/**
 * The word "comments" in the catalogue languages. A short line that is not
 * a sentence and names comments is a comment-section header or button
 * ("Top Rated Comments", "View Comments (12)", "Все комментарии"), whatever
 * the words around it.
 */
const COMMENTS_WORD =
  /(?<![\p{L}])(?:comments?|commentaires?|kommentare?|comentarios?|comentários?|commenti|reacties|комментари\p{L}*|коментар\p{L}*|komentarz\p{L}*|yorumlar?|تعليقات|التعليقات|评论|評論|コメント|댓글|kommentarer)(?![\p{L}])/iu;
const MAX_COMMENT_HEADER_WORDS = 5;

/**
 * Removes lines that are, as a whole, a known UI string: share and follow
 * prompts, newsletter boxes, cookie buttons, comment and login links, form
 * confirmations, loaders, ad labels, "most read" headers, in 16 languages,
 * plus the user's own phrases and patterns from the config.
 */
const MAX_COMPOSED_WORDS = 25;
const SENTENCE_BREAK = /(?<=[.!?…。！？])\s*/u;

/**
 * "Thank you! Your message has been sent.": a line made of catalogue
 * phrases and courtesy words, sentence by sentence, is a UI string too.
 * At least one part must be a catalogue phrase.
 */
function composedMatch(text: string, matcher: PhraseMatcher): PhraseMatch | undefined {
  if (text.split(" ").length > MAX_COMPOSED_WORDS) return undefined;
  const parts = text
    .split(SENTENCE_BREAK)
    .map(comparisonKey)
    .filter((key) => key !== "");
  if (parts.length < 2) return undefined;
  let found: PhraseMatch | undefined;
  for (const key of parts) {
    const match = matcher.match(key);
    if (match) found ??= match;
    else if (!COURTESIES.has(key)) return undefined;
  }
  return found;
}

export const catalogPhrases: Stage = {
  id: "catalog",
  run(doc, report, context) {
    for (const line of doc.lines) {
      if (report.isRemoved(line.index) || line.text.length > MAX_CHARS) continue;
      const verdict = memoised(context, "catalog", line.text, () =>
        catalogVerdict(line, context.options),
      );
      if (verdict) report.remove(line.index, verdict);
    }
  },
};

/** What the catalogues (the user's first, then the built-in one) say of one line, if anything. */
function catalogVerdict(line: Line, options: ResolvedOptions): Verdict | undefined {
  const user = options.catalog;
  const userMatch = user ? userMatcher(user).match(line.key) : undefined;
  if (userMatch) {
    return {
      kind: userMatch.entry.kind,
      rule: "catalog/user-phrase",
      reason: `matches config phrase "${userMatch.entry.phrase}"`,
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
    line.text.split(" ").length <= MAX_COMMENT_HEADER_WORDS &&
    !endsWithFullStop(line.text) &&
    COMMENTS_WORD.test(line.text)
  ) {
    return {
      kind: "comments",
      rule: "catalog/comments-header",
      reason: "short line naming comments: a comment-section header or button",
    };
  }
  const builtIn = builtInMatcher();
  const match = builtIn.match(line.key) ?? composedMatch(line.text, builtIn);
  if (!match) return undefined;
  return {
    kind: match.entry.kind,
    rule: `catalog/${match.entry.kind}`,
    reason: `matches ${match.entry.lang} ${match.entry.kind} phrase "${match.entry.phrase}"`,
  };
}
