import { TEASER_PREFIXES } from "../catalog/teaser-prefixes.js";
import type { Stage } from "../stage.js";
import { wordCount } from "../text/shape.js";

const escapeForRegex = (text: string) =>
  text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

const PREFIXES = Object.values(TEASER_PREFIXES)
  .flat()
  .sort((a, b) => b.length - a.length);

/** `READ MORE: Headline`, `Lire aussi : ...`, `Читайте также: ...`, `关联阅读：...`. */
const TEASER_LINE = new RegExp(
  `^(?:${PREFIXES.map(escapeForRegex).join("|")})\\s*[:：>»|\\-–—]+\\s*\\S`,
  "iu",
);

/** What follows the label is a headline, not a paragraph. */
const MAX_TEASER_WORDS = 30;

/** Links to other articles introduced by a "read more"-style label, in 16 languages. */
export const teaserPrefix: Stage = {
  id: "teaser",
  run(doc, report) {
    for (const line of doc.lines) {
      if (report.isRemoved(line.index) || line.text.length > 400) continue;
      if (wordCount(line.text) > MAX_TEASER_WORDS + 4) continue;
      if (!TEASER_LINE.test(line.text)) continue;
      report.remove(line.index, {
        kind: "teaser",
        rule: "teaser/prefix",
        reason: `starts with a related-article label ("${line.text.split(/[:：>»|]/)[0]?.trim()}")`,
      });
    }
  },
};
