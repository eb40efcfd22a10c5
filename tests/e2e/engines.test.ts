import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_TEXTS } from "../reliability/harness.js";
import { BIN, tempDir } from "./run-cli.js";

/** Skip where a tool is missing, except on CI, where `.ci/run` installs it and the test must run. */
function missing(what: string, probe: () => void): string | undefined {
  try {
    probe();
    return undefined;
  } catch {
    return process.env.CI ? undefined : `${what} is not installed (.ci/run installs it)`;
  }
}
const noParallel = missing("GNU parallel", () => execFileSync("parallel", ["--version"]));
/** Debian's interpreter, where python3-distributed installs (a pyenv python3 may come first on PATH). */
const PYTHON = "/usr/bin/python3";
const noDask = missing("python3-distributed", () =>
  execFileSync(PYTHON, ["-c", "import distributed, dask.bag"]),
);

let root: string;
let input: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  root = tempDir("article-clean-engines-");
  input = path.join(root, "scrapes");
  // Names whose UTF-16 order differs from their byte order (emoji, full-width
  // letters): `LC_ALL=C sort -m` must still merge the shards into the full run.
  const names = ["a.txt", "z.txt", "Ｚ.txt", "😀.txt", "é.txt", "ｚ/one.txt", "b/two.txt"];
  for (let i = 0; i < 28; i++) {
    const name = i < names.length ? (names[i] as string) : `d${i % 4}/s${i}.txt`;
    mkdirSync(path.dirname(path.join(input, name)), { recursive: true });
    writeFileSync(path.join(input, name), `${CASE_TEXTS[i % CASE_TEXTS.length]}\n\nCopy ${i}.\n`);
  }
  // `article-clean` on PATH, as `npm install -g .` or `npm link` from a clone puts it.
  const bin = path.join(root, "bin");
  mkdirSync(bin);
  symlinkSync(BIN, path.join(bin, "article-clean"));
  env = { ...process.env, NO_COLOR: "1", PATH: `${bin}:${process.env.PATH}` };
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function sh(script: string, cwd = root): string {
  const result = spawnSync("bash", ["-c", script], { cwd, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${script}: exit ${result.status}\n${result.stderr}`);
  return result.stdout;
}

describe("many machines on existing engines", () => {
  it.skipIf(noParallel)(
    `GNU parallel runs the --shard recipe; LC_ALL=C sort -m merges the parts into the full run (${noParallel ?? "parallel"})`,
    () => {
      const full = sh(`article-clean scrapes -q --jobs 1`);
      // The README's recipe, without -S (one machine) and with the folder of this test.
      sh(`parallel 'article-clean scrapes --shard {}/3 --jobs 1 -q > part-{}.jsonl' ::: 1 2 3`);
      expect(readdirSync(root).filter((name) => name.startsWith("part-"))).toHaveLength(3);
      const merged = sh("LC_ALL=C sort -m part-*.jsonl");
      expect(merged).toBe(full);
      // Each part is in byte order itself, as sort -m requires.
      for (const k of [1, 2, 3]) sh(`LC_ALL=C sort -c part-${k}.jsonl`);
    },
  );

  it.skipIf(noDask)(
    `Dask distributed: a LocalCluster of two worker processes pipes NDJSON partitions through the stage (${noDask ?? "dask"})`,
    () => {
      const records = readdirSync(input, { recursive: true, encoding: "utf8" })
        .filter((name) => name.endsWith(".txt"))
        .sort()
        .map((name) =>
          JSON.stringify({ path: name, text: readFileSync(path.join(input, name), "utf8") }),
        );
      writeFileSync(path.join(root, "scrapes.ndjson"), `${records.join("\n")}\n`);
      const plain = sh(
        "article-clean --input-format ndjson --jobs 1 -q --no-corpus < scrapes.ndjson",
      );
      writeFileSync(
        path.join(root, "stage.py"),
        `
import json, subprocess, sys
import dask.bag as db
from distributed import Client, LocalCluster

def clean(lines):
    text = "".join(line if line.endswith("\\n") else line + "\\n" for line in lines)
    done = subprocess.run(["article-clean", "--input-format", "ndjson", "--jobs", "1", "-q", "--no-corpus"],
                          input=text, capture_output=True, text=True)
    # 1 means a bad line, reported on stderr; 2 and up are real failures.
    if done.returncode > 1:
        raise RuntimeError(done.stderr)
    return done.stdout.splitlines()

if __name__ == "__main__":
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        bag = db.read_text("scrapes.ndjson", blocksize=4000)
        assert bag.npartitions >= 2, bag.npartitions
        for line in bag.map_partitions(clean).compute():
            print(line)
`,
      );
      const distributed = sh(`${PYTHON} stage.py 2>/dev/null`);
      const sorted = (text: string) => text.split("\n").filter(Boolean).sort();
      expect(sorted(distributed)).toEqual(sorted(plain));
      expect(sorted(distributed)).toHaveLength(records.length);
    },
  );
});
