import { emptyFindings, type Findings } from "../src/findings.js";
import { detectLanguage } from "../src/language/profile.js";
import { type CleanOptions, resolveOptions } from "../src/options.js";
import { Report } from "../src/report.js";
import { type Stage, stageContext } from "../src/stage.js";
import { type Doc, scanDocument, splitLines } from "../src/text/document.js";
import { normalisedLines } from "../src/text/normalise.js";

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
  const raw = splitLines(normalisedLines(text));
  const language = detectLanguage(raw.texts);
  const doc = scanDocument(raw, language);
  const report = new Report(doc.lines.length);
  const context = stageContext(doc, resolveOptions(options), language, emptyFindings());
  for (const stage of stages) stage.run(doc, report, context);
  return {
    doc,
    report,
    findings: context.findings,
    kinds: doc.lines.map((line) => report.verdict(line.index)?.kind ?? "keep"),
    kept: doc.lines.filter((line) => !report.isRemoved(line.index)).map((line) => line.text),
  };
}
