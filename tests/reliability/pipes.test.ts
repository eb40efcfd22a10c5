import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArticleRecordSchema } from "../../src/schema.js";
import { BIN, tempDir } from "../e2e/run-cli.js";
import { makeCorpus, startCli } from "./harness.js";

let root: string;
let files: string[];

beforeAll(() => {
  root = tempDir("article-clean-pipes-");
  files = makeCorpus(path.join(root, "in"), 400);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("a closed stdout (| head -1)", () => {
  it("ends the run quietly: exit 0, no stack trace, one whole record for head", () => {
    const script = `"${process.execPath}" "${BIN}" "${path.join(root, "in")}" 2>"${root}/err" | head -1; echo "exit=\${PIPESTATUS[0]}"; cat "${root}/err"`;
    const result = spawnSync("bash", ["-c", script], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    const [record, status, ...stderr] = result.stdout.split("\n");
    ArticleRecordSchema.parse(JSON.parse(record as string));
    expect(status).toBe("exit=0");
    expect(stderr.join("\n")).toBe("");
  });

  it("stops reading input: it exits while its stdin is still open", async () => {
    // Paths arrive on a stdin the test never closes, as from a slow `find`.
    const run = startCli(["--files-from", "-"], { stdin: "pipe" });
    // The run may be gone before the last paths are written (what this test
    // wants): writing to its stdin then fails with EPIPE, which must not
    // become an uncaught error of the test.
    run.child.stdin?.on("error", () => {});
    run.child.stdin?.write(`${files[0]}\n`);
    await new Promise<void>((resolve) => run.child.stdout?.once("data", () => resolve()));
    run.child.stdout?.destroy();
    // 150 more paths (about 120 KB of records, past the 64 KB output buffer),
    // trickling in: the run must not wait for more input to clean and write them.
    for (let at = 1; at <= 150; at += 50) {
      run.child.stdin?.write(`${files.slice(at, at + 50).join("\n")}\n`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const result = await run.done;
    expect(result.code).toBe(0);
    expect(run.stderr()).not.toMatch(/internal error|Error|at /);
    expect(run.child.stdin?.writableEnded).toBe(false);
  });
});
