import { UNSPACED_NOTICE_CUES } from "../catalog/cues.js";
import { REPORTED_SPEECH, SITE_NOTICES, type SiteNotice } from "../catalog/site-notices.js";
import type { RemovalKind, Verdict } from "../report.js";
import { lineRule, type StageContext } from "../stage.js";
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

/** The notices of each kind, in catalogue order. */
const BY_KIND = new Map<RemovalKind, SiteNotice[]>();
for (const notice of SITE_NOTICES) {
  const list = BY_KIND.get(notice.kind) ?? [];
  list.push(notice);
  BY_KIND.set(notice.kind, list);
}

/** The kinds of notice whose cues the line holds (catalog/cues); none for most lines. */
function cuedKinds(line: Line, context: StageContext): Set<RemovalKind> | undefined {
  let kinds: Set<RemovalKind> | undefined;
  for (const hit of context.hits(line)) {
    if (hit.entry.role !== "notice-cue") continue;
    kinds ??= new Set();
    kinds.add(hit.entry.kind);
  }
  // Scripts without spaces: a cue is a substring, not a token.
  if (line.unspaced > 0 && UNSPACED_NOTICE_CUES.some((cue) => line.lower.includes(cue))) {
    kinds ??= new Set();
    for (const kind of BY_KIND.keys()) kinds.add(kind);
  }
  return kinds;
}

function noticeVerdict(line: Line, context: StageContext): Verdict | undefined {
  const kinds = cuedKinds(line, context);
  if (!kinds || REPORTED_SPEECH.test(line.lower)) return undefined;
  const own = line.lower.replace(QUOTED, " ");
  let notice: SiteNotice | undefined;
  for (const kind of kinds) {
    notice = BY_KIND.get(kind)?.find(
      (n) => line.words <= n.maxWords && n.topic.test(own) && n.voice.test(own),
    );
    if (notice) break;
  }
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
 * ("..., the regulator said") are never the site's voice. Only lines with
 * a cue of some kind of notice (catalog/cues) are read, against the
 * notices of that kind.
 */
export const siteNotice = lineRule({
  id: "notice",
  maxChars: 600,
  applies: (line) => line.words <= MAX_NOTICE_WORDS,
  verdict: noticeVerdict,
});
