import { CAPTION_CUES } from "../catalog/caption-cues.js";
import { hasHit, lineRule } from "../stage.js";

const MAX_CAPTION_WORDS = 50;

/**
 * Captions that stand alone, without a credit: lines that open the way
 * picture captions do in many languages ("A picture taken on ... shows",
 * "FILE PHOTO:", "In this file photo taken on", "Imagen de archivo",
 * "На фото"). A long punctuated sentence that happens to start that way is
 * prose and stays. The cue patterns run only on lines with a caption word
 * (catalog/cues).
 */
export const captionCue = lineRule({
  id: "caption",
  maxChars: 500,
  applies: (line, context) =>
    line.words <= MAX_CAPTION_WORDS &&
    !(line.words >= 25 && line.endsWithFullStop) &&
    hasHit(context, line, "caption-word"),
  verdict(line) {
    const cue = CAPTION_CUES.find((c) => c.pattern.test(line.lower));
    if (!cue) return undefined;
    return {
      kind: "caption",
      rule: "caption/cue",
      reason: `opens like a photo caption (${cue.lang}: "${cue.example}")`,
    };
  },
});
