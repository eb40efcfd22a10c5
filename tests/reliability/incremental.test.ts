import {
  existsSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../e2e/run-cli.js";
import {
  cleanInProcess,
  filesUnder,
  linesAbout,
  makeCorpus,
  sha256,
  summaryLine,
} from "./harness.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * 20 inputs, an hour old (outside the racy-mtime window), cleaned once into
 * `out`, in this process (its code fingerprint is of the sources, the CLI's
 * of the build: don't mix the two on one out dir).
 */
async function cleanedOnce(): Promise<{ input: string; out: string; files: string[] }> {
  const root = tempDir("article-clean-incr-");
  dirs.push(root);
  const input = path.join(root, "in");
  const out = path.join(root, "out");
  const files = makeCorpus(input, 20, { perFolder: 10, ageSeconds: 3600 });
  const first = await cleanInProcess([input], { outDir: out });
  expect(first.code).toBe(0);
  expect(summaryLine(first.stderr)).toMatch(/ 20 written, 0 failed/);
  return { input, out, files };
}

/** In this process: these runs are small, and starting Node would be most of their time. */
function run(inputs: string[], settings: Parameters<typeof cleanInProcess>[1] = {}) {
  return cleanInProcess(inputs, settings);
}

function outputOf(out: string, input: string, file: string): string {
  return path.join(out, `${path.relative(input, file)}.json`);
}

describe("incremental runs with --out-dir", () => {
  it("a re-run of an unchanged folder writes nothing and counts every input as unchanged", async () => {
    // Through the CLI, as cron runs it.
    const root = tempDir("article-clean-incr-cli-");
    dirs.push(root);
    const input = path.join(root, "in");
    const out = path.join(root, "out");
    makeCorpus(input, 20, { perFolder: 10, ageSeconds: 3600 });
    expect((await runCli([input, "-o", out])).code).toBe(0);
    const before = filesUnder(out).map((f) => statSync(path.join(out, f)).mtimeMs);
    const again = await runCli([input, "-o", out]);
    expect(again.code).toBe(0);
    expect(summaryLine(again.stderr)).toMatch(
      /^article-clean: 20 inputs, 0 written, 20 unchanged, 0 failed/,
    );
    expect(filesUnder(out).map((f) => statSync(path.join(out, f)).mtimeMs)).toEqual(before);
  });

  it("trusts size and mtime without reading the input; --force re-reads it", async () => {
    const { input, out, files } = await cleanedOnce();
    const file = files[3] as string;
    const { mtime } = statSync(file);
    const original = readFileSync(file, "utf8");
    // Same length, same mtime: the fast path cannot see this edit, by design.
    writeFileSync(file, original.replace("Copy number 3.", "Copy numbeR 3."));
    utimesSync(file, mtime, mtime);
    const again = await run([input], { outDir: out });
    expect(summaryLine(again.stderr)).toMatch(/ 0 written, 20 unchanged/);
    const output = outputOf(out, input, file);
    expect(JSON.parse(readFileSync(output, "utf8")).body).toContain("Copy number 3.");
    const forced = await run([input], { outDir: out, force: true });
    expect(summaryLine(forced.stderr)).toMatch(/ 20 written, 0 failed/);
    expect(JSON.parse(readFileSync(output, "utf8")).body).toContain("Copy numbeR 3.");
  });

  it("a touched input is checked by hash and its output kept; a changed one is cleaned again", async () => {
    const { input, out, files } = await cleanedOnce();
    const touched = files[1] as string;
    const changed = files[2] as string;
    const touchedOutput = outputOf(out, input, touched);
    const keptAt = statSync(touchedOutput).mtimeMs;
    const now = new Date();
    utimesSync(touched, now, now);
    const changedOutput = outputOf(out, input, changed);
    const before = JSON.parse(readFileSync(changedOutput, "utf8"));
    writeFileSync(
      changed,
      readFileSync(changed, "utf8").replace("Copy number 2.", "Copy number two, edited."),
    );
    const again = await run([input], { outDir: out });
    expect(summaryLine(again.stderr)).toMatch(/ 1 written, 19 unchanged, 0 failed/);
    expect(statSync(touchedOutput).mtimeMs).toBe(keptAt);
    const record = JSON.parse(readFileSync(outputOf(out, input, changed), "utf8"));
    expect(record.id).toBe(sha256(changed));
    expect(record.id).not.toBe(before.id);
  });

  it("a deleted output is written again", async () => {
    const { input, out, files } = await cleanedOnce();
    const output = outputOf(out, input, files[5] as string);
    rmSync(output);
    const again = await run([input], { outDir: out });
    expect(summaryLine(again.stderr)).toMatch(/ 1 written, 19 unchanged/);
    expect(existsSync(output)).toBe(true);
  });

  it("other cleaning options make every output stale", async () => {
    const { input, out } = await cleanedOnce();
    const again = await run([input], { outDir: out, clean: { stripDateline: true } });
    expect(summaryLine(again.stderr)).toMatch(/ 20 written, 0 failed/);
    const same = await run([input], { outDir: out, clean: { stripDateline: true } });
    expect(summaryLine(same.stderr)).toMatch(/ 0 written, 20 unchanged/);
  });

  it("a gone input is reported and its output kept; --prune removes it and its empty folder", async () => {
    const { input, out, files } = await cleanedOnce();
    // d01 holds files 10..19: remove one of d00, and all of d01.
    const gone = [files[0] as string, ...files.slice(10)];
    for (const file of gone) rmSync(file);
    const report = await run([input], { outDir: out });
    expect(report.code).toBe(0);
    expect(summaryLine(report.stderr)).toMatch(
      /^article-clean: 9 inputs, 0 written, 9 unchanged, 0 failed, 11 gone/,
    );
    // Ten lines name a gone input each, one counts the rest.
    expect(report.stderr).toMatch(
      /: warning: input is gone; its output d00\/a0\.txt\.json is kept \(--prune removes it\)\n/,
    );
    expect(report.stderr).toMatch(/article-clean: warning: 1 more input is gone\n/);
    expect(filesUnder(out)).toHaveLength(20);
    const pruned = await run([input], { outDir: out, prune: true });
    expect(pruned.code).toBe(0);
    expect(linesAbout(pruned.stderr, files[0] as string)).toEqual([
      `article-clean: ${files[0]}: warning: input is gone; removed its output d00/a0.txt.json`,
    ]);
    expect(filesUnder(out)).toHaveLength(9);
    expect(existsSync(path.join(out, "d01"))).toBe(false);
    const quiet = await run([input], { outDir: out });
    expect(summaryLine(quiet.stderr)).not.toMatch(/gone/);
  });

  it("--prune refuses to act on a run whose input folder is missing", async () => {
    const { input, out } = await cleanedOnce();
    renameSync(input, `${input}-away`);
    const result = await run([input], { outDir: out, prune: true });
    // No input at all: EX_NOINPUT, so cron notices the unmounted share.
    expect(result.code).toBe(66);
    expect(linesAbout(result.stderr, input)).toEqual([
      `article-clean: ${input}: no such file or directory`,
    ]);
    expect(result.stderr).toContain("article-clean: -: warning: no inputs found: not pruning");
    expect(filesUnder(out)).toHaveLength(20);
  });

  it("cleaning one file into the same out dir does not report the folder's inputs as gone", async () => {
    const { input, out, files } = await cleanedOnce();
    const one = await run([files[0] as string], { outDir: out });
    expect(one.code).toBe(0);
    expect(one.stderr).not.toMatch(/gone/);
    const all = await run([input], { outDir: out });
    expect(summaryLine(all.stderr)).toMatch(/ 0 written, 20 unchanged, 0 failed;/);
  });

  it("a damaged manifest costs a full redo, not a failed run", async () => {
    const { input, out } = await cleanedOnce();
    const manifest = path.join(out, ".article-clean/manifest.db");
    writeFileSync(
      manifest,
      "this is not a SQLite database, but it is long enough to look like one".repeat(100),
    );
    const again = await run([input], { outDir: out });
    expect(again.code).toBe(0);
    expect(summaryLine(again.stderr)).toMatch(/ 20 written, 0 failed/);
    const after = await run([input], { outDir: out });
    expect(summaryLine(after.stderr)).toMatch(/ 0 written, 20 unchanged/);
  });

  it("the corpus profile is learned once per out dir: a grown folder is not re-cleaned whole", async () => {
    const root = tempDir("article-clean-incr-profile-");
    dirs.push(root);
    const input = path.join(root, "in");
    const out = path.join(root, "out");
    const files = makeCorpus(input, 20, { perFolder: 10, ageSeconds: 3600 });
    const corpus = { outDir: out, corpus: "auto", corpusSample: 100 } as const;
    const first = await run([input], corpus);
    expect(summaryLine(first.stderr)).toMatch(/ 20 written, 0 failed/);
    expect(existsSync(path.join(out, ".article-clean/profile.json"))).toBe(true);
    // A new file repeats lines of the others: relearning would change the profile.
    writeFileSync(path.join(input, "d00/new.txt"), readFileSync(files[0] as string));
    const grown = await run([input], corpus);
    expect(summaryLine(grown.stderr)).toMatch(/ 1 written, 20 unchanged, 0 failed/);
    const relearned = await run([input], { ...corpus, force: true });
    expect(summaryLine(relearned.stderr)).toMatch(/ 21 written, 0 failed/);
  });

  it.each(["--force", "--prune"])("%s without --out-dir is a usage error", async (flag) => {
    const result = await runCli([flag, tempDir()]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`article-clean: ${flag} needs --out-dir\n`);
  });
});
