import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { ArticleRecordSchema, REMOVAL_KINDS } from "../../src/index.js";
import { BIN, parseNdjson, ROOT, runCli } from "./run-cli.js";

const sh = promisify(execFile);

/** The golden cases: counts follow the fixtures. */
const CASES = readdirSync(path.join(ROOT, "fixtures/cases"));
const CLI = `${process.execPath} ${BIN}`;

/** Run a shell pipeline from the repository root, as the README's recipes are run. */
async function pipeline(command: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const { stdout } = await sh("bash", ["-o", "pipefail", "-c", command], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: "1", ...env },
  });
  return stdout;
}

// The README's recipes themselves run as printed in readme-recipes.test.ts; these are the pipes around them.
describe("pipes into other tools", () => {
  it("jq over a folder: records per source, in path order", async () => {
    const out = await pipeline(
      `${CLI} fixtures/cases --jobs 1 | jq -r '[.source // "unknown", .language] | @tsv'`,
    );
    const rows = out.trim().split("\n");
    expect(rows).toHaveLength(CASES.length);
    expect(rows).toContain("TASS\tru");
    expect(rows).toContain("Xinhua\tzh");
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
