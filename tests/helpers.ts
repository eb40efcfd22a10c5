import { emptyFindings, type Findings } from "../src/findings.js";
import { detectLanguage } from "../src/language/profile.js";
import { type CleanOptions, resolveOptions } from "../src/options.js";
import { Report } from "../src/report.js";
import type { Stage, StageContext } from "../src/stage.js";
import { buildDoc, type Doc } from "../src/text/document.js";
import { normaliseText } from "../src/text/normalise.js";

export interface StageRun {
  readonly doc: Doc;
  readonly report: Report;
  readonly findings: Findings;
  /** Kind of the verdict on each line, or "keep". */
  readonly kinds: string[];
  /** Text of the lines no stage removed. */
  readonly kept: string[];
}

/** Run some stages, in order, over a text: what a unit test of a stage needs. */
export function runStages(
  text: string,
  stages: readonly Stage[],
  options: CleanOptions = {},
): StageRun {
  const doc = buildDoc(normaliseText(text));
  const report = new Report(doc.lines.length);
  const context: StageContext = {
    options: resolveOptions(options),
    language: detectLanguage(doc.lines.map((l) => l.text)),
    findings: emptyFindings(),
  };
  for (const stage of stages) stage.run(doc, report, context);
  return {
    doc,
    report,
    findings: context.findings,
    kinds: doc.lines.map((line) => report.verdict(line.index)?.kind ?? "keep"),
    kept: doc.lines.filter((line) => !report.isRemoved(line.index)).map((line) => line.text),
  };
}
