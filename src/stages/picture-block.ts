import type { Stage } from "../stage.js";

const MAX_WIDGET_LINE_WORDS = 30;

/**
 * A picture widget flattened into one paragraph: caption, credit and a
 * related-article teaser on consecutive lines, often glued to the next real
 * paragraph by a single newline. Once a caption or credit is found in a
 * paragraph, its other short lines that are not sentences belong to the
 * widget too; sentences and long lines (the real paragraph) stay.
 */
export const pictureBlock: Stage = {
  id: "picture-block",
  run(doc, report) {
    for (const block of doc.blocks) {
      if (block.lines.length < 2) continue;
      const anchor = block.lines.find((line) => {
        const kind = report.verdict(line.index)?.kind;
        return kind === "caption" || kind === "credit";
      });
      if (!anchor) continue;
      for (const line of block.lines) {
        if (report.isRemoved(line.index)) continue;
        if (line.sentence || line.prose || line.words > MAX_WIDGET_LINE_WORDS) continue;
        const after = line.index > anchor.index;
        report.remove(line.index, {
          kind: after ? "teaser" : "caption",
          rule: "picture-block/widget-line",
          reason: after
            ? "non-sentence line inside a picture widget, after its caption/credit: a teaser"
            : "non-sentence line inside a picture widget, before its credit: a caption",
        });
      }
    }
  },
};
