import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { article } from "../dedupe/texts.js";
import { parseNdjson, runCli, tempDir } from "./run-cli.js";

type Rec = Record<string, unknown> & { path: string; id: string; duplicate_of: string | null };

/** The same article as another outlet prints it: its own header and widgets around the text. */
function syndicated(text: string, outlet: string): string {
  return `Title: Council news | ${outlet}\nURL: https://www.${outlet}.example/news/story\n\n${text}\n\nShare this article\n© 2019 ${outlet}. All rights reserved.\n`;
}

function write(root: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
}

/**
 * `originals` articles under o/, and a copy of every fifth of them under
 * another outlet's furniture, at a path that sorts before (a0/) or after
 * (z9/) its original. Returns the expected group of every path: its article.
 */
function corpus(root: string, originals: number): Map<string, number> {
  const groups = new Map<string, number>();
  const files: Record<string, string> = {};
  for (let n = 0; n < originals; n++) {
    const name = `o/${String(Math.floor(n / 100)).padStart(2, "0")}/${String(n).padStart(4, "0")}.txt`;
    files[name] = `${article(n)}\n`;
    groups.set(name, n);
    if (n % 5 !== 0) continue;
    const copy = `${n % 2 ? "a0" : "z9"}/${String(n).padStart(4, "0")}.txt`;
    files[copy] = syndicated(article(n), n % 2 ? "Valley Courier" : "Northern Herald");
    groups.set(copy, n);
  }
  write(root, files);
  return new Map([...groups].map(([name, group]) => [path.join(root, name), group]));
}

/** What duplicate_of must be: null for the first record of each article in path order, else its id. */
function expectGroups(records: Rec[], groups: Map<string, number>): void {
  const first = new Map<number, string>();
  for (const record of records) {
    const group = groups.get(record.path) as number;
    expect(group, record.path).toBeDefined();
    const id = first.get(group);
    if (id === undefined) {
      first.set(group, record.id);
      expect(record.duplicate_of, `${record.path} is its article's first record`).toBeNull();
    } else expect(record.duplicate_of, `${record.path} copies an earlier record`).toBe(id);
  }
}

describe("--dedupe", () => {
  it("gives the same duplicate_of at --jobs 1 and --jobs 2, the first record in path order of each article", async () => {
    const dir = tempDir();
    // Past 500 inputs a run starts its worker pool: both threads really clean.
    const groups = corpus(dir, 640);
    const one = await runCli([dir, "--dedupe", "--jobs", "1", "-q"]);
    const two = await runCli([dir, "--dedupe", "--jobs", "2", "-q"]);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const records = parseNdjson(one.stdout) as Rec[];
    expect(records).toHaveLength(groups.size);
    expectGroups(records, groups);
    const copies = records.filter((r) => r.duplicate_of !== null);
    expect(copies).toHaveLength(128);
    for (const copy of copies) expect(copy.similarity as number).toBeGreaterThanOrEqual(0.6);
  });

  it("--dedupe=drop writes only the first record of each article and counts what it dropped", async () => {
    const dir = tempDir();
    const groups = corpus(dir, 40);
    const marked = parseNdjson((await runCli([dir, "--dedupe", "-q"])).stdout) as Rec[];
    const run = await runCli([dir, "--dedupe=drop"]);
    expect(run.code).toBe(0);
    const kept = parseNdjson(run.stdout) as Rec[];
    expect(kept.map((r) => r.path)).toEqual(
      marked.filter((r) => r.duplicate_of === null).map((r) => r.path),
    );
    expect(kept).toHaveLength(groups.size - 8);
    expect(run.stderr).toContain("40 written");
    expect(run.stderr).toContain("8 duplicates dropped (8 groups)");
  });

  it("names the record a copy duplicates with --explain", async () => {
    const dir = tempDir();
    corpus(dir, 10);
    const records = parseNdjson(
      (await runCli([dir, "--dedupe", "--explain", "-q"])).stdout,
    ) as Rec[];
    const copy = records.find((r) => r.path.endsWith("z9/0000.txt")) as Rec;
    expect(copy.duplicate_of_path).toBe(path.join(dir, "o/00/0000.txt"));
    expect(records.find((r) => r.path.endsWith("o/00/0001.txt"))?.duplicate_of_path).toBeNull();
  });

  it("leaves a plain run's records as they were: no new fields without --dedupe", async () => {
    const dir = tempDir();
    corpus(dir, 5);
    for (const record of parseNdjson((await runCli([dir, "-q"])).stdout)) {
      expect(record).not.toHaveProperty("duplicate_of");
      expect(record).not.toHaveProperty("similarity");
    }
  });
});

describe("--dedupe into one output folder, night after night", () => {
  const outputs = (out: string) =>
    readdirSync(out, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".json") && !f.startsWith(".article-clean"))
      .sort()
      .map((f) => JSON.parse(readFileSync(path.join(out, f), "utf8")) as Rec);

  it("points tonight's copy of last week's article at last week's record, even when it sorts first", async () => {
    const root = tempDir();
    const input = path.join(root, "in");
    const out = path.join(root, "out");
    write(
      input,
      Object.fromEntries([...Array(30).keys()].map((n) => [`m/${n}.txt`, `${article(n)}\n`])),
    );
    expect((await runCli([input, "-o", out, "--dedupe", "-q"])).code).toBe(0);
    const lastWeek = new Map(outputs(out).map((r) => [path.basename(r.path), r]));
    const stamp = statSync(path.join(out, "m/3.txt.json")).mtimeMs;
    // Tonight: a copy that sorts before its original ("a/" < "m/"), one after, a new article.
    write(input, {
      "a/early-copy.txt": syndicated(article(3), "Valley Courier"),
      "z/late-copy.txt": syndicated(article(7), "Northern Herald"),
      "n/new.txt": `${article(500)}\n`,
    });
    const tonight = await runCli([input, "-o", out, "--dedupe"]);
    expect(tonight.code).toBe(0);
    expect(tonight.stderr).toContain("30 unchanged");
    expect(tonight.stderr).toContain("2 duplicates in 2 groups");
    const records = new Map(outputs(out).map((r) => [path.basename(r.path), r]));
    expect(records.get("early-copy.txt")?.duplicate_of).toBe(lastWeek.get("3.txt")?.id);
    expect(records.get("late-copy.txt")?.duplicate_of).toBe(lastWeek.get("7.txt")?.id);
    expect(records.get("new.txt")?.duplicate_of).toBeNull();
    // Last week's record was not touched: it stays the first of its article.
    expect(statSync(path.join(out, "m/3.txt.json")).mtimeMs).toBe(stamp);
    expect(records.get("3.txt")?.duplicate_of).toBeNull();
    // A third night with nothing new rewrites nothing.
    const again = await runCli([input, "-o", out, "--dedupe"]);
    expect(again.stderr).toContain("33 unchanged");
  });

  it("judges an input that changed again, never as a copy of its own old text", async () => {
    const root = tempDir();
    const input = path.join(root, "in");
    const out = path.join(root, "out");
    write(input, { "a.txt": `${article(1)}\n`, "b.txt": `${article(2)}\n` });
    await runCli([input, "-o", out, "--dedupe", "-q"]);
    // A corrected version: the same article with one more paragraph.
    write(input, {
      "a.txt": `${article(1)}\n\nThe council will meet again on Thursday to vote.\n`,
    });
    expect((await runCli([input, "-o", out, "--dedupe", "-q"])).code).toBe(0);
    const a = JSON.parse(readFileSync(path.join(out, "a.txt.json"), "utf8")) as Rec;
    expect(a.duplicate_of).toBeNull();
  });

  it("with --dedupe=drop, a dropped copy has no file and is not cleaned again the next night", async () => {
    const root = tempDir();
    const input = path.join(root, "in");
    const out = path.join(root, "out");
    write(input, { "a.txt": `${article(4)}\n`, "b.txt": syndicated(article(4), "Metro Ledger") });
    const first = await runCli([input, "-o", out, "--dedupe=drop"]);
    expect(first.code).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith(".json"))).toEqual(["a.txt.json"]);
    const second = await runCli([input, "-o", out, "--dedupe=drop"]);
    expect(second.stderr).toContain("2 unchanged");
  });
});

describe("article-clean dedupe OUT...", () => {
  it("groups shards' output folders exactly as one run over the whole corpus does", async () => {
    const root = tempDir();
    const input = path.join(root, "in");
    const groups = corpus(input, 60);
    const parts = [1, 2, 3].map((k) => path.join(root, `out-${k}`));
    for (const [i, out] of parts.entries())
      expect(
        (await runCli([input, "--shard", `${i + 1}/3`, "-o", out, "--dedupe", "-q"])).code,
      ).toBe(0);
    const whole = await runCli([input, "--dedupe", "-q"]);
    const merged = await runCli(["dedupe", ...parts]);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
    expectGroups(parseNdjson(merged.stdout) as Rec[], groups);
    expect(merged.stderr).toContain("12 duplicates in 12 groups");
    // The shards alone could not see every copy: the ones whose original is in another shard.
    const alone = parts.flatMap((out) =>
      readdirSync(out, { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".json") && !f.startsWith(".article-clean"))
        .map((f) => JSON.parse(readFileSync(path.join(out, f), "utf8")) as Rec),
    );
    expect(alone.filter((r) => r.duplicate_of !== null).length).toBeLessThan(12);
    const dropped = await runCli(["dedupe", ...parts, "--drop", "-q"]);
    expect(dropped.stdout).toBe((await runCli([input, "--dedupe=drop", "-q"])).stdout);
  });

  it("says which folder has no state, and exits 2", async () => {
    const run = await runCli(["dedupe", tempDir()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no output folder state here.*--dedupe first/);
  });
});

describe("explain FILE --duplicates-in OUT", () => {
  it("says which record of the folder an article duplicates, and how similar, as the run did", async () => {
    const root = tempDir();
    const input = path.join(root, "in");
    const out = path.join(root, "out");
    write(input, {
      "a.txt": `${article(31)}\n`,
      "b.txt": `${article(32)}\n`,
      "c.txt": syndicated(article(31), "Lakeside Times"),
    });
    await runCli([input, "-o", out, "--dedupe", "-q"]);
    const original = JSON.parse(readFileSync(path.join(out, "a.txt.json"), "utf8")) as Rec;
    const copy = await runCli([
      "explain",
      path.join(input, "c.txt"),
      "--corpus",
      input,
      "--duplicates-in",
      out,
    ]);
    expect(copy.code).toBe(0);
    expect(copy.stdout).toMatch(
      new RegExp(
        `duplicate_of "${original.id}"  ← ${path.join(input, "a.txt")}, similarity (1|0\\.9\\d*)`,
      ),
    );
    expect(copy.stdout).toContain(`the run that wrote its record there said "${original.id}"`);
    const first = await runCli(["explain", path.join(input, "b.txt"), "--duplicates-in", out]);
    expect(first.stdout).toMatch(/duplicate_of null {2}← no earlier article reaches 0\.6/);
    const none = await runCli(["explain", path.join(input, "b.txt"), "--duplicates-in", input]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no output folder state");
  });
});

describe("--dedupe on the command line", () => {
  it("refuses what it cannot honour, before reading anything", async () => {
    const dir = tempDir();
    corpus(dir, 2);
    for (const [args, message] of [
      [["--dedupe", "--unordered"], "--unordered"],
      [["--dedupe-threshold", "0.5"], "--dedupe-threshold needs --dedupe"],
      [["--dedupe", "--dedupe-threshold", "1.5"], "above 0 and at most 1"],
      [["--dedupe=maybe"], "--dedupe=mark or --dedupe=drop"],
    ] as const) {
      const run = await runCli([dir, ...args]);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stdout).toBe("");
    }
  });

  it("reads a bare --dedupe before an input as the flag, not as a mode", async () => {
    const dir = tempDir();
    corpus(dir, 2);
    const run = await runCli(["--dedupe", dir, "-q"]);
    expect(run.code).toBe(0);
    expect(parseNdjson(run.stdout)).toHaveLength(3);
  });
});
