import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ArticleRecordSchema } from "../../src/schema.js";

/** One record per golden case: the summary counts them. */
const CASE_COUNT = readdirSync(path.join(ROOT, "fixtures/cases")).length;

import { BIN, parseNdjson, ROOT, runCli, SEED, tempDir } from "./run-cli.js";

const ESC = String.fromCharCode(27);
/** Colour (SGR) codes only: what NO_COLOR must remove. Cursor moves for the bar are not colour. */
const COLOUR = new RegExp(`${ESC}\\[[0-9;]*m`);

/** An environment with no opinion on colour, like a fresh login shell. */
function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TERM: "xterm-256color", ...extra };
  for (const key of ["NO_COLOR", "FORCE_COLOR", "CI"]) if (!(key in extra)) delete env[key];
  return env;
}

/**
 * Run a shell command under a pseudo-terminal (util-linux `script`), so the
 * CLI sees a TTY on stderr the way it does when a person runs it. Returns
 * what the terminal showed.
 */
function inTerminal(
  command: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; screen: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("script", ["-qfec", command, "/dev/null"], { cwd: ROOT, env });
    let screen = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      screen += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, screen }));
    child.stdin.end();
  });
}

/**
 * Twelve inputs listed in a file, fed to `--files-from -`. With `slow`, the
 * list is held back after its first line until the first record is out (so
 * the CLI has started, however long node takes to load; 30 s at most), then 1.5 s more:
 * the run outlasts the bar's one-second delay on any machine.
 */
function listRun(extraArgs = "", slow = false) {
  const dir = tempDir();
  const cases = path.join(ROOT, "fixtures/cases");
  const names = ["afp-french", "dpa-german", "tass-russian", "no-boilerplate"];
  const files: string[] = [];
  for (let i = 0; i < 12; i++) {
    const file = path.join(dir, `in/${String(i).padStart(2, "0")}.txt`);
    mkdirSync(path.dirname(file), { recursive: true });
    copyFileSync(path.join(cases, names[i % names.length] as string, "input.txt"), file);
    files.push(file);
  }
  writeFileSync(path.join(dir, "list.txt"), `${files.join("\n")}\n`);
  const out = path.join(dir, "out.jsonl");
  const list = slow
    ? `{ head -n 1 ${dir}/list.txt; for i in $(seq 300); do [ -s ${out} ] && break; sleep 0.1; done; sleep 1.5; tail -n +2 ${dir}/list.txt; }`
    : `cat ${dir}/list.txt`;
  const command = `${list} | ${process.execPath} ${BIN} --files-from - --jobs 1 ${extraArgs} > ${out}`;
  return { command, out };
}

describe("on a terminal", () => {
  it("has the script tool this test drives the CLI with", () => {
    expect(() => execFileSync("script", ["--version"])).not.toThrow();
  });

  it("shows a progress line for a run over a second, then the multi-line summary", async () => {
    const run = listRun("", true);
    const { code, screen } = await inTerminal(run.command, cleanEnv());
    expect(code).toBe(0);
    expect(screen).toMatch(/\d+ files? · .*\(total not known yet\)/);
    const summary = screen.slice(screen.lastIndexOf("article-clean:"));
    expect(summary).toMatch(/^article-clean:\S* 12 inputs in [\d.]+s \([\d.,]+ files\/s\)/);
    expect(summary).toMatch(/written\S* +\S*12\S* +records/);
    expect(summary).toMatch(/lines removed\S* +\S*\d+\S* +\d+ \w+/);
    expect(screen).toMatch(COLOUR);
    // The records went to the file, whole.
    const records = parseNdjson(readFileSync(run.out, "utf8"));
    expect(records).toHaveLength(12);
    for (const record of records) ArticleRecordSchema.parse(record);
  });

  it("draws the bar and summary without colour under NO_COLOR=1", async () => {
    const run = listRun("", true);
    const { screen } = await inTerminal(run.command, cleanEnv({ NO_COLOR: "1" }));
    expect(screen).toMatch(/total not known yet/);
    expect(screen).toMatch(/written +12 +records/);
    expect(screen).not.toMatch(COLOUR);
  });

  it("draws no colour with --color never, even with FORCE_COLOR", async () => {
    const run = listRun("--color never");
    const { screen } = await inTerminal(run.command, cleanEnv({ FORCE_COLOR: "1" }));
    expect(screen).toMatch(/written +12 +records/);
    expect(screen).not.toMatch(COLOUR);
  });

  it("prints nothing at all with --quiet", async () => {
    const run = listRun("--quiet", true);
    const { code, screen } = await inTerminal(run.command, cleanEnv());
    expect(code).toBe(0);
    expect(screen).toBe("");
  });

  it("prints the summary but no bar when the records come to the terminal too", async () => {
    const { screen } = await inTerminal(`${process.execPath} ${BIN} --jobs 1 ${SEED}`, cleanEnv());
    expect(screen).toContain('"headline":"Japanese and Russian FM');
    expect(screen).toMatch(/written\S* +\S*1\S* +record/);
    expect(screen).not.toContain("files ·");
  });
});

describe("in a pipe", () => {
  it("writes no escape codes to stdout or stderr, and one summary line", async () => {
    const result = await runCli([path.join(ROOT, "fixtures/cases"), "--jobs", "1"], {
      env: { NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: "xterm-256color" },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(ESC);
    expect(result.stderr).not.toContain(ESC);
    expect(result.stderr).toMatch(
      new RegExp(
        `^article-clean: ${CASE_COUNT} inputs, ${CASE_COUNT} written, 0 failed; \\d+ lines removed; [\\d.]+s, \\d+ files/s\n$`,
      ),
    );
  });

  it("colours stderr when asked (--color always or FORCE_COLOR), still with no bar", async () => {
    const missing = path.join(tempDir(), "missing.txt");
    for (const how of [
      { args: ["--color", "always"], env: {} },
      { args: [], env: { FORCE_COLOR: "1" } },
    ]) {
      const result = await runCli([...how.args, "--jobs", "1", missing, SEED], {
        env: { NO_COLOR: undefined, ...how.env },
      });
      expect(result.stderr).toMatch(COLOUR);
      expect(result.stdout).not.toContain(ESC);
      expect(result.stderr.trimEnd().split("\n")).toHaveLength(2);
    }
  });
});
