import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Manifest } from "../../src/run/manifest.js";
import { article } from "../dedupe/texts.js";
import { runCli, tempDir } from "../e2e/run-cli.js";
import { filesUnder, startCli, waitFor } from "./harness.js";
import { mountTmpfs, resizeTmpfs, tmpfsSkipReason, unmount } from "./tmpfs.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let root: string;
let input: string;
const mounts: string[] = [];

/** 700 articles, every seventh also under another outlet's header, before or after it in path order. */
function writeCorpus(dir: string): void {
  for (let n = 0; n < 700; n++) {
    const folder = path.join(dir, `d${String(Math.floor(n / 100))}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${n}.txt`), `${article(n, 4)}\n`);
    if (n % 7 === 0)
      writeFileSync(
        path.join(folder, `${n % 2 ? "0" : "z"}-copy-${n}.txt`),
        `Title: Copy | Daily\nURL: https://daily.example/${n}\n\n${article(n, 4)}\n\nShare this article\n`,
      );
  }
}

/** Each output's duplicate_of, by output file. */
function verdicts(out: string): Map<string, unknown> {
  return new Map(
    filesUnder(out)
      .filter((file) => !file.startsWith(".article-clean"))
      .map((file) => [file, JSON.parse(readFileSync(path.join(out, file), "utf8")).duplicate_of]),
  );
}

let fresh: Map<string, unknown>;

beforeAll(async () => {
  root = tempDir("article-clean-dedupe-state-");
  input = path.join(root, "in");
  writeCorpus(input);
  const out = path.join(root, "fresh");
  expect((await runCli([input, "-o", out, "--dedupe", "-q"])).code).toBe(0);
  fresh = verdicts(out);
  expect([...fresh.values()].filter((v) => v !== null)).toHaveLength(100);
});
afterAll(() => {
  for (const dir of mounts) unmount(dir);
  rmSync(root, { recursive: true, force: true });
});

describe("--dedupe -o survives what cron runs survive", () => {
  it("killed with SIGKILL mid-run, then run again: the same duplicate_of as one uninterrupted run", async () => {
    const out = path.join(root, "killed");
    let kills = 0;
    for (let attempt = 0; attempt < 4; attempt++) {
      const before = filesUnder(out).length;
      const run = startCli([input, "-o", out, "--dedupe", "-j", "2", "-q"]);
      let exited = false;
      void run.done.then(() => {
        exited = true;
      });
      await waitFor("new outputs", () => exited || filesUnder(out).length > before + 20);
      await sleep(Math.random() * 300);
      if (exited) break;
      run.child.kill("SIGKILL");
      await run.done;
      kills++;
    }
    expect(kills).toBeGreaterThan(0);
    expect((await runCli([input, "-o", out, "--dedupe", "-q"])).code).toBe(0);
    expect(verdicts(out)).toEqual(fresh);
  });

  describe.skipIf(tmpfsSkipReason)(`a full disk (${tmpfsSkipReason ?? "tmpfs"})`, () => {
    it("stops with one line and exit 74; once there is room, the next run completes the same groups", async () => {
      const out = path.join(root, "full");
      mountTmpfs(out, "400k");
      mounts.push(out);
      const full = await runCli([input, "-o", out, "--dedupe", "-j", "2", "-q"]);
      expect(full.code).toBe(74);
      expect(full.stderr).toBe(
        `article-clean: ${out}: cannot write records: disk full (no space left on device); stopped\n`,
      );
      resizeTmpfs(out, "16m");
      expect((await runCli([input, "-o", out, "--dedupe", "-q"])).code).toBe(0);
      expect(verdicts(out)).toEqual(fresh);
    });
  });

  it("dedupe and explain --duplicates-in wait for no run: a held folder exits 75", async () => {
    const out = path.join(root, "held");
    await runCli([input, "-o", out, "--dedupe", "-q"]);
    const holder = Manifest.open(path.join(out, ".article-clean"));
    try {
      const merged = await runCli(["dedupe", out]);
      expect(merged.code).toBe(75);
      expect(merged.stderr).toContain("another run is writing to this output dir");
      const explained = await runCli([
        "explain",
        path.join(input, "d0", "0.txt"),
        "--duplicates-in",
        out,
      ]);
      expect(explained.code).toBe(75);
    } finally {
      holder.close();
    }
    expect((await runCli(["dedupe", out, "-q"])).code).toBe(0);
  });
});
