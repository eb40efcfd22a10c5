import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { renderSummary } from "../../src/cli/summary-view.js";
import { RunSummary } from "../../src/run/summary.js";

const chalk = new Chalk({ level: 0 });

function summaryWith(duplicates: number, groups: number, dropped: number): RunSummary {
  const summary = new RunSummary();
  summary.written = 12 - dropped;
  Object.assign(summary, { duplicates, groups, dropped });
  return summary;
}

describe("the summary of a --dedupe run", () => {
  it("counts copies and the articles they copy, on the cron line and on a terminal", () => {
    const summary = summaryWith(3, 2, 0);
    expect(summary.line()).toContain("12 written, 0 failed, 3 duplicates in 2 groups;");
    expect(renderSummary(summary, chalk)).toMatch(/duplicates\s+3 {2}copies of 2 groups/);
  });

  it("says what --dedupe=drop left out", () => {
    const summary = summaryWith(3, 2, 3);
    expect(summary.line()).toContain("9 written, 0 failed, 3 duplicates dropped (2 groups);");
    expect(renderSummary(summary, chalk)).toMatch(/duplicates\s+3 {2}dropped: copies of 2 groups/);
  });

  it("says nothing of duplicates when there were none", () => {
    const summary = summaryWith(0, 0, 0);
    expect(summary.line()).not.toContain("duplicate");
    expect(renderSummary(summary, chalk)).not.toContain("duplicate");
  });
});
