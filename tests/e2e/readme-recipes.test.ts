import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import fg from "fast-glob";
import { afterAll, describe, expect, it } from "vitest";
import { REMOVAL_KINDS } from "../../src/index.js";
import { readmeRecipes } from "./readme-recipe-blocks.js";
import { ROOT, tempDir } from "./run-cli.js";

const README = readFileSync(path.join(ROOT, "README.md"), "utf8");
const RECIPES = readmeRecipes(README);

/**
 * What a recipe needs, by name: skipped where it is missing, except on CI,
 * where `.ci/run` installs it and the recipe must run.
 */
const NEEDS: Record<string, [string, string[]][]> = {
  "find-jq": [["jq", ["jq", "--version"]]],
  "explain-jq": [["jq", ["jq", "--version"]]],
  pandas: [["python3-pandas", ["python3", "-c", "import pandas"]]],
  "validate-schema": [["python3-jsonschema", ["python3", "-c", "import jsonschema"]]],
};

/**
 * Debian's python3 first: a pyenv python3 earlier on PATH does not see the
 * packages `.ci/run` installs with apt (the recipes say `python3`, as users type).
 */
const ENV = { ...process.env, NO_COLOR: "1", PATH: `/usr/bin:${process.env.PATH}` };

function missing(recipe: string): string | undefined {
  if (process.env.CI) return undefined;
  for (const [what, probe] of NEEDS[recipe] ?? []) {
    try {
      execFileSync(probe[0] as string, probe.slice(1), { env: ENV, stdio: "ignore" });
    } catch {
      return `${what} is not installed (.ci/run installs it)`;
    }
  }
  return undefined;
}

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/**
 * A folder as a user's would be after `npm install article-clean
 * @duckdb/node-api`, with a copy of the bundled fixtures: `npx
 * article-clean` and `import "article-clean"` find the package under test.
 */
function userFolder(): string {
  const folder = tempDir("article-clean-recipe-");
  folders.push(folder);
  writeFileSync(
    path.join(folder, "package.json"),
    `${JSON.stringify({ name: "recipes", private: true, type: "module" })}\n`,
  );
  mkdirSync(path.join(folder, "node_modules/.bin"), { recursive: true });
  symlinkSync(ROOT, path.join(folder, "node_modules/article-clean"));
  symlinkSync(
    "../article-clean/bin/article-clean.js",
    path.join(folder, "node_modules/.bin/article-clean"),
  );
  symlinkSync(path.join(ROOT, "node_modules/@duckdb"), path.join(folder, "node_modules/@duckdb"));
  cpSync(path.join(ROOT, "fixtures"), path.join(folder, "fixtures"), { recursive: true });
  return folder;
}

/** One printed command, run by bash as a user's shell would; its stdout. */
function run(command: string, cwd: string): string {
  const result = spawnSync("bash", ["-o", "pipefail", "-c", command], {
    cwd,
    env: ENV,
    encoding: "utf8",
  });
  if (result.status !== 0)
    throw new Error(`${command}\nexited ${result.status}:\n${result.stderr}`);
  return result.stdout;
}

describe("the README's recipes, run as printed", () => {
  it("finds the marked recipes, each with a command", () => {
    expect([...RECIPES.keys()].sort()).toEqual([
      "duckdb",
      "explain-jq",
      "find-jq",
      "pandas",
      "validate-schema",
      "validate-zod",
    ]);
    for (const recipe of RECIPES.values()) expect(recipe.steps.length).toBeGreaterThan(0);
  });

  for (const recipe of RECIPES.values()) {
    it.skipIf(missing(recipe.name))(`${recipe.name}: prints what the README shows`, () => {
      const folder = userFolder();
      for (const [file, text] of recipe.files) writeFileSync(path.join(folder, file), text);
      for (const step of recipe.steps)
        expect(run(step.command, folder), step.command).toBe(step.expected);
    });
  }
});

describe("the README's other promises", () => {
  it("schema --help's validation example runs with the README's validate.py", () => {
    const folder = userFolder();
    const script = RECIPES.get("validate-schema")?.files.get("validate.py");
    expect(script, "README has validate.py").toBeDefined();
    writeFileSync(path.join(folder, "validate.py"), script as string);
    const help = run("npx article-clean schema --help", folder);
    const examples = help
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line.startsWith("article-clean "))
      .map((line) => line.replace(/\s{2,}.*$/, ""));
    expect(examples.slice(0, 2)).toEqual([
      "article-clean schema > record.schema.json",
      "article-clean scrapes/ | python3 validate.py record.schema.json",
    ]);
    // As printed, with the fixtures for scrapes/ and npx for a clone's article-clean.
    const [schema, validate] = examples.map((line) =>
      `npx ${line}`.replace("scrapes/", "fixtures/cases"),
    );
    run(schema as string, folder);
    if (missing("validate-schema")) return;
    // Every case's input is one record: the count follows the folder, not a number here.
    const inputs = fg.sync("fixtures/cases/**/*.txt", { cwd: ROOT }).length;
    expect(run(validate as string, folder)).toBe(`${inputs} valid records\n`);
  });

  it("the cron lines: no npx, quiet when all is well, exit 66 when the share is gone", () => {
    const cronLines = README.split("\n").filter((line) => /^\d+ \d+ \* \* \* /.test(line));
    expect(cronLines.length).toBeGreaterThanOrEqual(2);
    for (const line of cronLines) {
      // `npx` mails cron its update notices.
      expect(line).not.toMatch(/\bnpx\b/);
      const command = /^[\d* ]+ {2}cd \S+ && (.*)$/.exec(line)?.[1];
      expect(command, line).toBeDefined();
      const folder = userFolder();
      mkdirSync(path.join(folder, "scrapes"));
      cpSync(path.join(folder, "fixtures/cases"), path.join(folder, "scrapes/cases"), {
        recursive: true,
      });
      for (const night of [1, 2]) {
        const result = spawnSync("bash", ["-c", command as string], { cwd: folder, env: ENV });
        expect([night, result.status, `${result.stdout}${result.stderr}`]).toEqual([night, 0, ""]);
      }
      rmSync(path.join(folder, "scrapes"), { recursive: true });
      mkdirSync(path.join(folder, "scrapes"));
      const unmounted = spawnSync("bash", ["-c", command as string], {
        cwd: folder,
        env: ENV,
        encoding: "utf8",
      });
      expect(unmounted.status).toBe(66);
      expect(unmounted.stderr).toBe(
        "article-clean: -: no input files found (--allow-empty makes that a success)\n",
      );
    }
  });

  it("the record section lists every removal kind", () => {
    const listed = /`kind` is one of ([^.]+)\./.exec(README)?.[1] ?? "";
    const kinds = [...listed.matchAll(/`([a-z]+)`/g)].map((match) => match[1]);
    expect(kinds).toEqual([...REMOVAL_KINDS]);
  });
});
