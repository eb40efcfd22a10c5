import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ArticleRecordSchema, REMOVAL_KINDS } from "../../src/index.js";
import { BIN, parseNdjson, ROOT, runCli } from "./run-cli.js";

const sh = promisify(execFile);

/** The golden cases, and what their expected records say: counts follow the fixtures. */
const CASES = readdirSync(path.join(ROOT, "fixtures/cases"));
const expectedOf = (name: string) =>
  JSON.parse(readFileSync(path.join(ROOT, "fixtures/cases", name, "expected.json"), "utf8")) as {
    source: string | null;
  };
/** The sample scrape at the top of fixtures/ is Sputnik's too. */
const SPUTNIK_RECORDS = 1 + CASES.filter((name) => expectedOf(name).source === "Sputnik").length;
const CLI = `${process.execPath} ${BIN}`;

/** Run a shell pipeline from the repository root, as the README's recipes are run. */
async function pipeline(command: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const { stdout } = await sh("bash", ["-o", "pipefail", "-c", command], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: "1", ...env },
  });
  return stdout;
}

describe("the README's recipes, run for real", () => {
  it("find -print0 | article-clean --files-from - --null | jq select", async () => {
    const out = await pipeline(
      `find fixtures -name '*.txt' -print0 | ${CLI} --files-from - --null --jobs 1 | jq -c 'select(.source=="Sputnik") | {date, headline}'`,
    );
    const rows = out
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(rows).toHaveLength(SPUTNIK_RECORDS);
    expect(rows).toContainEqual({
      date: "2019-05-31",
      headline: "Japanese and Russian FM Discuss Kuril Islands Issue, Bilateral Ties in Tokyo",
    });
    for (const row of rows) expect(Object.keys(row)).toEqual(["date", "headline"]);
  });

  it("jq over a folder: records per source, in path order", async () => {
    const out = await pipeline(
      `${CLI} fixtures/cases --jobs 1 | jq -r '[.source // "unknown", .language] | @tsv'`,
    );
    const rows = out.trim().split("\n");
    expect(rows).toHaveLength(CASES.length);
    expect(rows).toContain("TASS\tru");
    expect(rows).toContain("Xinhua\tzh");
  });

  it("--explain | jq: every cut with its kind and rule, for scripted audits", async () => {
    const out = await pipeline(
      `${CLI} fixtures/000_4dc32eb5bbb7fce7.txt --explain | jq -r '.removed[] | "\\(.kind)\\t\\(.rule)"'`,
    );
    expect(out.trim().split("\n")).toEqual([
      "header\theader/date-line",
      "caption\theadline/caption-above",
      "headline\theadline/title-line",
      "caption\tphoto-credit/caption-above",
      "credit\tphoto-credit/copyright",
      "teaser\tphoto-credit/teaser-below",
      "widget\tcatalog/widget",
    ]);
  });

  it("validates records downstream with the exported zod schema (the README's script)", async () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const script = /```js validate-records\.mjs\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(script, "README has the validate-records.mjs block").toBeDefined();
    const out = await pipeline(
      `${CLI} fixtures/cases --explain --jobs 1 | node --input-type=module -e "$SCRIPT"`,
      { SCRIPT: script },
    );
    expect(out).toBe(`${CASES.length} valid records\n`);
    const bad = await pipeline(
      `echo '{"path":"x","date":"31/05/2019"}' | node --input-type=module -e "$SCRIPT" 2>&1 || echo "exit $?"`,
      { SCRIPT: script },
    );
    expect(bad).toMatch(
      /^line 1: id: Invalid input: expected string, received undefined; date: .*\nexit 1\n$/s,
    );
  });
});

describe("--explain records", () => {
  it("validate against the record schema, with every removal's kind, rule and reason", async () => {
    const result = await runCli([path.join(ROOT, "fixtures"), "--explain", "--jobs", "1"]);
    expect(result.code).toBe(0);
    const records = parseNdjson(result.stdout);
    expect(records).toHaveLength(CASES.length + 1);
    for (const raw of records) {
      const record = ArticleRecordSchema.parse(raw);
      expect(Array.isArray(record.removed)).toBe(true);
      for (const removed of record.removed ?? []) {
        expect(REMOVAL_KINDS).toContain(removed.kind);
        expect(removed.rule).toMatch(/^[a-z-]+\/[a-z-]+$/);
        expect(removed.reason.length).toBeGreaterThan(5);
        expect(removed.text).not.toBe("");
      }
    }
  });
});
