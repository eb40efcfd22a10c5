#!/usr/bin/env node
// `npm run bench`: how fast article-clean is against the I/O floor.
//
// Generates a corpus of realistic scrapes in a temp dir (see bench/corpus.js),
// then times, on the same files and interleaved run by run: the I/O floor (a
// minimal program that reads every file and writes one JSON line per file),
// article-clean --jobs 1, and article-clean on all cores. Reports medians of
// files/s, MB/s (input bytes, 10^6) and peak RSS, the ratio of each to the
// floor, and the time to the first record on stdout.
//
//   npm run bench                          100,000 files of ~2 KB, 3 runs
//   npm run bench -- --files 20000 --runs 5 --json
//   npm run bench -- --scale               also: peak RSS on 10,000 vs 1,000,000 files
//   npm run bench -- --dir /tmp/corpus --keep   reuse (or create and keep) a corpus
//   npm run bench -- --compare ../old-checkout  also time another build, interleaved
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeCorpus } from "./bench/corpus.js";
import { countLines, measure, median, timeToFirstLine } from "./bench/measure.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const CLI = path.join(ROOT, "bin/article-clean.js");
const FLOOR = path.join(ROOT, "scripts/bench/floor.js");

const HELP = `npm run bench -- [options]
  --files N         files in the corpus (default 100000)
  --bytes N         mean file size in bytes (default 2000)
  --runs N          timed runs of each program; the median is reported (default 3)
  --jobs N          "all cores" means this many workers (default: available cores)
  --extra LIST      more article-clean runs: no-corpus,unordered,dedupe (default) or none;
                    each is also given as its cost against the all-cores run
  --no-ttfr         skip the time-to-first-record measurement
  --scale           also measure peak RSS on --scale-small and --scale-files files
  --scale-files N   the big corpus of --scale (default 1000000)
  --scale-small N   the small corpus of --scale (default 10000)
  --scale-bytes N   mean file size of the --scale corpora (default 500)
  --dir DIR         corpus folder: reused when it holds files, else created there
  --keep            keep the generated corpus (default: removed at the end)
  --seed N          corpus seed (default 1)
  --compare DIR     also time the article-clean of another checkout (built), interleaved
                    with this one: before/after figures from one run
  --json            print the results as JSON instead of a table`;

const { values: flags } = parseArgs({
  options: {
    files: { type: "string", default: "100000" },
    bytes: { type: "string", default: "2000" },
    runs: { type: "string", default: "3" },
    jobs: { type: "string", default: String(availableParallelism()) },
    extra: { type: "string", default: "no-corpus,unordered,dedupe" },
    "no-ttfr": { type: "boolean", default: false },
    scale: { type: "boolean", default: false },
    "scale-files": { type: "string", default: "1000000" },
    "scale-small": { type: "string", default: "10000" },
    "scale-bytes": { type: "string", default: "500" },
    dir: { type: "string" },
    keep: { type: "boolean", default: false },
    seed: { type: "string", default: "1" },
    json: { type: "boolean", default: false },
    compare: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (flags.help) {
  console.log(HELP);
  process.exit(0);
}

const files = Number(flags.files);
const runs = Number(flags.runs);
const jobs = Number(flags.jobs);
const log = (message) => process.stderr.write(`bench: ${message}\n`);
const work = mkdtempSync(path.join(tmpdir(), "article-clean-bench-"));
const cleanup = [work];

/** Walk a corpus folder: number of *.txt files and their total bytes. */
function corpusSize(dir) {
  let count = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".txt")) {
        count++;
        bytes += statSync(full).size;
      }
    }
  };
  walk(dir);
  return { files: count, bytes };
}

/** The corpus at `dir` (reused if it has files), or a new one in the work dir. */
function corpus(dir, count, bytes, keep) {
  if (dir && existsSync(dir) && readdirSync(dir).length > 0) {
    log(`reusing the corpus in ${dir}`);
    return { dir, ...corpusSize(dir) };
  }
  const target = dir ?? mkdtempSync(path.join(tmpdir(), `article-clean-corpus-${count}-`));
  mkdirSync(target, { recursive: true });
  if (keep) log(`the corpus stays in ${target}`);
  else cleanup.push(target);
  log(`generating ${count} files of ~${bytes} bytes in ${target} ...`);
  const started = performance.now();
  const total = writeCorpus(target, {
    files: count,
    bytes,
    seed: Number(flags.seed),
    fixtures: path.join(ROOT, "fixtures"),
  });
  log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { dir: target, files: count, bytes: total };
}

/** One program to time: its name and its command line over a corpus dir. */
function programs(dir) {
  const cli = (...args) => [process.execPath, [CLI, "-q", ...args, dir]];
  const list = [
    { name: "I/O floor", argv: [process.execPath, [FLOOR, dir]] },
    { name: "article-clean --jobs 1", argv: cli("--jobs", "1") },
    { name: `article-clean --jobs ${jobs}`, argv: cli("--jobs", String(jobs)) },
  ];
  if (flags.compare) {
    const other = path.resolve(flags.compare, "bin/article-clean.js");
    const theirs = (...args) => [process.execPath, [other, "-q", ...args, dir]];
    list.push(
      { name: "compare --jobs 1", argv: theirs("--jobs", "1") },
      { name: `compare --jobs ${jobs}`, argv: theirs("--jobs", String(jobs)) },
    );
  }
  const extras = flags.extra === "none" ? [] : flags.extra.split(",");
  for (const extra of extras)
    list.push({
      name: `article-clean --jobs ${jobs} --${extra}`,
      argv: cli("--jobs", String(jobs), `--${extra}`),
      extra,
    });
  return list;
}

async function timeOnce(program, set, out) {
  const [command, args] = program.argv;
  const result = await measure(command, args, { stdoutFile: out, cwd: ROOT });
  const records = countLines(out);
  rmSync(out, { force: true });
  if (records !== set.files)
    throw new Error(`${program.name}: ${records} records for ${set.files} files`);
  return result;
}

/** Every program `runs` times, interleaved so that drift in machine load hits all alike. */
async function throughput(set) {
  const list = programs(set.dir);
  const out = path.join(work, "out.jsonl");
  log("warm-up: one floor run to fill the page cache");
  await timeOnce(list[0], set, out);
  const samples = list.map(() => []);
  for (let run = 1; run <= runs; run++) {
    for (const [i, program] of list.entries()) {
      const result = await timeOnce(program, set, out);
      samples[i].push(result);
      log(
        `run ${run}/${runs} ${program.name}: ${result.seconds.toFixed(2)} s, ${result.peakRssMb.toFixed(0)} MB`,
      );
    }
  }
  const rows = list.map((program, i) => {
    const seconds = median(samples[i].map((s) => s.seconds));
    return {
      name: program.name,
      seconds,
      filesPerSecond: set.files / seconds,
      mbPerSecond: set.bytes / 1e6 / seconds,
      cpuSeconds: median(samples[i].map((s) => s.cpuSeconds)),
      peakRssMb: median(samples[i].map((s) => s.peakRssMb)),
      maxPeakRssMb: Math.max(...samples[i].map((s) => s.peakRssMb)),
      runs: samples[i].map((s) => Number(s.seconds.toFixed(3))),
    };
  });
  for (const row of rows) row.vsFloor = row.filesPerSecond / rows[0].filesPerSecond;
  // An extra's cost against the plain all-cores run: the median of the
  // per-round ratios, each measured minutes apart at most (drift cancels).
  const plain = list.findIndex((p) => p.name === `article-clean --jobs ${jobs}`);
  for (const [i, row] of rows.entries()) {
    if (!list[i].extra) continue;
    row.vsPlain = median(samples[i].map((s, run) => s.seconds / samples[plain][run].seconds));
  }
  return rows;
}

/** Time to the first record on stdout, with defaults and without the corpus pass. */
async function firstRecord(set) {
  const variants = [
    { name: `--jobs ${jobs} (defaults)`, args: [] },
    { name: `--jobs ${jobs} --no-corpus`, args: ["--no-corpus"] },
    { name: "--jobs 1", args: ["--jobs", "1"] },
    { name: "--jobs 1 --no-corpus", args: ["--jobs", "1", "--no-corpus"] },
  ];
  const rows = [];
  for (const variant of variants) {
    const seconds = [];
    for (let run = 0; run < runs; run++)
      seconds.push(
        await timeToFirstLine(process.execPath, [CLI, "-q", ...variant.args, set.dir], {
          cwd: ROOT,
        }),
      );
    rows.push({
      name: variant.name,
      seconds: median(seconds),
      runs: seconds.map((s) => Number(s.toFixed(3))),
    });
    log(`first record ${variant.name}: ${median(seconds).toFixed(3)} s`);
  }
  return rows;
}

/**
 * Peak RSS with defaults (all cores, the corpus pass) on a small and a big
 * corpus of small files: memory must not grow with the corpus.
 */
async function scale() {
  const rows = [];
  for (const count of [Number(flags["scale-small"]), Number(flags["scale-files"])]) {
    const set = corpus(undefined, count, Number(flags["scale-bytes"]), false);
    const out = path.join(work, "out.jsonl");
    // With the dedupe extra, --dedupe's memory on the same corpus too: it grows with distinct articles.
    const variants = [[], ...(flags.extra.split(",").includes("dedupe") ? [["--dedupe"]] : [])];
    for (const extra of variants) {
      const name = `--jobs ${jobs}${extra.length ? ` ${extra.join(" ")}` : ""}`;
      const program = {
        name,
        argv: [process.execPath, [CLI, "-q", "--jobs", String(jobs), ...extra, set.dir]],
      };
      const result = await timeOnce(program, set, out);
      log(
        `scale ${count} files ${name}: ${result.seconds.toFixed(1)} s, ${result.peakRssMb.toFixed(0)} MB`,
      );
      rows.push({
        files: count,
        bytes: set.bytes,
        name,
        ...result,
        filesPerSecond: count / result.seconds,
      });
    }
    rmSync(set.dir, { recursive: true, force: true });
  }
  return rows;
}

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells
      .map((c, i) =>
        String(c)
          .padStart(i === 0 ? 0 : widths[i])
          .padEnd(i === 0 ? widths[0] : 0),
      )
      .join("  ");
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

async function main() {
  const set = corpus(flags.dir, files, Number(flags.bytes), flags.keep || flags.dir !== undefined);
  const result = {
    node: process.version,
    cores: availableParallelism(),
    corpus: { files: set.files, bytes: set.bytes, meanBytes: Math.round(set.bytes / set.files) },
    runs,
    throughput: await throughput(set),
    firstRecord: flags["no-ttfr"] ? [] : await firstRecord(set),
    scale: flags.scale ? await scale() : [],
  };
  if (flags.json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const f = (n, digits = 0) =>
    n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
  console.log(
    `\n${f(set.files)} files, ${f(set.bytes / 1e6, 1)} MB (mean ${result.corpus.meanBytes} bytes), node ${process.version}, ${result.cores} cores, median of ${runs} runs\n`,
  );
  console.log(
    table(
      ["program", "files/s", "MB/s", "peak RSS MB", "vs floor", "seconds", "CPU s", "CPU us/file"],
      result.throughput.map((r) => [
        r.name,
        f(r.filesPerSecond),
        f(r.mbPerSecond, 1),
        f(r.peakRssMb),
        `${f(r.vsFloor, 2)}x`,
        f(r.seconds, 2),
        f(r.cpuSeconds, 1),
        f((r.cpuSeconds / set.files) * 1e6),
      ]),
    ),
  );
  const extras = result.throughput.filter((r) => r.vsPlain !== undefined);
  if (extras.length > 0) {
    console.log(`\ntime against article-clean --jobs ${jobs} (median of the per-run ratios)\n`);
    console.log(
      table(
        ["program", "time", "cost"],
        extras.map((r) => [
          r.name,
          `${f(r.vsPlain, 3)}x`,
          `${r.vsPlain >= 1 ? "+" : ""}${f((r.vsPlain - 1) * 100, 1)}%`,
        ]),
      ),
    );
  }
  if (result.firstRecord.length > 0) {
    console.log(
      `\ntime to first record on stdout, ${f(set.files)}-file folder (process start included)\n`,
    );
    console.log(
      table(
        ["run", "seconds"],
        result.firstRecord.map((r) => [r.name, f(r.seconds, 3)]),
      ),
    );
  }
  if (result.scale.length > 0) {
    console.log("\npeak RSS by corpus size\n");
    console.log(
      table(
        ["files", "mean bytes", "run", "peak RSS MB", "files/s", "seconds"],
        result.scale.map((r) => [
          f(r.files),
          f(r.bytes / r.files),
          r.name,
          f(r.peakRssMb),
          f(r.filesPerSecond),
          f(r.seconds, 1),
        ]),
      ),
    );
  }
}

try {
  await main();
} finally {
  for (const dir of cleanup.reverse()) rmSync(dir, { recursive: true, force: true });
}
