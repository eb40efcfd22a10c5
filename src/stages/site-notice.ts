import { UNSPACED_NOTICE_TOPICS } from "../catalog/cues.js";
import { REPORTED_SPEECH, SITE_NOTICES } from "../catalog/site-notices.js";
import type { Verdict } from "../report.js";
import { hasHit, lineRule } from "../stage.js";
import type { Line } from "../text/document.js";

// Text in quotes is someone else's voice: “...”, "...", «...», „...“, '...'.
const QUOTED = /“[^”]*”|"[^"]*"|«[^»]*»|„[^“”]*[“”]|‘[^’]*’/gu;

const DESCRIPTION: Partial<Record<string, string>> = {
  cookie: "cookie banner",
  subscribe: "newsletter or support promotion",
  widget: "app or click-here prompt",
  comments: "comment policy",
};

/** The longest notice any topic allows. */
const MAX_NOTICE_WORDS = 60;

/** A notice topic in a line of a script without spaces, where words are not tokens. */
function unspacedTopic(line: Line): boolean {
  return line.unspaced > 0 && UNSPACED_NOTICE_TOPICS.some((topic) => line.lower.includes(topic));
}

function noticeVerdict(line: Line): Verdict | undefined {
  if (REPORTED_SPEECH.test(line.lower)) return undefined;
  const own = line.lower.replace(QUOTED, " ");
  const notice = SITE_NOTICES.find(
    (n) => line.words <= n.maxWords && n.topic.test(own) && n.voice.test(own),
  );
  if (!notice) return undefined;
  return {
    kind: notice.kind,
    rule: `notice/${notice.kind}`,
    reason: `${DESCRIPTION[notice.kind] ?? "notice to readers"} (${notice.lang === "*" ? "any language" : notice.lang}: names the topic in the site's own voice)`,
  };
}

/**
 * Cookie banners, newsletter/app promotions, support requests and comment
 * policies in any wording: the line names the topic and speaks in the
 * site's voice (see catalog/site-notices). Quoted text and reported speech
 * ("..., the regulator said") are never the site's voice. Only lines whose
 * words name a notice topic (catalog/cues) are read at all.
 */
export const siteNotice = lineRule({
  id: "notice",
  maxChars: 600,
  applies: (line, context) =>
    line.words <= MAX_NOTICE_WORDS &&
    (hasHit(context, line, "notice-topic") || unspacedTopic(line)),
  verdict: noticeVerdict,
});
