import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ROOT, runCli, SEED } from "./run-cli.js";

describe("help, version and mistakes", () => {
  it("prints the package's version", async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
    for (const flag of ["--version", "-V"]) {
      const result = await runCli([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`${version}\n`);
    }
  });

  it("has --help with examples for every command", async () => {
    for (const command of [[], ["clean"], ["explain"], ["schema"], ["learn"]]) {
      const result = await runCli([...command, "--help"]);
      expect(result.code, command.join(" ")).toBe(0);
      expect(result.stdout, command.join(" ")).toMatch(/^Usage: article-clean/);
      expect(result.stdout, command.join(" ")).toMatch(/\nExamples:\n {2}article-clean /);
    }
  });

  it("lists the commands and the exit codes in the main help", async () => {
    const { stdout } = await runCli(["--help"]);
    for (const command of ["clean", "explain", "schema", "learn"])
      expect(stdout).toMatch(new RegExp(`\\n {2}${command}\\b`));
    expect(stdout).toMatch(/Exit codes:\n {2}0 +every input was cleaned/);
    // Once: the default command's help text must not add its own copy to the main help.
    expect(stdout.match(/Exit codes:/g)).toHaveLength(1);
    for (const command of ["clean", "explain", "schema", "learn"]) {
      const { stdout: help } = await runCli(["help", command]);
      expect(help.match(/Exit codes:/g)?.length ?? 0, command).toBeLessThanOrEqual(1);
    }
  });

  it("suggests the option meant, for the default command and for subcommands", async () => {
    const clean = await runCli(["--ouput", "x.jsonl", SEED]);
    expect(clean.code).toBe(2);
    expect(clean.stderr).toMatch(/unknown option '--ouput'\n\(Did you mean --output\?\)/);
    const explain = await runCli(["explain", "--strip-datelin", SEED]);
    expect(explain.code).toBe(2);
    expect(explain.stderr).toMatch(/\(Did you mean --strip-dateline\?\)/);
    const schema = await runCli(["schema", "--confg"]);
    expect(schema.stderr).toMatch(/\(Did you mean --config\?\)/);
  });

  it("suggests the command meant, instead of looking for a file of that name", async () => {
    const result = await runCli(["expalin", SEED]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      "article-clean: unknown command 'expalin' (Did you mean explain?); to clean a file of that name, write ./expalin\n",
    );
  });

  it("says how to fix a bad option value", async () => {
    const result = await runCli(["--format", "csv", SEED]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/argument 'csv' is invalid. Allowed choices are ndjson, json/);
    const jobs = await runCli(["--jobs", "0", SEED]);
    expect(jobs.stderr).toMatch(/expected a whole number of at least 1/);
  });

  it("says when --output points into a folder that does not exist, before doing any work", async () => {
    const result = await runCli([SEED, "--output", "/nonexistent/dir/x.jsonl"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "article-clean: --output /nonexistent/dir/x.jsonl: folder /nonexistent/dir does not exist (create it first)\n",
    );
  });

  it("reads an empty pipe on stdin as one empty article, and says so", async () => {
    const result = await runCli([]);
    expect(result.stderr).toMatch(/article-clean: -: (empty|only whitespace)/);
  });
});

describe("start-up", () => {
  /**
   * The modules a CLI run loads, through a module hook that logs every URL
   * (hooks run in a thread of their own, so it appends to a file).
   */
  async function modulesLoadedBy(args: readonly string[]): Promise<string[]> {
    const dir = mkdtempSync(path.join(tmpdir(), "article-clean-modules-"));
    const log = path.join(dir, "loaded.txt");
    writeFileSync(log, "");
    const hook = path.join(dir, "hook.mjs");
    writeFileSync(
      hook,
      `import { appendFileSync } from "node:fs";
export async function load(url, context, next) {
  appendFileSync(${JSON.stringify(log)}, url + "\\n");
  return next(url, context);
}
`,
    );
    const register = path.join(dir, "register.mjs");
    writeFileSync(
      register,
      `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hook).href)});\n`,
    );
    await runCli(args, { env: { NODE_OPTIONS: `--import ${pathToFileURL(register).href}` } });
    const loaded = readFileSync(log, "utf8").split("\n").filter(Boolean);
    rmSync(dir, { recursive: true, force: true });
    return loaded;
  }
  // The CLI runs from a bundle (scripts/bundle-cli.js) whose lazily loaded
  // chunks keep their module's name: clean-action-<hash>.js.
  const MAIN = /\/dist\/cli-bundle\/main\.js$/;
  const CLEANER = /\/dist\/cli-bundle\/(?:clean-action|explain-action)-\w+\.js$/;

  /** Bytes of the bundle's files among `urls`: what the run had to read and compile. */
  function bundleBytes(urls: readonly string[]): number {
    return urls
      .filter((url) => url.includes("/dist/cli-bundle/"))
      .reduce((sum, url) => sum + statSync(fileURLToPath(url)).size, 0);
  }

  it("answers --help, --version and a mistyped option without loading the cleaner", async () => {
    const cleaning = bundleBytes(await modulesLoadedBy([SEED]));
    for (const args of [["--version"], ["--help"], ["explain", "--help"], ["--jbos", "2"]]) {
      const loaded = await modulesLoadedBy(args);
      // The hook saw the CLI itself: the list is real, not empty.
      expect(
        loaded.some((url) => MAIN.test(url)),
        args.join(" "),
      ).toBe(true);
      expect(
        loaded.filter((url) => CLEANER.test(url)),
        args.join(" "),
      ).toEqual([]);
      // ~0.15 MB against ~2.9 MB: not the cleaner by another name.
      expect(bundleBytes(loaded), args.join(" ")).toBeLessThan(cleaning / 5);
    }
  });

  it("loads the cleaner when it cleans", async () => {
    const loaded = await modulesLoadedBy([SEED]);
    const names = loaded.filter((url) => CLEANER.test(url)).map((url) => url.split("/").pop());
    expect(names.map((name) => name?.replace(/-\w+\.js$/, ""))).toEqual(["clean-action"]);
  });
});
