import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliResult, runCli, SEED, tempDir } from "../e2e/run-cli.js";
import { filesUnder, linesAbout, makeCorpus, startCli, summaryLine, waitFor } from "./harness.js";

const FRENCH =
  "PARIS (AFP) – Le ministre a déclaré vendredi que les négociations « continueraient » à Genève.\n\n" +
  "À l’issue de la réunion, il a ajouté : “Nous sommes prêts.” Les élèves étaient déçus – mais c’était prévu.\n";

/** A real PNG's first bytes: signature, IHDR chunk with its NUL-padded length. */
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f1b5e80000000049454e44ae426082",
  "hex",
);

/** Many words and no line break: what a scraper makes of a page without <p>. */
function fiveMegabyteLine(): string {
  const words = ["the", "minister", "said", "on", "Friday", "that", "talks", "would", "go", "on"];
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < 5 * 1024 * 1024; i++) {
    const word = words[(i * 7) % words.length] as string;
    parts.push(word);
    length += word.length + 1;
  }
  return parts.join(" ");
}

/**
 * One folder holding every kind of bad input next to good ones, cleaned in
 * one run: each bad file must cost exactly one line that names it, and
 * nothing else.
 */
describe("bad inputs in one run", () => {
  let dir: string;
  let out: string;
  let result: CliResult;
  const file = (name: string) => path.join(dir, name);
  const record = (name: string) =>
    JSON.parse(readFileSync(path.join(out, `${name}.json`), "utf8")) as Record<string, unknown>;

  beforeAll(async () => {
    dir = tempDir("article-clean-bad-");
    out = `${dir}-out`;
    copyFileSync(SEED, file("good.txt"));
    writeFileSync(file("empty.txt"), "");
    writeFileSync(file("whitespace.txt"), "  \n\t\n   \r\n\u00a0\n");
    writeFileSync(file("nul-bytes.txt"), "Some text\u0000with a NUL byte in the middle\n");
    writeFileSync(file("image.txt"), PNG);
    writeFileSync(file("windows-1252.txt"), iconv.encode(FRENCH, "windows-1252"));
    writeFileSync(
      file("utf16le-bom.txt"),
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(FRENCH, "utf-16le")]),
    );
    writeFileSync(
      file("utf16be-bom.txt"),
      Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(FRENCH, "utf-16be")]),
    );
    // Sparse: 200 MB on paper, no blocks on disk, made in a millisecond.
    writeFileSync(file("huge.txt"), "");
    truncateSync(file("huge.txt"), 200 * 1024 * 1024);
    writeFileSync(file("long-line.txt"), fiveMegabyteLine());
    writeFileSync(
      file("boilerplate-only.txt"),
      "Share this article\nFacebook\nTwitter\nSubscribe to our newsletter\nAll rights reserved.\nRead more\n",
    );
    mkdirSync(file("sub"));
    copyFileSync(SEED, file("sub/nested.txt"));
    symlinkSync("..", file("sub/loop"));
    result = await runCli([dir, "-o", out]);
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  it("exits 1, writes every good input, and sums it up in one line", () => {
    expect(result.code).toBe(1);
    expect(filesUnder(out)).toEqual([
      "boilerplate-only.txt.json",
      "good.txt.json",
      "long-line.txt.json",
      "sub/nested.txt.json",
      "utf16be-bom.txt.json",
      "utf16le-bom.txt.json",
      "windows-1252.txt.json",
    ]);
    expect(summaryLine(result.stderr)).toMatch(/^article-clean: 12 inputs, 7 written, 5 failed/);
  });

  it.each([
    ["empty.txt", "empty file, skipped"],
    ["whitespace.txt", "only whitespace, skipped"],
    ["nul-bytes.txt", "binary file (contains NUL bytes), skipped"],
    ["image.txt", "binary file (contains NUL bytes), skipped"],
    ["huge.txt", "file is 200 MB, over --max-bytes 20 MB, skipped"],
  ])("%s is refused with one line: %s", (name, reason) => {
    expect(linesAbout(result.stderr, file(name))).toEqual([
      `article-clean: ${file(name)}: ${reason}`,
    ]);
  });

  it("Windows-1252 text is decoded as such, with a warning", () => {
    expect(linesAbout(result.stderr, file("windows-1252.txt"))).toEqual([
      `article-clean: ${file("windows-1252.txt")}: warning: not valid UTF-8; decoded as windows-1252 (detected)`,
    ]);
    expect(record("windows-1252.txt").body).toContain("“Nous sommes prêts.”");
  });

  it.each(["utf16le-bom.txt", "utf16be-bom.txt"])(
    "%s is decoded from its BOM, silently",
    (name) => {
      expect(linesAbout(result.stderr, file(name))).toEqual([]);
      expect(record(name).body).toContain("a déclaré vendredi");
    },
  );

  it("a 5 MB line without breaks is cleaned like any text", () => {
    expect(linesAbout(result.stderr, file("long-line.txt"))).toEqual([]);
    expect((record("long-line.txt").body as string).length).toBeGreaterThan(4 * 1024 * 1024);
  });

  it("a file of boilerplate only gives a record with an empty body and a warning", () => {
    expect(record("boilerplate-only.txt").body).toBe("");
    expect(linesAbout(result.stderr, file("boilerplate-only.txt"))).toEqual([
      `article-clean: ${file("boilerplate-only.txt")}: warning: no article text left after cleaning (only boilerplate?); record has an empty body`,
    ]);
  });

  it("a directory symlink loop is walked once and reported once", () => {
    expect(linesAbout(result.stderr, file("sub/loop"))).toEqual([
      `article-clean: ${file("sub/loop")}: warning: directory symlink loop, skipped`,
    ]);
  });
});

describe("bad inputs that need a run of their own", () => {
  const dirs: string[] = [];
  const scratch = (prefix: string) => {
    const dir = tempDir(prefix);
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("5 MB lines that a backtracking regex would choke on finish in seconds", async () => {
    const dir = scratch("article-clean-longline-");
    const size = 5 * 1024 * 1024;
    for (const [name, unit] of [
      ["one-token", "a"],
      ["dots", ". "],
      ["digits", "1,"],
      ["urls", "http://x.com/"],
      ["widgets", "Photo: AFP | Share this - 12:30 "],
    ] as const)
      writeFileSync(path.join(dir, `${name}.txt`), unit.repeat(Math.ceil(size / unit.length)));
    const started = Date.now();
    const result = await runCli([dir, "-j", "1"]);
    // Linear rules take about a second per file here; a quadratic one takes hours.
    expect(Date.now() - started).toBeLessThan(45_000);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split("\n")).toHaveLength(5);
  });

  it("an unreadable file is one 'permission denied' line (as root: run as nobody)", async () => {
    const dir = scratch("article-clean-perm-");
    chmodSync(dir, 0o777);
    copyFileSync(SEED, path.join(dir, "readable.txt"));
    copyFileSync(SEED, path.join(dir, "secret.txt"));
    chmodSync(path.join(dir, "readable.txt"), 0o644);
    chmodSync(path.join(dir, "secret.txt"), 0o000);
    const secret = path.join(dir, "secret.txt");
    // Root reads a mode-000 file anyway: run the tool as nobody so the check means something.
    const asRoot = process.getuid?.() === 0;
    const nobody = { uid: 65534, gid: 65534 };
    if (asRoot && (await startCli(["--version"], nobody).done).code !== 0) {
      // nobody cannot start the tool (a checkout that is not world-readable):
      // check honestly what root gets instead, the file read like any other.
      const rootResult = await runCli([dir, "-j", "1"]);
      expect(rootResult.code).toBe(0);
      expect(rootResult.stdout.trim().split("\n")).toHaveLength(2);
      return;
    }
    const result = await startCli([dir, "-j", "1"], asRoot ? nobody : {}).done;
    expect(linesAbout(result.stderr, secret)).toEqual([
      `article-clean: ${secret}: permission denied`,
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split("\n")).toHaveLength(1);
  });

  it("a file deleted between discovery and read is one line; the others are written", async () => {
    const dir = scratch("article-clean-vanish-");
    const out = path.join(scratch("article-clean-vanish-out-"), "out");
    // A flat folder is listed whole before the first file is read.
    const files = makeCorpus(dir, 1200, { perFolder: 0 }).sort();
    const doomed = files.slice(-5);
    const run = startCli([dir, "-o", out, "-j", "1"]);
    await waitFor("the first output", () => filesUnder(out).length > 0);
    for (const file of doomed) unlinkSync(file);
    const result = await run.done;
    expect(result.code).toBe(1);
    for (const file of doomed)
      expect(linesAbout(result.stderr, file)).toEqual([
        `article-clean: ${file}: no such file or directory`,
      ]);
    expect(filesUnder(out)).toHaveLength(files.length - doomed.length);
  });
});
