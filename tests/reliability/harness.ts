import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { EventEmitter } from "node:events";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { Readable, Writable } from "node:stream";
import { createLogger } from "../../src/cli/log.js";
import { type RunConfig, runClean } from "../../src/run/run.js";
import { BIN, type CliResult, ROOT } from "../e2e/run-cli.js";

const CASES = path.join(ROOT, "fixtures/cases");

/** The golden inputs, as text: the material generated corpora are made of. */
export const CASE_TEXTS: readonly string[] = readdirSync(CASES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => readFileSync(path.join(CASES, entry.name, "input.txt"), "utf8"));

/**
 * `count` distinct articles under `dir`, `perFolder` to a folder
 * (`d00/a0.txt`...; all in `dir` itself when `perFolder` is 0). Each copy
 * ends with its own line, so every input has its own id. `ageSeconds`
 * backdates the mtimes past the manifest's racy window.
 */
export function makeCorpus(
  dir: string,
  count: number,
  options: { perFolder?: number; ageSeconds?: number } = {},
): string[] {
  const { perFolder = 100, ageSeconds = 0 } = options;
  const files: string[] = [];
  const when = new Date(Date.now() - ageSeconds * 1000);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const sub =
      perFolder === 0
        ? dir
        : path.join(dir, `d${String(Math.floor(i / perFolder)).padStart(2, "0")}`);
    if (perFolder > 0 && i % perFolder === 0) mkdirSync(sub, { recursive: true });
    const file = path.join(sub, `a${i}.txt`);
    writeFileSync(file, `${CASE_TEXTS[i % CASE_TEXTS.length]}\n\nCopy number ${i}.\n`);
    if (ageSeconds > 0) utimesSync(file, when, when);
    files.push(file);
  }
  return files;
}

/** A running CLI, for tests that signal or kill it. */
export interface RunningCli {
  readonly child: ChildProcess;
  readonly done: Promise<CliResult>;
  stdout(): string;
  stderr(): string;
}

export function startCli(
  args: readonly string[],
  options: { stdin?: "pipe" | "ignore"; uid?: number; gid?: number; cwd?: string } = {},
): RunningCli {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: "1" },
    stdio: [options.stdin ?? "ignore", "pipe", "pipe"],
    uid: options.uid,
    gid: options.gid,
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (d: string) => {
    stdout += d;
  });
  child.stderr?.setEncoding("utf8").on("data", (d: string) => {
    stderr += d;
  });
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done, stdout: () => stdout, stderr: () => stderr };
}

/** Poll until `check` is true; fails the test after `timeoutMs`. */
export async function waitFor(
  what: string,
  check: () => boolean,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Every file under `dir` (relative paths), out dirs' state folders left out. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  // Walked by hand, never entering a state folder: a run that is alive
  // empties its temp folder while we look, and a recursive readdir that
  // went in there would fail on the vanished entries.
  const found: string[] = [];
  const visit = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (entry.name === ".article-clean") continue;
      const child = rel === "" ? entry.name : path.join(rel, entry.name);
      if (entry.isDirectory()) visit(child);
      else if (entry.isFile()) found.push(child);
    }
  };
  visit("");
  return found.sort();
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** The stderr lines about one path: `article-clean: <path>: ...`. */
export function linesAbout(stderr: string, file: string): string[] {
  return stderr.split("\n").filter((line) => line.startsWith(`article-clean: ${file}: `));
}

/** The run's closing summary line. */
export function summaryLine(stderr: string): string {
  return stderr.split("\n").find((line) => /^article-clean: \d+ inputs?,/.test(line)) ?? "";
}

/** What `runClean` printed and returned, for in-process runs. */
export interface InProcessResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Run the cleaner in this process (`--jobs 1`), as the CLI would with these
 * settings: for tests of the run's logic, which would otherwise spend most
 * of their time starting Node.
 */
export async function cleanInProcess(
  inputs: readonly string[],
  settings: Partial<
    Pick<
      RunConfig,
      "outDir" | "force" | "prune" | "unordered" | "extensions" | "corpus" | "corpusSample"
    >
  > & {
    readonly clean?: RunConfig["clean"];
  } = {},
): Promise<InProcessResult> {
  let stdout = "";
  let stderr = "";
  const sink = (append: (text: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const config: RunConfig = {
    args: inputs,
    nullSeparated: false,
    inputFormat: "text",
    extensions: ["txt"],
    unordered: false,
    jobs: 1,
    format: "ndjson",
    maxBytes: 20 * 1024 * 1024,
    clean: {},
    corpus: "off",
    corpusSample: 0,
    failOnEmpty: false,
    ...settings,
  };
  const { exitCode } = await runClean(config, {
    stdin: Readable.from([]),
    stdout: sink((text) => {
      stdout += text;
    }),
    logger: createLogger({
      quiet: false,
      color: "never",
      stream: sink((text) => {
        stderr += text;
      }),
    }),
    signals: new EventEmitter(),
  });
  return { code: exitCode, stdout, stderr };
}
