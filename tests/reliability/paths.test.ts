import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, SEED, tempDir } from "../e2e/run-cli.js";
import { filesUnder, linesAbout, summaryLine } from "./harness.js";

const dirs: string[] = [];
function scratch(prefix: string): string {
  const dir = tempDir(prefix);
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("output paths stay inside the out dir", () => {
  it("an input path like ../../etc/passwd is written under the out dir", async () => {
    const root = scratch("article-clean-escape-");
    mkdirSync(path.join(root, "etc"));
    copyFileSync(SEED, path.join(root, "etc/passwd"));
    const cwd = path.join(root, "work/here");
    mkdirSync(cwd, { recursive: true });
    const out = path.join(root, "out");
    const args = ["../../etc/passwd", "-o", out, "-j", "1"];
    const result = await runCli(args, { cwd });
    expect(result.code).toBe(0);
    // The only file created anywhere is the one record, inside the out dir.
    expect(filesUnder(root)).toEqual(["etc/passwd", "out/etc/passwd.json"]);
    const record = JSON.parse(readFileSync(path.join(out, "etc/passwd.json"), "utf8"));
    expect(record.path).toBe("../../etc/passwd");
    // --files-from names files by their whole path: the same rule applies.
    const listed = await runCli(["--files-from", "-", "-o", out, "--force", "-j", "1"], {
      cwd,
      stdin: "../../etc/passwd\n",
    });
    expect(listed.code).toBe(0);
    expect(filesUnder(root)).toEqual(["etc/passwd", "out/etc/passwd.json"]);
  });

  it("a name with a newline becomes one file, spelled %0A, apart from its lookalike", async () => {
    const dir = scratch("article-clean-newline-");
    const out = path.join(scratch("article-clean-newline-out-"), "out");
    const newline = path.join(dir, "evil\nname.txt");
    const lookalike = path.join(dir, "evil_name.txt");
    copyFileSync(SEED, newline);
    copyFileSync(path.join(path.dirname(SEED), "cases/tass-russian/input.txt"), lookalike);
    writeFileSync(path.join(dir, "empty\n.txt"), "");
    const result = await runCli([dir, "-o", out, "-j", "1"]);
    expect(filesUnder(out)).toEqual(["evil%0Aname.txt.json", "evil_name.txt.json"]);
    const record = JSON.parse(readFileSync(path.join(out, "evil%0Aname.txt.json"), "utf8"));
    expect(record.path).toBe(path.join(dir, "evil%0Aname.txt"));
    // Every stderr line is one line: the newline in the name is spelled, not passed through.
    expect(linesAbout(result.stderr, path.join(dir, "empty%0A.txt"))).toEqual([
      `article-clean: ${dir}/empty%0A.txt: empty file, skipped`,
    ]);
    for (const line of result.stderr.trimEnd().split("\n"))
      expect(line).toMatch(/^article-clean: /);
  });

  it("two inputs that would share an output file: the second is refused, not an overwrite", async () => {
    // From root/work, `../here/a.txt` and `here/a.txt` are two files, both `here/a.txt` under -o.
    const root = scratch("article-clean-clash-");
    for (const dir of ["here", "work/here"]) mkdirSync(path.join(root, dir), { recursive: true });
    copyFileSync(SEED, path.join(root, "here/a.txt"));
    copyFileSync(
      path.join(path.dirname(SEED), "cases/tass-russian/input.txt"),
      path.join(root, "work/here/a.txt"),
    );
    const out = path.join(root, "out");
    const result = await runCli(["--files-from", "-", "-o", out, "-j", "1"], {
      cwd: path.join(root, "work"),
      stdin: "../here/a.txt\nhere/a.txt\n",
    });
    expect(filesUnder(out)).toEqual(["here/a.txt.json"]);
    const record = JSON.parse(readFileSync(path.join(out, "here/a.txt.json"), "utf8"));
    expect(record.path).toBe("../here/a.txt");
    expect(linesAbout(result.stderr, "here/a.txt")).toEqual([
      "article-clean: here/a.txt: writes the same output file (here/a.txt.json) as ../here/a.txt, skipped",
    ]);
    expect(result.code).toBe(1);
  });
});

describe("an out dir inside the input dir is never read back", () => {
  /** in/a.txt, in/b/c.txt, out dir in/out, and a link in/b/to-out -> ../out. */
  function tree(): { input: string; out: string } {
    const input = scratch("article-clean-nested-");
    mkdirSync(path.join(input, "b"));
    copyFileSync(SEED, path.join(input, "a.txt"));
    copyFileSync(SEED, path.join(input, "b/c.txt"));
    const out = path.join(input, "out");
    mkdirSync(out);
    symlinkSync("../out", path.join(input, "b/to-out"));
    return { input, out };
  }

  // --ext txt,json would pick up the records (*.txt.json) if the walk went into the out dir.
  it.each([
    ["ordered", []],
    ["--unordered", ["--unordered"]],
  ] as const)("%s walk", async (_mode, extra) => {
    const { input, out } = tree();
    const first = await runCli([input, "-o", out, "--ext", "txt,json", "-j", "1", ...extra]);
    expect(first.code).toBe(0);
    expect(summaryLine(first.stderr)).toMatch(/^article-clean: 2 inputs, 2 written, 0 failed/);
    const again = await runCli([
      input,
      "-o",
      out,
      "--ext",
      "txt,json",
      "-j",
      "1",
      "--force",
      ...extra,
    ]);
    expect(summaryLine(again.stderr)).toMatch(/^article-clean: 2 inputs, 2 written, 0 failed/);
    expect(filesUnder(out)).toEqual(["a.txt.json", "b/c.txt.json"]);
  });
});
