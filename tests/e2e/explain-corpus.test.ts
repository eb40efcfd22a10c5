import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_TEXTS } from "../reliability/harness.js";
import { parseNdjson, runCli, tempDir } from "./run-cli.js";

let root: string;
const FILE = "dev/site/story-7.txt";

beforeAll(() => {
  root = tempDir("article-clean-explain-corpus-");
  // One site's folder whose files share a furniture line: what only the corpus pass cuts.
  const dir = path.join(root, "dev/site");
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < 24; i++) {
    const paragraphs = (CASE_TEXTS[i % CASE_TEXTS.length] as string).trim().split(/\n\s*\n/);
    paragraphs.splice(1 + (i % Math.max(1, paragraphs.length - 1)), 0, "Zebra Quill Weekly Digest");
    writeFileSync(path.join(dir, `story-${i}.txt`), `${paragraphs.join("\n\n")}\n\nCopy ${i}.\n`);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The kinds a folder run removed from FILE, from its `--explain` record. */
async function runRemoved(args: readonly string[], file = FILE): Promise<string[]> {
  const run = await runCli([...args, "--explain", "-j", "1"], { cwd: root });
  const record = parseNdjson(run.stdout).find((r) => r.path === file);
  return ((record?.removed as { kind: string }[]) ?? []).map((r) => r.kind);
}

/** The kinds the explain view shows as cut, in order. */
async function explainCuts(args: readonly string[]): Promise<string[]> {
  const view = await runCli(["explain", FILE, ...args], { cwd: root });
  expect(view.code).toBe(0);
  return view.stdout
    .split("\n")
    .map((line) => /^cut (\w+)/.exec(line)?.[1])
    .filter((kind): kind is string => kind !== undefined);
}

describe("explain agrees with a folder run on the same file (issue 14)", () => {
  it("--corpus DIR: the view shows exactly what `article-clean DIR` did", async () => {
    const run = await runRemoved(["dev"]);
    expect(run).toContain("repeated");
    expect(await explainCuts(["--corpus", "dev"])).toEqual(run);
  });

  it("--profile FILE: the view shows what `article-clean DIR --profile FILE` did", async () => {
    expect((await runCli(["learn", "dev", "-o", "p.json", "-q"], { cwd: root })).code).toBe(0);
    // The run spells the folder absolute, explain names the file relative: the same scope.
    const run = await runRemoved(
      [path.join(root, "dev"), "--profile", "p.json"],
      path.join(root, FILE),
    );
    expect(run).toContain("repeated");
    expect(await explainCuts(["--profile", "p.json"])).toEqual(run);
  });

  it("--corpus must contain the file", async () => {
    const view = await runCli(["explain", FILE, "--corpus", "elsewhere"], { cwd: root });
    expect(view.code).toBe(2);
  });
});
