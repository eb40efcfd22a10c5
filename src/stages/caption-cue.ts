import { CAPTION_CUES } from "../catalog/caption-cues.js";
import type { Verdict } from "../report.js";
import { memoised, type Stage } from "../stage.js";
import type { Line } from "../text/document.js";
import { endsWithFullStop, wordCount } from "../text/shape.js";

const MAX_CAPTION_WORDS = 50;

/**
 * Captions that stand alone, without a credit: lines that open the way
 * picture captions do in many languages ("A picture taken on ... shows",
 * "FILE PHOTO:", "In this file photo taken on", "Imagen de archivo",
 * "На фото"). A long punctuated sentence that happens to start that way is
 * prose and stays.
 */
export const captionCue: Stage = {
  id: "caption",
  run(doc, report, context) {
    for (const line of doc.lines) {
      if (report.isRemoved(line.index) || line.text.length > 500) continue;
      const verdict = memoised(context, "caption", line.text, () => captionVerdict(line));
      if (verdict) report.remove(line.index, verdict);
    }
  },
};

function captionVerdict(line: Line): Verdict | undefined {
  const words = wordCount(line.text);
  if (words > MAX_CAPTION_WORDS || (words >= 25 && endsWithFullStop(line.text))) return undefined;
  const cue = CAPTION_CUES.find((c) => c.pattern.test(line.lower));
  if (!cue) return undefined;
  return {
    kind: "caption",
    rule: "caption/cue",
    reason: `opens like a photo caption (${cue.lang}: "${cue.example}")`,
  };
}
