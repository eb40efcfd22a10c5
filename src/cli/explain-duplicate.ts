import type { ChalkInstance } from "chalk";
import type { DuplicateVerdict } from "../run/duplicate-lookup.js";

/**
 * The closing section of `explain FILE --dedupe OUT`: which record of OUT
 * the article duplicates and how similar it is, or why it is none's copy.
 */
export function renderDuplicate(
  verdict: DuplicateVerdict,
  outDir: string,
  chalk: ChalkInstance,
): string {
  const out = [
    "",
    chalk.bold(
      `Duplicates (against ${verdict.compared} earlier ${verdict.compared === 1 ? "article" : "articles"} of ${outDir}, threshold ${verdict.threshold})`,
    ),
  ];
  const field = chalk.dim("duplicate_of".padEnd(12));
  if (verdict.unjudged)
    out.push(`  ${field} null  ← the body has fewer than 8 words: too short to be anyone's copy`);
  else if (verdict.duplicateOf) {
    const { id, path, similarity } = verdict.duplicateOf;
    out.push(`  ${field} "${id}"  ← ${path}, similarity ${similarity}`);
  } else {
    const closest = verdict.closest
      ? `closest: ${verdict.closest.path}, similarity ${verdict.closest.similarity}`
      : "none shares a band of its signature";
    out.push(`  ${field} null  ← no earlier article reaches ${verdict.threshold} (${closest})`);
  }
  if (verdict.recorded) {
    const { duplicateOf, similarity } = verdict.recorded;
    out.push(
      chalk.dim(
        `  (the run that wrote its record there said ${duplicateOf === null ? "null" : `"${duplicateOf}", similarity ${similarity}`})`,
      ),
    );
  }
  return `${out.join("\n")}\n`;
}
