import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../e2e/run-cli.js";
import { filesUnder, makeCorpus, startCli, summaryLine, waitFor } from "./harness.js";

let root: string;
let input: string;
const COUNT = 800;

beforeAll(() => {
  root = tempDir("article-clean-signals-");
  input = path.join(root, "in");
  makeCorpus(input, COUNT);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("SIGINT and SIGTERM", () => {
  // SIGTERM with the worker pool writing, SIGINT with the main thread writing.
  it.each([
    ["SIGTERM", 143, "2"],
    ["SIGINT", 130, "1"],
  ] as const)(
    "%s with --out-dir: in-flight writes finish and are recorded, exit %i",
    async (signal, code, jobs) => {
      const out = path.join(root, `out-${signal}`);
      const run = startCli([input, "-o", out, "-j", jobs]);
      await waitFor("the first outputs", () => filesUnder(out).length >= 5);
      run.child.kill(signal);
      const result = await run.done;
      expect(result.code).toBe(code);
      const summary = summaryLine(result.stderr);
      expect(summary).toMatch(new RegExp(`\\(interrupted by ${signal}\\)$`));
      const written = Number(/ (\d+) written/.exec(summary)?.[1]);
      expect(written).toBeLessThan(COUNT);
      // Every output counted is on disk, whole; nothing else is.
      const outputs = filesUnder(out);
      expect(outputs).toHaveLength(written);
      for (const file of outputs) JSON.parse(readFileSync(path.join(out, file), "utf8"));
      // The manifest holds them all: the re-run only does the rest.
      const rerun = await runCli([input, "-o", out, "-j", jobs]);
      expect(rerun.code).toBe(0);
      expect(summaryLine(rerun.stderr)).toMatch(
        new RegExp(
          `^article-clean: ${COUNT} inputs, ${COUNT - written} written, ${written} unchanged, 0 failed`,
        ),
      );
    },
  );

  it("SIGTERM with --output FILE keeps the previous file whole and leaves no temp file", async () => {
    const dir = path.join(root, "output-file");
    const target = path.join(dir, "records.jsonl");
    makeCorpus(dir, 0);
    writeFileSync(target, '{"previous":"run"}\n');
    const run = startCli([input, "--output", target, "-j", "1"]);
    await waitFor("the temp file", () => readdirSync(dir).some((name) => name.endsWith(".tmp")));
    await new Promise((resolve) => setTimeout(resolve, 500));
    run.child.kill("SIGTERM");
    const result = await run.done;
    expect(result.code).toBe(143);
    expect(readFileSync(target, "utf8")).toBe('{"previous":"run"}\n');
    expect(readdirSync(dir)).toEqual(["records.jsonl"]);
  });

  it("SIGINT with stdout: the records already cleaned come out whole, then the summary", async () => {
    const run = startCli([input, "-j", "1"]);
    await waitFor("the first record", () => run.stdout().includes("\n"));
    run.child.kill("SIGINT");
    const result = await run.done;
    expect(result.code).toBe(130);
    const lines = result.stdout.split("\n");
    expect(lines.pop()).toBe("");
    for (const line of lines) JSON.parse(line);
    const written = Number(/ (\d+) written/.exec(summaryLine(result.stderr))?.[1]);
    expect(lines).toHaveLength(written);
  });
});
