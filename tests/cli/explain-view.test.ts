import { readFileSync } from "node:fs";
import path from "node:path";
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { analyseArticle } from "../../src/clean.js";
import { renderExplain } from "../../src/cli/explain-view.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SEED = path.join(ROOT, "fixtures/000_4dc32eb5bbb7fce7.txt");
const plain = new Chalk({ level: 0 });
const colour = new Chalk({ level: 1 });
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for escape codes
const ANSI = /\u001b\[/;

function explain(file: string, chalk = plain) {
  const result = analyseArticle(readFileSync(file, "utf8"), { path: file });
  return { result, view: renderExplain(result, chalk).split("\n") };
}

describe("the explain view", () => {
  it("lists every block of the sample exactly once, in order", () => {
    const { result, view } = explain(SEED);
    const rules = view.filter((line) => line.startsWith("── block "));
    expect(rules.map((line) => Number(/block (\d+):/.exec(line)?.[1]))).toEqual(
      result.doc.blocks.map((block) => block.index + 1),
    );
  });

  it("gives every line its status in words: kept, or cut with its kind, rule and reason", () => {
    const { result, view } = explain(SEED);
    const statusLines = view.filter((line) => /^(kept|cut \w+)\s+│ /.test(line));
    expect(statusLines).toHaveLength(result.doc.lines.length);
    for (const [i, line] of result.doc.lines.entries()) {
      const shown = statusLines[i] as string;
      expect(shown.endsWith(`│ ${line.text}`)).toBe(true);
      const verdict = result.report.verdict(line.index);
      if (!verdict) {
        expect(shown.startsWith("kept ")).toBe(true);
        continue;
      }
      expect(shown.startsWith(`cut ${verdict.kind} `)).toBe(true);
      const next = view[view.indexOf(shown) + 1] as string;
      expect(next).toContain(`↳ ${verdict.rule}: ${verdict.reason}`);
    }
    expect(view.join("\n")).toContain(
      'cut credit      │ © AFP 2019 / ANDREY KOVALENKO\n                │ ↳ photo-credit/copyright: matches photo-credit pattern "© AGENCY YEAR / NAME"',
    );
  });

  it("says which blocks were cut whole, kept whole, or partly cut", () => {
    const { view } = explain(SEED);
    expect(view).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^── block 1: cut ─+$/),
        expect.stringMatching(/^── block 4: kept ─+$/),
        expect.stringMatching(/^── block 11: 3 of 4 lines cut ─+$/),
      ]),
    );
  });

  it("tells where each extracted field came from", () => {
    const text = explain(SEED).view.join("\n");
    expect(text).toMatch(
      /headline +"Japanese and Russian FM .*" +← the text, block 3 \(headline\/title-line\); confidence 0\.\d+/,
    );
    expect(text).toMatch(/date +"2019-05-31" +← the scraper header/);
    expect(text).toMatch(/source +"Sputnik" +← the dateline "TOKYO \(Sputnik\) -"/);
    expect(text).toMatch(/dateline +"TOKYO" +← "TOKYO \(Sputnik\) -" at the start of block 4/);
    expect(text).toMatch(/language +"en" +← detected from the text/);
  });

  it("says when the headline came from the Title: header", () => {
    const text = explain(path.join(ROOT, "fixtures/cases/reuters-key-value/input.txt")).view.join(
      "\n",
    );
    expect(text).toMatch(
      /headline +"Oil prices climb.*" +← the "Title:" header, repeated in the text at block \d+/,
    );
    const onlyHeader = analyseArticle(
      "Title: Rates held steady\nDate: 2019-06-13\n\nThe central bank kept its main rate unchanged on Thursday, as expected by most analysts.",
    );
    expect(renderExplain(onlyHeader, plain)).toMatch(
      /← the "Title:" header \(not repeated in the text\)/,
    );
  });

  it("has no escape codes without colour, and strikes cut lines through with it", () => {
    expect(explain(SEED).view.join("\n")).not.toMatch(ANSI);
    const coloured = explain(SEED, colour).view.join("\n");
    expect(coloured).toContain("\u001b[9m© AFP 2019 / ANDREY KOVALENKO");
    expect(coloured).toContain("\u001b[35mcut credit");
  });

  it("wraps long lines under the gutter when given a width", () => {
    const result = analyseArticle(readFileSync(SEED, "utf8"));
    const view = renderExplain(result, plain, { width: 60 });
    const lines = view.slice(0, view.indexOf("\nExtracted")).split("\n");
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(60);
    expect(lines.filter((line) => line.startsWith("kept")).length).toBe(
      result.doc.lines.filter((line) => !result.report.isRemoved(line.index)).length,
    );
  });

  it("shows furniture cut off a kept line as a cut, and the rest of the line as kept", () => {
    const file = path.join(ROOT, "fixtures/cases/meta-dateline-glued-share-bar/input.txt");
    const { result, view } = explain(file);
    const trimmed = [...result.report.trims()];
    expect(trimmed.length).toBeGreaterThan(0);
    const cutAt = view.findIndex((line) => /^cut share\s+│ Share this article Share$/.test(line));
    expect(cutAt).toBeGreaterThan(-1);
    // The rule under the cut, then the kept rest starting at the dateline.
    expect(view[cutAt + 1]).toMatch(/↳ /);
    expect(view[cutAt + 2]).toMatch(/^kept\s+│ LONDON \(Reuters\) - Britain's/);
  });
});
