import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../e2e/run-cli.js";
import { CASE_TEXTS, filesUnder, makeCorpus, startCli, summaryLine, waitFor } from "./harness.js";

let root: string;
let input: string;
let long: string;
/** Enough that a run which finishes its queue after a signal takes seconds. */
const COUNT = 4000;

beforeAll(() => {
  root = tempDir("article-clean-cancel-");
  input = path.join(root, "in");
  makeCorpus(input, COUNT);
  // Long articles (five cases each, ~4 KB): a queue that is finished instead
  // of dropped takes many seconds, not one, so a slow stop cannot pass.
  long = path.join(root, "long");
  mkdirSync(long);
  for (let i = 0; i < COUNT; i++) {
    const parts = [0, 1, 2, 3, 4].map((k) => CASE_TEXTS[(i + k * 7) % CASE_TEXTS.length]);
    writeFileSync(
      path.join(long, `a${String(i).padStart(4, "0")}.txt`),
      `${parts.join("\n\n")}\n\nCopy ${i}.\n`,
    );
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * The README promises a stop within a second of a signal or a closed pipe.
 * The bound here is looser (1.5 s): CI machines are shared. Before, a run
 * with two threads finished every queued file, ~2,500 of them, for seconds.
 */
const STOP_MS = 1500;

describe("prompt cancellation with two threads", () => {
  it("SIGTERM drops the queued inputs: only the files in flight are finished", async () => {
    const out = path.join(root, "out-term");
    const run = startCli([input, "-o", out, "-j", "2", "--no-corpus"]);
    // Past the pool's start (500 inputs), so the workers hold queued batches.
    await waitFor("the pool at work", () => filesUnder(out).length >= 800, 60_000);
    const before = filesUnder(out).length;
    const signalledAt = Date.now();
    run.child.kill("SIGTERM");
    const result = await run.done;
    const stoppedIn = Date.now() - signalledAt;
    expect(result.code).toBe(143);
    expect(summaryLine(result.stderr)).toMatch(/\(interrupted by SIGTERM\)$/);
    const after = filesUnder(out).length;
    expect(after).toBeLessThan(COUNT);
    // The files in flight: a few per thread, plus those done while the signal arrived.
    expect(after - before).toBeLessThan(300);
    expect(stoppedIn).toBeLessThan(STOP_MS);
  });

  it("| head -1: the run ends within a second of the reader leaving", async () => {
    const run = startCli([long, "-j", "2", "--no-corpus"]);
    // As `head -1`: the first record, then the reader is gone.
    await waitFor("the first record", () => run.stdout().includes("\n"), 60_000);
    const closedAt = Date.now();
    run.child.stdout?.destroy();
    const result = await run.done;
    expect(result.code).toBe(0);
    expect(run.stderr()).toBe("");
    // Looser than the README's second: CI machines are shared. The closed pipe
    // shows at the next write, at most 100 ms after the next record is ready.
    // Before, the run went on for 11 s on these files (4.7 s in the issue),
    // cleaning the queue and, with piscina's default order, the whole corpus.
    expect(Date.now() - closedAt).toBeLessThan(3000);
  });
});
