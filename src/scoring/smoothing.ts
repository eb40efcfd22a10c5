import type { ContentClass } from "./line-features.js";

/**
 * jusText's second pass: short and near-good lines take the class of their
 * context. A short line between two good ones is article text (a quote, a
 * subheading); between two bad ones it is furniture. Near-good lines next to
 * a good one are good. Good and bad lines keep their class.
 */
export function smooth(classes: readonly ContentClass[]): ContentClass[] {
  const out = [...classes];
  const neighbour = (i: number, step: -1 | 1): ContentClass | "edge" => {
    for (let j = i + step; j >= 0 && j < classes.length; j += step) {
      const c = classes[j] as ContentClass;
      if (c === "good" || c === "bad") return c;
    }
    return "edge";
  };
  for (let i = 0; i < classes.length; i++) {
    const c = classes[i] as ContentClass;
    if (c === "good" || c === "bad") continue;
    const before = neighbour(i, -1);
    const after = neighbour(i, 1);
    if (c === "neargood") {
      out[i] =
        before === "good" || after === "good"
          ? "good"
          : before === "bad" && after === "bad"
            ? "bad"
            : "neargood";
    } else if (before === "good" && after === "good") {
      out[i] = "good";
    } else if ((before === "bad" || before === "edge") && (after === "bad" || after === "edge")) {
      out[i] = "bad";
    }
  }
  return out;
}
