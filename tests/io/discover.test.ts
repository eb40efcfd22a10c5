import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type Discovered, type DiscoverOptions, discoverInputs } from "../../src/io/discover.js";

const OPTIONS: DiscoverOptions = { extensions: ["txt"], exclude: [], unordered: false };

async function collect(args: string[], options = OPTIONS): Promise<Discovered[]> {
  const found: Discovered[] = [];
  for await (const item of discoverInputs(args, options)) found.push(item);
  return found;
}

const paths = (found: Discovered[]) =>
  found.flatMap((f) => (f.kind === "input" ? [f.item.path] : []));
const problems = (found: Discovered[]) =>
  found.flatMap((f) => (f.kind === "problem" ? [f.problem] : []));

/** A tree: b/2.txt, b/1.txt, a.txt, a/x.txt, notes.md, "story[1].txt". */
function tree(): string {
  const root = mkdtempSync(path.join(tmpdir(), "article-clean-discover-"));
  for (const rel of ["b/2.txt", "b/1.txt", "a.txt", "a/x.txt", "notes.md", "story[1].txt"]) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), "text\n");
  }
  return root;
}

describe("discoverInputs", () => {
  it("walks a folder in full-path order, keeping only the chosen extensions", async () => {
    const root = tree();
    const found = await collect([root]);
    const rel = paths(found).map((p) => path.relative(root, p));
    expect(rel).toEqual([
      "a.txt",
      path.join("a", "x.txt"),
      path.join("b", "1.txt"),
      path.join("b", "2.txt"),
      "story[1].txt",
    ]);
  });

  it("expands a glob from its static base, in the same order", async () => {
    const root = tree();
    const found = await collect([`${root}/b/*.txt`]);
    expect(paths(found).map((p) => path.basename(p))).toEqual(["1.txt", "2.txt"]);
    const deep = await collect([`${root}/**/x.txt`]);
    expect(paths(deep).map((p) => path.relative(root, p))).toEqual([path.join("a", "x.txt")]);
  });

  it("takes a name that exists as a file even when it reads like a pattern", async () => {
    const root = tree();
    const file = path.join(root, "story[1].txt");
    expect(paths(await collect([file]))).toEqual([file]);
  });

  it("reports a glob that matches nothing as an error, and goes on", async () => {
    const root = tree();
    const found = await collect([`${root}/nothing/*.txt`, path.join(root, "a.txt")]);
    expect(problems(found)).toHaveLength(1);
    expect(problems(found)[0]).toEqual({
      path: `${root}/nothing/*.txt`,
      reason: `no files match this pattern (${root}/nothing: no such file or directory)`,
      severity: "error",
    });
    expect(paths(found)).toEqual([path.join(root, "a.txt")]);
    const empty = await collect([`${root}/b/*.json`]);
    expect(problems(empty).map((p) => p.reason)).toEqual(["no files match this pattern"]);
  });

  it("never walks an excluded folder (the output dir inside the input dir)", async () => {
    const root = tree();
    const found = await collect([root], { ...OPTIONS, exclude: [path.join(root, "b")] });
    expect(paths(found).some((p) => p.includes(`${path.sep}b${path.sep}`))).toBe(false);
  });

  it("warns once about a directory symlink loop and does not follow it", async () => {
    const root = tree();
    symlinkSync(root, path.join(root, "a", "loop"));
    const found = await collect([root]);
    expect(paths(found)).toHaveLength(5);
    expect(problems(found).map((p) => p.severity)).toEqual(["warning"]);
  });
});
