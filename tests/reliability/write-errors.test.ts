import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

  it("-j 1: nothing after the input that filled the disk is written", async () => {
    // Seven small files, then one too big for the space left, then forty
    // more small ones: at --jobs 1 files go in batches, and the batch must
    // end at the failure, not write the small files after it.
    const small = path.join(root, "batch-in");
    mkdirSync(small, { recursive: true });
    const paragraph = "The council met on Tuesday and voted on the budget for next year. ";
    const article = (title: string, repeat: number) =>
      `${title}\n\nMADRID (Reuters) - ${paragraph.repeat(repeat)}\n`;
    for (let i = 1; i <= 7; i++)
      writeFileSync(path.join(small, `a_${i}.txt`), article(`Small story ${i}`, 3));
    writeFileSync(path.join(small, "b_big.txt"), article("A very long story", 4000));
    for (let i = 1; i <= 40; i++)
      writeFileSync(
        path.join(small, `c_${String(i).padStart(2, "0")}.txt`),
        article(`Late ${i}`, 3),
      );
    const out = path.join(root, "batch-out");
    mountTmpfs(out, "240k");
    mounts.push(out);
    const result = await runCli([small, "-o", out, "-j", "1", "-q", "--no-corpus"]);
    expect(result.code).toBe(74);
    const written = filesUnder(out).filter((file) => file.endsWith(".json"));
    expect(written.filter((file) => file.startsWith("a_"))).toHaveLength(7);
    expect(written.filter((file) => !file.startsWith("a_"))).toEqual([]);
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
