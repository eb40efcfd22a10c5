import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ArticleRecordSchema } from "../../src/schema.js";
import { parseNdjson, ROOT, runCli, SEED, tempDir } from "./run-cli.js";

const CASES = path.join(ROOT, "fixtures/cases");

/** A small input tree: two golden cases in nested folders. */
function makeTree(): string {
  const dir = tempDir();
  mkdirSync(path.join(dir, "a"), { recursive: true });
  mkdirSync(path.join(dir, "b/c"), { recursive: true });
  copyFileSync(path.join(CASES, "no-boilerplate/input.txt"), path.join(dir, "a/one.txt"));
  copyFileSync(path.join(CASES, "tass-russian/input.txt"), path.join(dir, "b/c/two.txt"));
  writeFileSync(path.join(dir, "b/notes.md"), "not an article");
  return dir;
}

describe("article-clean CLI", () => {
  it("prints one valid NDJSON record for the sample scrape, and nothing else on stdout", async () => {
    const result = await runCli([SEED]);
    expect(result.code).toBe(0);
    const records = parseNdjson(result.stdout);
    expect(records).toHaveLength(1);
    const record = ArticleRecordSchema.parse(records[0]);
    expect(record.headline).toBe(
      "Japanese and Russian FM Discuss Kuril Islands Issue, Bilateral Ties in Tokyo",
    );
    expect(result.stderr).toMatch(/1 written/);
  });

  it("walks a directory for *.txt in path order", async () => {
    const dir = makeTree();
    const result = await runCli([dir]);
    expect(result.code).toBe(0);
    expect(parseNdjson(result.stdout).map((r) => path.relative(dir, r.path as string))).toEqual([
      "a/one.txt",
      "b/c/two.txt",
    ]);
  });

  it("--ext picks other extensions", async () => {
    const dir = makeTree();
    const result = await runCli([dir, "--ext", "md"]);
    expect(parseNdjson(result.stdout).map((r) => path.basename(r.path as string))).toEqual([
      "notes.md",
    ]);
  });

  it("--format json prints one JSON array", async () => {
    const result = await runCli([makeTree(), "--format", "json"]);
    const array = JSON.parse(result.stdout);
    expect(Array.isArray(array)).toBe(true);
    expect(array).toHaveLength(2);
  });

  it("--out-dir mirrors the input tree with one .json per input", async () => {
    const dir = makeTree();
    const out = tempDir();
    const result = await runCli([dir, "-o", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    const record = JSON.parse(readFileSync(path.join(out, "b/c/two.txt.json"), "utf8"));
    expect(record.source).toBe("TASS");
    expect(existsSync(path.join(out, "a/one.txt.json"))).toBe(true);
  });

  it("reads one article from stdin with -", async () => {
    const result = await runCli(["-"], { stdin: readFileSync(SEED) });
    const [record] = parseNdjson(result.stdout);
    expect(record?.path).toBe("-");
    expect(record?.source).toBe("Sputnik");
  });

  it("reads a list of paths with --files-from, newline- or NUL-separated", async () => {
    const dir = makeTree();
    const list = [path.join(dir, "b/c/two.txt"), path.join(dir, "a/one.txt")];
    const lines = await runCli(["--files-from", "-"], { stdin: `${list.join("\n")}\n` });
    expect(parseNdjson(lines.stdout)).toHaveLength(2);
    const nul = await runCli(["--files-from", "-", "--null"], { stdin: `${list.join("\0")}\0` });
    expect(parseNdjson(nul.stdout).map((r) => r.path)).toEqual(list);
  });

  it("reports a missing file on one line, still writes the others, and exits 1", async () => {
    const missing = path.join(tempDir(), "missing.txt");
    const result = await runCli([missing, SEED]);
    expect(result.code).toBe(1);
    expect(parseNdjson(result.stdout)).toHaveLength(1);
    expect(result.stderr).toContain(`article-clean: ${missing}: no such file or directory\n`);
  });

  it("exits 2 on a bad option and suggests the right one", async () => {
    const result = await runCli(["--ouput", "x.jsonl", SEED]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/unknown option '--ouput'/);
    expect(result.stderr).toMatch(/--output/);
  });

  it("prints the JSON Schema of the record", async () => {
    const result = await runCli(["schema"]);
    const schema = JSON.parse(result.stdout);
    expect(schema.properties.headline).toBeDefined();
  });

  it("never writes an out-dir file outside the output dir", async () => {
    const dir = makeTree();
    const out = tempDir();
    const result = await runCli([path.join(dir, "a/one.txt"), "-o", out]);
    expect(result.code).toBe(0);
    const all = readdirSync(out, { recursive: true }).map(String);
    expect(all.some((p) => p.endsWith("one.txt.json"))).toBe(true);
  });
});
