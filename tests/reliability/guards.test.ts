import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROFILE_VERSION } from "../../src/corpus/repetition.js";
import { runCli, SEED, tempDir } from "../e2e/run-cli.js";
import { makeCorpus, startCli, waitFor } from "./harness.js";
import { mountTmpfs, tmpfsSkipReason, unmount } from "./tmpfs.js";

let root: string;
let input: string;
beforeAll(() => {
  root = tempDir("article-clean-guards-");
  input = path.join(root, "in");
  makeCorpus(input, 3, { perFolder: 0 });
  copyFileSync(SEED, path.join(input, "000_er.txt"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Exactly one line on stderr, and the exit code. */
async function refused(args: readonly string[], code: number, line: string | RegExp) {
  const result = await runCli(args, { cwd: root });
  expect(result.code).toBe(code);
  expect(result.stdout).toBe("");
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  if (typeof line === "string") expect(lines[0]).toBe(line);
  else expect(lines[0]).toMatch(line);
}

describe("--output that would destroy data is refused before anything is read", () => {
  it("an existing folder: exit 2, nothing cleaned", async () => {
    mkdirSync(path.join(root, "big"), { recursive: true });
    await refused(["in", "--output", "big"], 2, /^article-clean: --output big is a folder/);
  });

  it("an input file: exit 2, the scrape untouched", async () => {
    const scrape = path.join(input, "000_er.txt");
    const before = readFileSync(scrape);
    await refused(["in", "--output", "in/000_er.txt"], 2, /inside the input folder in/);
    await refused(["in/000_er.txt", "--output", "in/000_er.txt"], 2, /is one of the inputs/);
    expect(readFileSync(scrape)).toEqual(before);
  });
});

describe("bounds on options", () => {
  it("--jobs beyond 4 per core is capped with a warning, not 1,000 threads", async () => {
    const result = await runCli([input, "--jobs", "1000"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/warning: --jobs 1000 capped at \d+ \(4 per core/);
  });

  it.each([
    [["--max-bytes", "10GB"], /--max-bytes.*at most 256MB/],
    [["--max-bytes", "0"], /--max-bytes.*at least 1 byte/],
    [["--jobs", "0"], /--jobs.*at least 1/],
  ])("clean %j is a usage error", async (flags, message) => {
    await refused(["in", ...flags], 2, message);
  });

  it.each([
    [["--max-files", "0"], /--max-files.*at least 1/],
    [["--jobs", "0"], /--jobs.*at least 1/],
  ])("learn %j is a usage error", async (flags, message) => {
    await refused(["learn", "in", "-o", "p.json", ...flags], 2, message);
  });

  it("learn --help shows no 9007199254740991 default", async () => {
    const help = await runCli(["learn", "--help"]);
    expect(help.stdout).not.toContain("9007199254740991");
  });
});

describe("no inputs is not success", () => {
  it("--ext '' finds nothing: exit 66 with one line; --allow-empty makes it 0", async () => {
    const result = await runCli([input, "--ext", "", "-q"]);
    expect(result.code).toBe(66);
    expect(result.stderr).toBe(
      "article-clean: -: no input files found (--allow-empty makes that a success)\n",
    );
    expect((await runCli([input, "--ext", "", "-q", "--allow-empty"])).code).toBe(0);
  });

  it("a missing input folder (an unmounted share): exit 66, its one line", async () => {
    await refused(
      ["gone-share/", "-q"],
      66,
      "article-clean: gone-share/: no such file or directory",
    );
  });
});

describe("errors outside clean: one line, the right code, before any work", () => {
  it.each([
    [["learn", "in", "-o", "/nonexistent/p.json"], 2, /folder \/nonexistent does not exist/],
    [["learn", "nonexistent", "-o", "p.json"], 66, /^article-clean: nonexistent: no such file/],
    [["--files-from", "nonexistent.txt"], 66, /--files-from nonexistent.txt: no such file/],
    [["--input-format", "ndjson", "in/000_er.txt"], 2, /reads its records from stdin/],
  ] as const)("%j exits %i", async (args, code, message) => {
    await refused(args, code, message);
    expect(existsSync(path.join(root, "p.json"))).toBe(false);
  });
});

describe("messages that name the real cause", () => {
  it("options before a command: 'explain' is not suggested for 'explain'", async () => {
    await refused(
      ["--jobs", "2", "explain", "in/000_er.txt"],
      2,
      /'explain' is a command, but options came before it/,
    );
  });

  it("a profile file is validated: damaged, newer, or not a profile at all", async () => {
    const write = (name: string, value: unknown) =>
      writeFileSync(path.join(root, name), JSON.stringify(value));
    const version = PROFILE_VERSION;
    write("damaged.json", { format: "article-clean-profile", version, files: {}, lines: 5 });
    write("newer.json", { format: "article-clean-profile", version: version + 1 });
    write("older.json", { format: "article-clean-profile", version: version - 1 });
    write("other.json", { name: "not a profile" });
    await refused(["in", "--profile", "damaged.json"], 2, /damaged.json: damaged profile: lines/);
    await refused(["in", "--profile", "newer.json"], 2, /written by a newer article-clean/);
    await refused(["in", "--profile", "older.json"], 2, /older article-clean.*learn it again/);
    await refused(["in", "--profile", "other.json"], 2, /not an article-clean profile/);
  });

  it("a catastrophic config pattern is refused at load, named, exit 2", async () => {
    writeFileSync(
      path.join(root, "redos.json"),
      JSON.stringify({ patterns: { ad: ["^Sponsored by .+$", "^(a+)+$"] } }),
    );
    await refused(
      ["in", "--config", "redos.json"],
      2,
      /redos.json: patterns.ad: \/\^\(a\+\)\+\$\/ can take exponential time/,
    );
  });

  it.skipIf(tmpfsSkipReason)(
    "a read-only mount says so, not 'no such file or directory'",
    async () => {
      const ro = path.join(root, "ro");
      mountTmpfs(ro, "1m");
      try {
        spawnSync("mount", ["-o", "remount,ro", ro]);
        await refused(
          ["in", "-o", "ro/out"],
          2,
          "article-clean: ro/out: cannot write here: read-only file system",
        );
      } finally {
        unmount(ro);
      }
    },
  );

  it("a lock-holder note naming a dead pid does not name it as the holder", async () => {
    const out = path.join(root, "locked");
    const files = makeCorpus(path.join(root, "lock-in"), 2);
    const first = startCli(["--files-from", "-", "-o", out, "-j", "1"], { stdin: "pipe" });
    first.child.stdin?.write(`${files[0]}\n`);
    const note = path.join(out, ".article-clean/lock-holder");
    await waitFor("the lock", () => existsSync(note));
    // What a holder killed before its successor wrote a note leaves: a pid that is gone.
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid;
    const held = JSON.parse(readFileSync(note, "utf8"));
    writeFileSync(note, JSON.stringify({ ...held, pid: dead }));
    const second = await runCli([files[1] as string, "-o", out]);
    first.child.stdin?.end();
    await first.done;
    expect(second.code).toBe(75);
    expect(second.stderr).not.toContain(`(pid ${dead} on`);
    expect(second.stderr).toContain(
      `not pid ${dead}, which left the holder note and is no longer running`,
    );
  });
});
