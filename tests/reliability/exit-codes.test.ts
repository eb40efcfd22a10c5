import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EXIT_CODES_HELP } from "../../src/cli/usage.js";
import { ROOT, runCli, SEED, tempDir } from "../e2e/run-cli.js";

const dirs: string[] = [];
function scratch(): string {
  const dir = tempDir("article-clean-exit-");
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** good.txt, empty.txt (an error) and latin1.txt (a warning). */
function mixedFolder(): string {
  const dir = scratch();
  copyFileSync(SEED, path.join(dir, "good.txt"));
  writeFileSync(path.join(dir, "empty.txt"), "");
  writeFileSync(
    path.join(dir, "latin1.txt"),
    Buffer.from("Caf\xe9 cr\xe8me, the mayor said on Friday.\n", "latin1"),
  );
  return dir;
}

describe("exit codes", () => {
  it("0 when every input was cleaned", async () => {
    expect((await runCli([SEED, "-j", "1"])).code).toBe(0);
  });

  it("1 when some inputs were bad; the others are still written", async () => {
    const result = await runCli([mixedFolder(), "-j", "1"]);
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split("\n")).toHaveLength(2);
  });

  it("--fail-on-empty: 1 when no record was produced, 0 without it", async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, "notes.md"), "not an article");
    const plain = await runCli([dir, "-j", "1", "--allow-empty"]);
    expect(plain.code).toBe(0);
    const alerting = await runCli([dir, "-j", "1", "--allow-empty", "--fail-on-empty"]);
    expect(alerting.code).toBe(1);
    expect(alerting.stderr).toContain(
      "article-clean: -: no records were produced (--fail-on-empty)\n",
    );
  });

  it("-q prints only the errors: no warnings, no summary", async () => {
    const dir = mixedFolder();
    const result = await runCli([dir, "-j", "1", "-q"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `article-clean: ${path.join(dir, "empty.txt")}: empty file, skipped\n`,
    );
    const loud = await runCli([dir, "-j", "1"]);
    expect(loud.stderr).toMatch(/latin1\.txt: warning: not valid UTF-8/);
    expect(loud.stderr).toMatch(/^article-clean: 3 inputs, 2 written, 1 failed/m);
  });

  it.each([
    ["an unknown option", ["--nope", SEED]],
    ["--output in a missing folder", ["--output", "/nonexistent-dir/x.jsonl", SEED]],
    ["--out-dir that is a file", ["-o", SEED, SEED]],
    ["--out-dir and --output together", ["-o", "x", "--output", "y", SEED]],
  ])("2 for a usage or configuration error: %s, in one line", async (_what, args) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^article-clean: /);
    expect(result.stderr).not.toMatch(/\n {4}at /);
  });

  it("--help and the README document the same codes", async () => {
    for (const args of [["--help"], ["clean", "--help"]]) {
      const help = await runCli(args);
      expect(help.stdout).toContain(EXIT_CODES_HELP.trim());
    }
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    for (const code of ["0", "1", "2", "75", "130 / 143"])
      expect(readme).toMatch(new RegExp(`^\\| ${code} \\|`, "m"));
  });
});
