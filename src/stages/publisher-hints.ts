import type { Stage } from "../stage.js";

/**
 * Where a page names its own publisher in its furniture, strongest first.
 * Each pattern's first group is the name. Only removed lines are read: a
 * name in the article's prose is a subject, not the publisher, and a photo
 * credit names the photographer's agency, not the site.
 */
const HINTS: readonly { readonly id: string; readonly pattern: RegExp }[] = [
  // "Julius Young | Fox News", "Robert Burns, AP National Security Writer"
  {
    id: "byline-outlet",
    pattern: /^[\p{Lu}][\p{L}'’.-]+(?: [\p{Lu}][\p{L}'’.-]+){1,3}\s*\|\s*([^|]{2,60})$/u,
  },
  // "More from Sportsnet", "More from The Hill"
  {
    id: "more-from",
    pattern:
      /^(?:more (?:from|on)|plus de|mehr von|más de|mais d[aeo]|altro da|ещё от|еще от)\s+(.{2,50})$/iu,
  },
  // "Copyright 2019 Hawaii News Now. All rights reserved.", "© 2019 The Associated Press. All Rights Reserved."
  {
    id: "copyright",
    pattern:
      /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)(.{2,60}?)[.,]?\s+all rights reserved/iu,
  },
  // "Subscribe to AppleInsider on YouTube", "Follow Reuters on Twitter"
  {
    id: "follow",
    pattern:
      /^(?:subscribe to|follow)\s+(.{2,40}?)\s+on\s+(?:youtube|twitter|facebook|instagram|telegram|linkedin|x)\b/iu,
  },
  // "paul.takahashi@chron.com": a staff address on its own line
  { id: "staff-email", pattern: /^[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})$/iu },
];

/** Label lines whose next line is the publisher: "SOURCE:" then "Al Jazeera News". */
const SOURCE_LABEL = /^(?:source|sources|quelle|fuente|fonte|источник|kaynak)\s*[:：]?$/iu;

/** "Follow us on Telegram" names nobody: a publisher's name is capitalised (or a domain). */
function looksLikeName(name: string): boolean {
  return /^[\p{Lu}\p{Lo}\d]/u.test(name) || /^[\w-]+\.[a-z]{2,}/.test(name);
}

export const publisherHints: Stage = {
  id: "publisher",
  run(doc, report, { findings }) {
    const found: { rank: number; name: string }[] = [];
    for (const line of doc.lines) {
      if (!report.isRemoved(line.index)) continue;
      const kind = report.verdict(line.index)?.kind;
      // Photo credits name the photographer's agency; the site's own copyright footer names the site.
      const siteCopyright = report.verdict(line.index)?.rule === "photo-credit/site-copyright";
      if ((kind === "credit" || kind === "caption") && !siteCopyright) continue;
      HINTS.forEach((hint, rank) => {
        const name = hint.pattern.exec(line.text)?.[1]?.trim();
        if (name && looksLikeName(name)) found.push({ rank, name });
      });
      if (SOURCE_LABEL.test(line.text)) {
        const next = doc.lines[line.index + 1];
        if (next && next.text.split(" ").length <= 5) found.push({ rank: 1, name: next.text });
      }
    }
    found.sort((a, b) => a.rank - b.rank);
    for (const { name } of found) findings.publisherHints.push(name);
  },
};
