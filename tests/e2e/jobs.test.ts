import { describe, expect, it } from "vitest";
import { corpusTree, fixtureTexts } from "./corpus-tree.js";
import { runCli } from "./run-cli.js";

describe("--jobs: the records never depend on how many threads clean", () => {
  // Copies of every fixture until the tree is well past the 500 files a run
  // cleans in its own thread before it starts the pool, so batches run on
  // both sides, and the corpus pass's profile reaches workers that started
  // before it.
  const copies = Math.ceil(1200 / fixtureTexts().length);
  const files = copies * fixtureTexts().length;
  const dir = corpusTree(copies);

  it("--jobs 2 writes exactly what --jobs 1 writes, with and without the corpus pass", async () => {
    for (const extra of [[], ["--no-corpus"]]) {
      const [one, two] = await Promise.all([
        runCli([dir, "--jobs", "1", ...extra]),
        runCli([dir, "--jobs", "2", ...extra]),
      ]);
      expect(one.code).toBe(0);
      expect(two.code).toBe(0);
      expect(one.stdout.split("\n").length).toBe(files + 1);
      expect(two.stdout).toBe(one.stdout);
    }
  });

  it("--unordered writes the same records, in any order", async () => {
    const [ordered, unordered] = await Promise.all([
      runCli([dir, "--jobs", "2", "--no-corpus"]),
      runCli([dir, "--jobs", "2", "--no-corpus", "--unordered"]),
    ]);
    const sorted = (text: string) => text.split("\n").filter(Boolean).sort();
    expect(sorted(unordered.stdout)).toEqual(sorted(ordered.stdout));
  });
});
