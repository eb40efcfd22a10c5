import { REPORTED_SPEECH, SITE_NOTICES } from "../catalog/site-notices.js";
import type { Verdict } from "../report.js";
import { memoised, type Stage } from "../stage.js";
import type { Line } from "../text/document.js";
import { wordCount } from "../text/shape.js";

// Text in quotes is someone else's voice: “...”, "...", «...», „...“, '...'.
const QUOTED = /“[^”]*”|"[^"]*"|«[^»]*»|„[^“”]*[“”]|‘[^’]*’/gu;

const DESCRIPTION: Partial<Record<string, string>> = {
  cookie: "cookie banner",
  subscribe: "newsletter or support promotion",
  widget: "app or click-here prompt",
  comments: "comment policy",
};

/** Every notice topic in one alternation, so a line is tested once before the per-notice checks. */
// Languages share topics ("cookies?" in nine of them): each alternative once.
const ANY_TOPIC = new RegExp(
  [...new Set(SITE_NOTICES.map((n) => n.topic.source))].map((source) => `(?:${source})`).join("|"),
  "u",
);

/**
 * Cookie banners, newsletter/app promotions, support requests and comment
 * policies in any wording: the line names the topic and speaks in the
 * site's voice (see catalog/site-notices). Quoted text and reported speech
 * ("..., the regulator said") are never the site's voice.
 */
export const siteNotice: Stage = {
  id: "notice",
  run(doc, report, context) {
    for (const line of doc.lines) {
      if (report.isRemoved(line.index) || line.text.length > 600) continue;
      const verdict = memoised(context, "notice", line.text, () => noticeVerdict(line));
      if (verdict) report.remove(line.index, verdict);
    }
  },
};

function noticeVerdict(line: Line): Verdict | undefined {
  // One pass of the combined topics first: most lines name none of them.
  if (!ANY_TOPIC.test(line.lower)) return undefined;
  const words = wordCount(line.text);
  if (words > 60 || REPORTED_SPEECH.test(line.lower)) return undefined;
  const own = line.lower.replace(QUOTED, " ");
  const notice = SITE_NOTICES.find(
    (n) => words <= n.maxWords && n.topic.test(own) && n.voice.test(own),
  );
  if (!notice) return undefined;
  return {
    kind: notice.kind,
    rule: `notice/${notice.kind}`,
    reason: `${DESCRIPTION[notice.kind] ?? "notice to readers"} (${notice.lang === "*" ? "any language" : notice.lang}: names the topic in the site's own voice)`,
  };
}
