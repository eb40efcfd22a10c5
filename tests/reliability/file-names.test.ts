import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, parseNdjson, ROOT, runCli, SEED, tempDir } from "../e2e/run-cli.js";
import { filesUnder, summaryLine } from "./harness.js";

const sh = promisify(execFile);
const TASS = path.join(ROOT, "fixtures/cases/tass-russian/input.txt");

const dirs: string[] = [];
function scratch(prefix: string): string {
  const dir = tempDir(prefix);
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A path whose last parts are bytes: `join(dir, "latin", [0xe9], ".txt")`. */
function bytePath(dir: string, ...parts: (string | number[])[]): Buffer {
  return Buffer.concat([
    Buffer.from(`${dir}/`),
    ...parts.map((part) => (typeof part === "string" ? Buffer.from(part) : Buffer.from(part))),
  ]);
}

/**
 * Run the CLI from bash, whose `$'\xe9'` puts the byte itself in an
 * argument: Node's spawn encodes its arguments as UTF-8 and cannot.
 */
async function runShell(script: string, cwd: string) {
  try {
    const { stdout, stderr } = await sh("bash", ["-c", script], {
      cwd,
      env: { ...process.env, NO_COLOR: "1", CLI: `${process.execPath} ${BIN}` },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/**
 * A spelled name's bytes, decoded as the README tells users to (each `%XX`
 * is byte XX, the rest UTF-8): written here, not imported, so the test holds
 * the tool to what its users were told.
 */
function nameBytes(spelled: string): Buffer {
  return Buffer.concat(
    spelled
      .split(/(%[0-9A-F]{2})/)
      .map((part, i) =>
        i % 2 ? Buffer.from([Number.parseInt(part.slice(1), 16)]) : Buffer.from(part),
      ),
  );
}

/** The bytes a record's `path` names, opened as a file: its id must be their SHA-256. */
function idOfNamedFile(cwd: string, recordPath: string): string {
  const name = nameBytes(recordPath);
  const file = path.isAbsolute(recordPath) ? name : Buffer.concat([Buffer.from(`${cwd}/`), name]);
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** in/latin\xe9.txt, in/dir\xff/x.txt, in/100%.txt, in/plain.txt. */
function oddTree(): string {
  const root = scratch("article-clean-names-");
  const input = path.join(root, "in");
  mkdirSync(input);
  writeFileSync(bytePath(input, "latin", [0xe9], ".txt"), readFileSync(SEED));
  mkdirSync(bytePath(input, "dir", [0xff]));
  writeFileSync(bytePath(input, "dir", [0xff], "/x.txt"), readFileSync(TASS));
  copyFileSync(SEED, path.join(input, "100%.txt"));
  copyFileSync(TASS, path.join(input, "plain.txt"));
  return root;
}

const SPELLED = ["in/100%25.txt", "in/dir%FF/x.txt", "in/latin%E9.txt", "in/plain.txt"];

describe("file names that are not UTF-8", () => {
  it("a folder walk finds them; each record's path spells its file, which it maps back to", async () => {
    const root = oddTree();
    const result = await runCli(["in", "-j", "1"], { cwd: root });
    // Nothing to say but the summary: every file was found and read.
    expect(result.stderr.trimEnd().split("\n")).toEqual([summaryLine(result.stderr)]);
    expect(summaryLine(result.stderr)).toMatch(/^article-clean: 4 inputs, 4 written, 0 failed/);
    expect(result.code).toBe(0);
    const records = parseNdjson(result.stdout);
    expect(records.map((r) => r.path)).toEqual(SPELLED);
    for (const record of records)
      expect(idOfNamedFile(root, record.path as string)).toBe(record.id);
  });

  it("as arguments: read by their bytes, and named in messages by the same spelling", async () => {
    const root = oddTree();
    const result = await runShell(
      `$CLI $'in/latin\\xe9.txt' $'in/dir\\xff' $'in/gone\\xe9.txt' -j 1`,
      root,
    );
    expect(result.code).toBe(1);
    expect(parseNdjson(result.stdout).map((r) => r.path)).toEqual([
      "in/latin%E9.txt",
      "in/dir%FF/x.txt",
    ]);
    expect(result.stderr.split("\n")[0]).toBe(
      "article-clean: in/gone%E9.txt: no such file or directory",
    );
  });

  it.each([
    ["--null", "\0"],
    ["lines", "\n"],
  ])("via --files-from (%s)", async (mode, separator) => {
    const root = oddTree();
    const names = [
      bytePath("in", "latin", [0xe9], ".txt"),
      bytePath("in", "dir", [0xff], "/x.txt"),
      Buffer.from("in/100%.txt"),
    ];
    const list = Buffer.concat(names.flatMap((name) => [name, Buffer.from(separator)]));
    const args = ["--files-from", "-", "-j", "1", ...(mode === "--null" ? ["--null"] : [])];
    const result = await runCli(args, { cwd: root, stdin: list });
    expect(result.code).toBe(0);
    const records = parseNdjson(result.stdout);
    expect(records.map((r) => r.path)).toEqual([
      "in/latin%E9.txt",
      "in/dir%FF/x.txt",
      "in/100%25.txt",
    ]);
    for (const record of records)
      expect(idOfNamedFile(root, record.path as string)).toBe(record.id);
  });

  it("under -o: reversible output names, and the next run finds them unchanged", async () => {
    const root = oddTree();
    const first = await runCli(["in", "-o", "out", "-j", "1"], { cwd: root });
    expect(first.code).toBe(0);
    expect(filesUnder(path.join(root, "out"))).toEqual([
      "100%25.txt.json",
      "dir%FF/x.txt.json",
      "latin%E9.txt.json",
      "plain.txt.json",
    ]);
    // The output's name, decoded, is the input's path relative to in/.
    for (const output of filesUnder(path.join(root, "out"))) {
      const record = JSON.parse(readFileSync(path.join(root, "out", output), "utf8"));
      expect(`in/${output.slice(0, -".json".length)}`).toBe(record.path);
    }
    const again = await runCli(["in", "-o", "out", "-j", "1"], { cwd: root });
    expect(summaryLine(again.stderr)).toMatch(
      /^article-clean: 4 inputs, 0 written, 4 unchanged, 0 failed/,
    );
  });

  it("a bad input is one line in that spelling; -o itself must be a UTF-8 name", async () => {
    const root = oddTree();
    writeFileSync(bytePath(path.join(root, "in"), "empty", [0xe9], ".txt"), "");
    const bad = await runCli(["in", "-j", "1"], { cwd: root });
    expect(bad.code).toBe(1);
    expect(bad.stderr.split("\n")[0]).toBe("article-clean: in/empty%E9.txt: empty file, skipped");
    const out = await runShell(`$CLI in -o $'out\\xe9'`, root);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(
      /^article-clean: --out-dir out%E9: names that are not UTF-8 are read as inputs only/,
    );
    expect(readdirSync(root)).toEqual(["in"]);
  });
});

describe("a backslash in a name", () => {
  it("is one file under -o, not a folder, and the next run maps it to the same output", async () => {
    const root = scratch("article-clean-backslash-");
    mkdirSync(path.join(root, "in"));
    copyFileSync(SEED, path.join(root, "in", "a\\b.txt"));
    const first = await runCli(["in", "-o", "out", "-j", "1"], { cwd: root });
    expect(first.code).toBe(0);
    expect(readdirSync(path.join(root, "out")).sort()).toEqual([
      ".article-clean",
      "a%5Cb.txt.json",
    ]);
    const record = JSON.parse(readFileSync(path.join(root, "out", "a%5Cb.txt.json"), "utf8"));
    expect(record.path).toBe("in/a\\b.txt");
    const again = await runCli(["in", "-o", "out", "-j", "1", "--prune"], { cwd: root });
    expect(summaryLine(again.stderr)).toMatch(
      /^article-clean: 1 input, 0 written, 1 unchanged, 0 failed/,
    );
    expect(again.stderr).not.toMatch(/gone/);
    expect(filesUnder(path.join(root, "out"))).toEqual(["a%5Cb.txt.json"]);
  });
});
