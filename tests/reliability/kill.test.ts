import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArticleRecordSchema } from "../../src/schema.js";
import { runCli, tempDir } from "../e2e/run-cli.js";
import { filesUnder, makeCorpus, sha256, startCli, summaryLine, waitFor } from "./harness.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const COUNT = 2000;
const MAX_KILLS = 20;
/** Stop killing after this long, so the test stays well under a minute. */
const KILL_BUDGET_MS = 30_000;

let root: string;
let input: string;
let out: string;

beforeAll(() => {
  root = tempDir("article-clean-kill-");
  input = path.join(root, "in");
  out = path.join(root, "out");
  makeCorpus(input, COUNT);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every `.json` under the out dir parses, and nothing but temp files sits in the state dir's tmp. */
function checkOutDir(): number {
  const files = filesUnder(out);
  for (const file of files) {
    expect(file.endsWith(".json"), `${file} is not a record`).toBe(true);
    const text = readFileSync(path.join(out, file), "utf8");
    expect(() => JSON.parse(text), `${file} is not whole: ${text.slice(-80)}`).not.toThrow();
  }
  return files.length;
}

describe("SIGKILL at random moments", () => {
  it("never leaves a partial output, and a re-run completes the set", async () => {
    const started = Date.now();
    let kills = 0;
    while (kills < MAX_KILLS && Date.now() - started < KILL_BUDGET_MS) {
      const before = filesUnder(out).length;
      // -j 2: the worker threads write the outputs, as in a default run.
      const run = startCli([input, "-o", out, "-j", "2"]);
      let exited = false;
      void run.done.then(() => {
        exited = true;
      });
      if (kills % 2 === 0) {
        // Anywhere, start-up and the tmp-dir sweep included.
        await sleep(Math.random() * 1500);
      } else {
        // While outputs are being written.
        await waitFor("new outputs", () => exited || filesUnder(out).length > before);
        await sleep(Math.random() * 1000);
      }
      if (exited) break; // the run got through first: nothing left to interrupt
      run.child.kill("SIGKILL");
      const result = await run.done;
      // The run can exit between the check above and the kill (its "close"
      // waits for its pipes): it got through first, and must have succeeded.
      if (result.signal === null) {
        expect(result.code).toBe(0);
        break;
      }
      expect(result.signal).toBe("SIGKILL");
      kills++;
      checkOutDir();
    }
    expect(kills).toBeGreaterThan(0);

    const kept = filesUnder(out).length;
    const final = await runCli([input, "-o", out, "-j", "2"]);
    expect(final.code).toBe(0);
    // Work done before the kills counts: written + unchanged covers every input once.
    const summary = summaryLine(final.stderr);
    const written = Number(/ (\d+) written/.exec(summary)?.[1]);
    const unchanged = Number(/ (\d+) unchanged/.exec(summary)?.[1] ?? 0);
    expect(written + unchanged).toBe(COUNT);
    console.info(
      `kill test: ${kills} kills, ${kept} outputs on disk; final run: ${written} written, ${unchanged} unchanged`,
    );
    expect(checkOutDir()).toBe(COUNT);
    // Each output belongs to its input: right path, id = hash of the bytes it was made from.
    for (const file of filesUnder(input)) {
      const record = ArticleRecordSchema.parse(
        JSON.parse(readFileSync(path.join(out, `${file}.json`), "utf8")),
      );
      expect(record.path).toBe(path.join(input, file));
      expect(record.id).toBe(sha256(path.join(input, file)));
    }
    // Temp files of the killed runs were cleared by the next run, which removes its own at the end.
    expect(existsSync(path.join(out, ".article-clean/tmp"))).toBe(false);
  });
});
