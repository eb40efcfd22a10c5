import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, runCli, SEED, tempDir } from "../e2e/run-cli.js";
import { filesUnder, makeCorpus } from "./harness.js";
import { mountTmpfs, resizeTmpfs, tmpfsSkipReason, unmount } from "./tmpfs.js";

let root: string;
let input: string;
const mounts: string[] = [];

beforeAll(() => {
  root = tempDir("article-clean-write-errors-");
  input = path.join(root, "in");
  makeCorpus(input, 300, { perFolder: 50 });
});
afterAll(() => {
  for (const dir of mounts) unmount(dir);
  rmSync(root, { recursive: true, force: true });
});

/** Run the CLI with stdout redirected by the shell, as a user would. */
function shell(command: string): { code: number | null; stderr: string } {
  const result = spawnSync("bash", ["-c", command], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: result.status, stderr: result.stderr };
}

const cli = `"${process.execPath}" "${BIN}"`;

describe("write errors on stdout", () => {
  it("records to a full stdout (> /dev/full): one line naming stdout, exit 74, never 0", () => {
    const result = shell(`${cli} "${input}" -j 1 -q > /dev/full`);
    expect(result.code).toBe(74);
    expect(result.stderr).toBe(
      "article-clean: stdout: cannot write records: disk full (no space left on device); stopped\n",
    );
  });

  it.each([
    ["schema", "schema"],
    ["explain", `explain "${SEED}"`],
    ["--help", "--help"],
  ])("%s > /dev/full: one line, exit 74", (_name, args) => {
    const result = shell(`${cli} ${args} > /dev/full`);
    expect(result.code).toBe(74);
    expect(result.stderr).toBe(
      "article-clean: stdout: cannot write: disk full (no space left on device)\n",
    );
  });

  it.each([
    ["--help", "--help"],
    ["help clean", "help clean"],
    ["explain", `explain "${SEED}"`],
  ])("%s | head -1: a quiet exit 0", (_name, args) => {
    const result = shell(
      `${cli} ${args} | head -c 10 > /dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`,
    );
    expect(result.stderr).toBe("exit=0\n");
  });
});

describe.skipIf(tmpfsSkipReason)(`a full disk under -o (${tmpfsSkipReason ?? "tmpfs"})`, () => {
  it("stops at the first ENOSPC: one line, exit 74, no temp file left; the next run resumes", async () => {
    const out = path.join(root, "full-out");
    mountTmpfs(out, "160k");
    mounts.push(out);
    const full = await runCli([input, "-o", out, "-j", "2"]);
    expect(full.code).toBe(74);
    const errors = full.stderr.split("\n").filter((line) => !line.includes("warning:"));
    expect(
      errors.filter((line) => line !== "" && !/^article-clean: \d+ inputs,/.test(line)),
    ).toEqual([
      `article-clean: ${out}: cannot write records: disk full (no space left on device); stopped`,
    ]);
    expect(full.stderr).not.toMatch(/SqliteError|internal error|\n\s+at /);
    // Outputs written before the disk filled up are whole; no temp file is left.
    const written = filesUnder(out);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(300);
    for (const file of written) JSON.parse(readFileSync(path.join(out, file), "utf8"));
    expect(readdirSync(path.join(out, ".article-clean"))).not.toContain("tmp");
    resizeTmpfs(out, "8m");
    const resumed = await runCli([input, "-o", out, "-j", "2"]);
    expect(resumed.code).toBe(0);
    expect(filesUnder(out)).toHaveLength(300);
  });

  it("--output on a full disk: one line naming the file, exit 74, the temp file removed", async () => {
    const dir = path.join(root, "full-file");
    mountTmpfs(dir, "64k");
    mounts.push(dir);
    const target = path.join(dir, "records.jsonl");
    const result = await runCli([input, "--output", target, "-j", "1", "-q"]);
    expect(result.code).toBe(74);
    expect(result.stderr).toBe(
      `article-clean: ${target}: cannot write records: disk full (no space left on device); stopped\n`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});
