import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../e2e/run-cli.js";
import {
  filesUnder,
  makeCorpus,
  type RunningCli,
  startCli,
  summaryLine,
  waitFor,
} from "./harness.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * A first run that holds the out dir's lock for as long as the test wants:
 * it reads its paths from a stdin pipe that stays open until `finish()`.
 */
async function holdingRun(): Promise<{
  first: RunningCli;
  out: string;
  files: string[];
  finish: () => void;
}> {
  const root = tempDir("article-clean-lock-");
  dirs.push(root);
  const files = makeCorpus(path.join(root, "in"), 6);
  const out = path.join(root, "out");
  const first = startCli(["--files-from", "-", "-o", out, "-j", "1"], { stdin: "pipe" });
  first.child.stdin?.write(`${files.slice(0, 3).join("\n")}\n`);
  // The holder note is written once the lock is taken.
  await waitFor("the first run to take the lock", () =>
    existsSync(path.join(out, ".article-clean/lock-holder")),
  );
  const finish = () => first.child.stdin?.end(`${files.slice(3).join("\n")}\n`);
  return { first, out, files, finish };
}

describe("the out dir lock", () => {
  it("a second run on the same out dir exits 75 at once; the first is unaffected", async () => {
    const { first, out, files, finish } = await holdingRun();
    const second = await runCli([
      path.dirname(path.dirname(files[0] as string)),
      "-o",
      out,
      "-j",
      "1",
    ]);
    expect(second.code).toBe(75);
    expect(second.stdout).toBe("");
    expect(second.stderr).toMatch(
      new RegExp(
        `^article-clean: ${out}: another run is writing to this output dir \\(pid ${first.child.pid} on .+, since .+\\); exiting\\n$`,
      ),
    );
    finish();
    const result = await first.done;
    expect(result.code).toBe(0);
    expect(summaryLine(result.stderr)).toMatch(/^article-clean: 6 inputs, 6 written, 0 failed/);
    expect(filesUnder(out)).toHaveLength(6);
  });

  it("a killed run leaves no lock behind: the next run goes ahead", async () => {
    const { first, out, files } = await holdingRun();
    first.child.kill("SIGKILL");
    await first.done;
    // Its holder note is still there, but the lock died with the process.
    expect(existsSync(path.join(out, ".article-clean/lock-holder"))).toBe(true);
    const next = await runCli(["--files-from", "-", "-o", out, "-j", "1"], {
      stdin: `${files.join("\n")}\n`,
    });
    expect(next.code).toBe(0);
    expect(filesUnder(out)).toHaveLength(6);
  });

  it("runs on different out dirs do not block each other", async () => {
    const { out, files, finish, first } = await holdingRun();
    const elsewhere = `${out}-2`;
    const other = await runCli([files[0] as string, "-o", elsewhere, "-j", "1"]);
    expect(other.code).toBe(0);
    finish();
    expect((await first.done).code).toBe(0);
  });
});
