import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Chalk } from "chalk";
import { afterAll, describe, expect, it } from "vitest";
import { analyseArticle } from "../../src/clean.js";
import { renderExplain } from "../../src/cli/explain-view.js";
import { decodeBytes } from "../../src/io/decode.js";
import { RunSummary } from "../../src/run/summary.js";
import { tempDir } from "../e2e/run-cli.js";
import { cleanInProcess, makeCorpus } from "../reliability/harness.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("words that read right", () => {
  it('one input is "1 input", not "1 inputs"', () => {
    const summary = new RunSummary();
    summary.add({ status: "ok", path: "a.txt", json: "{}", removed: {}, warnings: [] });
    expect(summary.line()).toMatch(/^article-clean: 1 input, 1 written/);
  });

  it('explain says "1 line kept in 1 paragraph"', () => {
    const text = "The council said on Friday that the new bridge would open in the spring.";
    const view = renderExplain(analyseArticle(text, { path: "x.txt" }), new Chalk({ level: 0 }));
    expect(view).toMatch(/body\s+1 line kept in 1 paragraph\n/);
  });

  it("grouped failure reasons are cut at a word, never mid-word", () => {
    const summary = new RunSummary();
    const reason = `cannot be read because ${"the archive volume is unavailable ".repeat(4)}`;
    summary.fail(reason);
    const [bucket] = [...summary.failures.keys()];
    expect(bucket?.length).toBeLessThanOrEqual(80);
    expect(bucket).toMatch(/ \w+…$/);
    expect(reason).toContain(bucket?.slice(0, -1));
  });

  it("UTF-16LE without a BOM is decoded (with a warning), not reported as binary", () => {
    const bytes = Buffer.from("Headline\n\nThe mayor said on Friday.\n", "utf16le");
    const decoded = decodeBytes(bytes);
    expect(decoded).toMatchObject({ ok: true, text: "Headline\n\nThe mayor said on Friday.\n" });
    // A real binary file still is one.
    expect(
      decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48])),
    ).toMatchObject({
      ok: false,
    });
  });

  it('a count of gone inputs has no "-:" label, and a refused --prune is not suggested again', async () => {
    const root = tempDir("article-clean-words-");
    dirs.push(root);
    const input = path.join(root, "in");
    const out = path.join(root, "out");
    makeCorpus(input, 12, { perFolder: 0 });
    expect((await cleanInProcess([input], { outDir: out })).code).toBe(0);
    // Every input renamed away, and a listing error (a broken link): --prune is refused.
    rmSync(input, { recursive: true });
    mkdirSync(input);
    writeFileSync(path.join(input, "new.txt"), "The mayor said on Friday that the bridge opens.\n");
    symlinkSync(path.join(root, "nowhere.txt"), path.join(input, "broken.txt"));
    const run = await cleanInProcess([input], { outDir: out, prune: true });
    expect(run.stderr).toContain("some inputs could not be listed: not pruning");
    expect(run.stderr).not.toContain("(--prune removes it)");
    expect(run.stderr).toMatch(/^article-clean: warning: 2 more inputs are gone/m);
    expect(run.stderr).not.toMatch(/-: warning: \d+ more/);
  });
});
