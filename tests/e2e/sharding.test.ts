import { describe, expect, it } from "vitest";
import { corpusTree, fixtureTexts } from "./corpus-tree.js";
import { runCli } from "./run-cli.js";

function lines(ndjson: string): string[] {
  return ndjson.split("\n").filter((line) => line !== "");
}

const pathOf = (line: string) => (JSON.parse(line) as { path: string }).path;

describe("--shard K/N: N machines together write one full run's records", () => {
  // 5 copies of every fixture, in 8 folders. The corpus pass reads
  // the first 20 files: a shard that learned from its own first 20 instead
  // would score some headlines differently.
  const dir = corpusTree(5);
  const files = 5 * fixtureTexts().length;
  const options = ["--jobs", "1", "--corpus-sample", "20"];

  for (const count of [1, 3, 7]) {
    it(`N = ${count}: the shards' records are the full run's, each exactly once`, async () => {
      const full = await runCli([dir, ...options]);
      expect(full.code).toBe(0);
      const expected = lines(full.stdout);
      expect(expected).toHaveLength(files);

      const shards = await Promise.all(
        Array.from({ length: count }, (_, k) =>
          runCli([dir, ...options, "--shard", `${k + 1}/${count}`]),
        ),
      );
      const union: string[] = [];
      for (const shard of shards) {
        expect(shard.code).toBe(0);
        union.push(...lines(shard.stdout));
      }
      // No duplicates: every path once across all shards.
      expect(new Set(union.map(pathOf)).size).toBe(union.length);
      // The same records, byte for byte (the corpus pass learns from the whole
      // corpus on every shard, so even headline confidences agree).
      expect([...union].sort()).toEqual([...expected].sort());
      if (count > 1) expect(shards.every((s) => lines(s.stdout).length < files)).toBe(true);
    });
  }

  it("rejects a shard outside 1..N", async () => {
    for (const bad of ["0/3", "4/3", "2", "a/b"]) {
      const result = await runCli([dir, "--shard", bad]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--shard/);
    }
  });
});
