import type { Stage } from "../stage.js";
import type { Line } from "../text/document.js";

const MAX_WIDGET_LINE_WORDS = 30;
/** How far past its last caption or credit a picture widget reaches: its buttons and teaser. */
const REACH_AFTER = 2;
/** Anchors this close belong to one widget (caption, credit, second credit). */
const MAX_ANCHOR_GAP = 3;

function isAnchor(kind: string | undefined): boolean {
  return kind === "caption" || kind === "credit";
}

/**
 * A picture widget flattened into a paragraph: caption, credit and the
 * widget's own lines ("Перейти в фотобанк", a related-article teaser),
 * often glued to the next real paragraph by a single newline. Once a
 * caption or credit is known, the short non-sentence lines between its
 * anchors and at most `REACH_AFTER` lines after the last one belong to the
 * widget. Nothing above the first anchor does: in a file without blank
 * lines the whole article is one paragraph, and the headline sits there.
 */
export const pictureBlock: Stage = {
  id: "picture-block",
  run(doc, report) {
    for (const block of doc.blocks) {
      if (block.lines.length < 2) continue;
      const lines = block.lines;
      let i = 0;
      while (i < lines.length) {
        if (!isAnchor(report.verdict((lines[i] as Line).index)?.kind)) {
          i++;
          continue;
        }
        // The widget's anchors: this one and any within a few lines of the last.
        let last = i;
        for (let j = i + 1; j < lines.length && j - last <= MAX_ANCHOR_GAP; j++)
          if (isAnchor(report.verdict((lines[j] as Line).index)?.kind)) last = j;
        const end = Math.min(lines.length - 1, last + REACH_AFTER);
        for (let j = i + 1; j <= end; j++) {
          const line = lines[j] as Line;
          if (report.isRemoved(line.index)) continue;
          if (line.sentence || line.prose || line.words > MAX_WIDGET_LINE_WORDS) {
            if (j > last) break; // the article resumes after the widget
            continue;
          }
          const after = j > last;
          report.remove(line.index, {
            kind: after ? "teaser" : "caption",
            rule: "picture-block/widget-line",
            reason: after
              ? "non-sentence line right after a picture's caption or credit: the widget's teaser or button"
              : "non-sentence line between a picture's caption and credit",
          });
        }
        i = end + 1;
      }
    }
  },
};
