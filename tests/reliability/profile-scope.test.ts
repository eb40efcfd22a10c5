import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseNdjson, runCli, tempDir } from "../e2e/run-cli.js";
import { summaryLine } from "./harness.js";

let root: string;

/**
 * `count` articles of one site under `dir`, each carrying the site's own
 * furniture line after a different paragraph: what the corpus pass exists
 * to find (a line repeated across a site's files, in varied contexts).
 */
function siteFolder(dir: string, count: number, offset = 0): void {
  mkdirSync(dir, { recursive: true });
  const towns = ["Leeds", "Porto", "Graz", "Turku", "Ghent", "Bergen", "Lyon", "Basel"];
  for (let i = 0; i < count; i++) {
    const n = offset + i;
    const town = towns[n % towns.length];
    // No scraper header: these files are scoped by their folder, not a site's URL.
    const paragraphs = [
      `Council in ${town} approves budget plan number ${n}`,
      `The city council of ${town} voted on Tuesday to approve spending plan ${n}, officials said.`,
      `Members debated the proposal for ${(n % 5) + 2} hours before the vote, which passed narrowly.`,
      `The mayor said the plan would fund ${(n % 7) + 3} new schools and repair roads across ${town}.`,
      `Opponents argued that the council had not consulted residents about plan ${n} at all.`,
    ];
    // The site's furniture, dropped under a different paragraph in each file.
    paragraphs.splice(2 + (n % 3), 0, "Zebra Quill Weekly Digest");
    writeFileSync(path.join(dir, `story-${n}.txt`), `${paragraphs.join("\n\n")}\n`);
  }
}

/** How many lines the corpus rules cut, from records with `--explain`. */
function corpusCuts(stdout: string): number {
  return parseNdjson(stdout)
    .flatMap((record) => (record.removed as { rule: string }[]) ?? [])
    .filter((removed) => removed.rule.startsWith("repeated/")).length;
}

beforeAll(() => {
  root = tempDir("article-clean-scope-");
  siteFolder(path.join(root, "dev/site"), 24);
  siteFolder(path.join(root, "archive/SITE"), 24);
  siteFolder(path.join(root, "nightly/SITE"), 6, 100);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("profiles that travel: scopes do not depend on how a path is spelled", () => {
  it("a profile learned from dev cuts the same lines on dev and on /abs/path/dev", async () => {
    const learned = await runCli(["learn", "dev", "-o", "p.json", "-q"], { cwd: root });
    expect(learned.code).toBe(0);
    const relative = await runCli(["dev", "--profile", "p.json", "--explain", "-j", "1"], {
      cwd: root,
    });
    const absolute = await runCli(
      [path.join(root, "dev"), "--profile", "p.json", "--explain", "-j", "1"],
      { cwd: root },
    );
    expect(corpusCuts(relative.stdout)).toBeGreaterThan(0);
    expect(corpusCuts(absolute.stdout)).toBe(corpusCuts(relative.stdout));
  });

  it("the README recipe: learn archive/, then run nightly/ with the profile", async () => {
    const learned = await runCli(["learn", "archive/", "-o", "history.json", "-q"], { cwd: root });
    expect(learned.code).toBe(0);
    const nightly = await runCli(
      ["nightly/", "--profile", "history.json", "-o", "clean/", "--explain", "-j", "1"],
      { cwd: root },
    );
    expect(nightly.code).toBe(0);
    const cleaned = await runCli(
      ["nightly/", "--profile", "history.json", "--explain", "-j", "1"],
      { cwd: root },
    );
    // A scope learned from archive/SITE/ applies to nightly/SITE/.
    expect(corpusCuts(cleaned.stdout)).toBeGreaterThan(0);
  });

  it("re-running an out dir with the input spelled absolute re-cleans nothing", async () => {
    const first = await runCli(["dev", "-o", "out-dev", "-j", "1"], { cwd: root });
    expect(first.code).toBe(0);
    const again = await runCli([path.join(root, "dev"), "-o", "out-dev", "-j", "1"], {
      cwd: root,
    });
    expect(again.code).toBe(0);
    expect(summaryLine(again.stderr)).toMatch(/^article-clean: 24 inputs, 0 written, 24 unchanged/);
  });
});
