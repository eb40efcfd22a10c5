import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, runCli, SEED, tempDir } from "../e2e/run-cli.js";
import { filesUnder, linesAbout, sha256, summaryLine } from "./harness.js";

const TASS = path.join(ROOT, "fixtures/cases/tass-russian/input.txt");
const AFP = path.join(ROOT, "fixtures/cases/afp-french/input.txt");
/** A PNG's first bytes: NULs no UTF-16 explains, so the file is binary. */
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");

let root: string | undefined;
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/**
 * A nightly job's inputs go bad: a scraper truncates one file to nothing and
 * overwrites another with an image. Their old outputs no longer say what the
 * inputs hold, so each run must say so, keep them until asked, and `--prune`
 * must remove them, like the outputs of deleted inputs.
 */
describe("an input that turned bad, end to end", () => {
  it("is listed with the gone inputs, its old output kept; --prune removes it", async () => {
    root = tempDir("article-clean-turned-bad-");
    const input = path.join(root, "in");
    const out = path.join(root, "out");
    mkdirSync(input);
    copyFileSync(SEED, path.join(input, "a.txt"));
    copyFileSync(TASS, path.join(input, "b.txt"));
    copyFileSync(AFP, path.join(input, "c.txt"));
    const run = (...extra: string[]) =>
      runCli(["in", "-o", "out", "-j", "1", ...extra], { cwd: root });

    const first = await run();
    expect(first.code).toBe(0);
    expect(filesUnder(out)).toEqual(["a.txt.json", "b.txt.json", "c.txt.json"]);
    const before = filesUnder(out).map((file) => sha256(path.join(out, file)));

    writeFileSync(path.join(input, "a.txt"), "");
    writeFileSync(path.join(input, "b.txt"), PNG);
    const second = await run();
    expect(second.code).toBe(1);
    expect(linesAbout(second.stderr, "in/a.txt")).toEqual([
      "article-clean: in/a.txt: empty file, skipped",
      "article-clean: in/a.txt: warning: input now fails (see above); its old output a.txt.json is kept (--prune removes it)",
    ]);
    expect(linesAbout(second.stderr, "in/b.txt")).toEqual([
      "article-clean: in/b.txt: binary file (contains NUL bytes), skipped",
      "article-clean: in/b.txt: warning: input now fails (see above); its old output b.txt.json is kept (--prune removes it)",
    ]);
    expect(summaryLine(second.stderr)).toMatch(
      /^article-clean: 3 inputs, 0 written, 1 unchanged, 2 failed, 2 gone;/,
    );
    // Kept whole, byte for byte, until --prune.
    expect(filesUnder(out).map((file) => sha256(path.join(out, file)))).toEqual(before);

    const pruned = await run("--prune");
    expect(pruned.code).toBe(1);
    expect(linesAbout(pruned.stderr, "in/a.txt")[1]).toBe(
      "article-clean: in/a.txt: warning: input now fails (see above); removed its old output a.txt.json",
    );
    expect(filesUnder(out)).toEqual(["c.txt.json"]);
    expect(readFileSync(path.join(out, "c.txt.json")).length).toBeGreaterThan(0);

    // Pruned outputs are forgotten: the next run reports the bad inputs, and nothing gone.
    const after = await run("--prune");
    expect(after.code).toBe(1);
    expect(after.stderr).not.toMatch(/old output|gone/);
    expect(summaryLine(after.stderr)).toMatch(
      /^article-clean: 3 inputs, 0 written, 1 unchanged, 2 failed;/,
    );
  });
});
