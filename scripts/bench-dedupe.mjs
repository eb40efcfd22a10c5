#!/usr/bin/env node
// `npm run bench:dedupe`: precision and recall of --dedupe's duplicate_of,
// by kind of copy, on a corpus built at run time from real scrapes in
// ../shared/pool and ../shared/dev (read there, never copied into the
// project): exact copies, copies under another outlet's header and
// furniture, copies with a paragraph removed or added, a wire story under
// three outlets, other articles on the same event (same day, same title
// words, different text), and the natural copies the pool holds (the same
// URL scraped twice; a dev page as its article and as a whole-page dump).
//
// The table at the default threshold is article-clean's own output
// (`--dedupe`, path order). The threshold sweep re-judges the same bodies
// with the same code (dist/dedupe) at each threshold, and checks that it
// agrees with the CLI at the default.
//
//   npm run bench:dedupe
//   npm run bench:dedupe -- --jobs 2 --thresholds 0.4,0.5,0.6,0.7,0.8 --json
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildCorpus, KINDS } from "./bench-dedupe/corpus.mjs";
import { score, totals, withRates } from "./bench-dedupe/score.mjs";
import { loadSources } from "./bench-dedupe/sources.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const CLI = path.join(ROOT, "bin/article-clean.js");
const { bodySignature, DuplicateFinder, DEFAULT_THRESHOLD } = await import(
  path.join(ROOT, "dist/dedupe/index.js")
);

const { values: flags } = parseArgs({
  options: {
    shared: { type: "string", default: path.resolve(ROOT, "../shared") },
    seed: { type: "string", default: "1" },
    copies: { type: "string", default: "60" },
    background: { type: "string", default: "900" },
    jobs: { type: "string", default: "2" },
    rounds: { type: "string", default: "3" },
    thresholds: { type: "string", default: "0.3,0.4,0.5,0.55,0.6,0.65,0.7,0.8,0.9" },
    keep: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (flags.help) {
  console.log(`npm run bench:dedupe -- [options]
  --shared DIR       where pool/ and dev/ are (default ../shared)
  --seed N           corpus seed (default 1)
  --copies N         copies made per synthetic kind (default 60; 30 wire stories x 3 outlets)
  --background N     distinct articles besides (default 900)
  --jobs N           article-clean --jobs (default 2)
  --rounds N         interleaved plain and --dedupe runs, for the time cost (default 3)
  --thresholds LIST  thresholds of the sweep (default 0.3,...,0.9)
  --keep             keep the corpus folder and print where it is
  --json             results as JSON`);
  process.exit(0);
}
const log = (message) => process.stderr.write(`bench-dedupe: ${message}\n`);

const files = buildCorpus(loadSources(flags.shared), {
  seed: Number(flags.seed),
  copies: Number(flags.copies),
  background: Number(flags.background),
});
const work = mkdtempSync(path.join(tmpdir(), "article-clean-dedupe-bench-"));
const corpus = path.join(work, "corpus");
const truth = new Map();
for (const file of files) {
  const full = path.join(corpus, file.name);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, file.text);
  truth.set(full, file);
}
log(`${files.length} files in ${corpus}`);
try {
  // Three rounds of a plain run and a --dedupe run, interleaved: the cost on real text.
  const timed = (extra) => {
    const started = performance.now();
    const out = execFileSync(
      process.execPath,
      [CLI, corpus, "--jobs", flags.jobs, "-q", ...extra],
      {
        maxBuffer: 1 << 30,
        encoding: "utf8",
      },
    );
    return { out, seconds: (performance.now() - started) / 1000 };
  };
  const rounds = [];
  let out = "";
  for (let round = 0; round < Number(flags.rounds); round++) {
    const plain = timed([]);
    const deduped = timed(["--dedupe"]);
    out = deduped.out;
    rounds.push({ plain: plain.seconds, dedupe: deduped.seconds });
    log(
      `round ${round + 1}: plain ${plain.seconds.toFixed(1)} s, --dedupe ${deduped.seconds.toFixed(1)} s`,
    );
  }
  const seconds = median(rounds.map((r) => r.dedupe));
  const cost = median(rounds.map((r) => r.dedupe / r.plain));
  const records = out
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  log(`article-clean --dedupe: ${records.length} records in ${seconds.toFixed(1)} s`);
  const cli = score(records, truth);
  const sweep = [];
  for (const threshold of flags.thresholds.split(",").map(Number)) {
    const judged = rejudge(records, threshold);
    const result = score(records, truth, (r) => judged.get(r));
    sweep.push({
      threshold,
      ...totals(result.rows.filter((r) => brief(r.kind))),
      byKind: result.rows.map(withRates),
    });
    if (threshold === DEFAULT_THRESHOLD) {
      const differ = records.filter((r) => judged.get(r) !== r.duplicate_of).length;
      if (differ > 0) throw new Error(`the sweep disagrees with the CLI on ${differ} records`);
    }
  }
  report({ files: files.length, seconds, cost, cli, sweep, spread: similarities(records) });
} finally {
  if (flags.keep) log(`corpus kept in ${corpus}`);
  else rmSync(work, { recursive: true, force: true });
}

/**
 * How similar the copies of each kind are to the first record of their
 * article, and the pairs of other kinds to each other: the gap the
 * threshold must fall in.
 */
function similarities(records) {
  const first = new Map();
  const byKind = new Map();
  for (const record of records) {
    const file = truth.get(record.path);
    const signature = bodySignature(record.body);
    if (!signature) continue;
    // A same-event pair is two groups: the second is compared with the first all the same.
    const key = file.kind === "same-event" ? `event-${file.pair}` : file.group;
    if (!first.has(key)) {
      first.set(key, signature);
      continue;
    }
    const other = first.get(key);
    if (!other) continue;
    byKind.set(file.kind, [...(byKind.get(file.kind) ?? []), estimate(other, signature)]);
  }
  return [...byKind].map(([kind, values]) => {
    values.sort((a, b) => a - b);
    const q = (p) => values[Math.min(values.length - 1, Math.floor(p * values.length))];
    return {
      kind,
      pairs: values.length,
      min: values[0],
      p05: q(0.05),
      median: q(0.5),
      max: values.at(-1),
    };
  });
}

function estimate(a, b) {
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return Math.max(0, (equal / a.length - 1 / 256) / (1 - 1 / 256));
}

/** The kinds the brief names (the natural ones are reported beside them). */
function brief(kind) {
  return [
    "exact",
    "furniture",
    "paragraph-removed",
    "paragraph-added",
    "wire",
    "same-event",
    "distinct",
  ].includes(kind);
}

/** duplicate_of at `threshold`, by the same code the CLI runs, over the records' bodies in run order. */
function rejudge(records, threshold) {
  const finder = new DuplicateFinder(threshold);
  const out = new Map();
  for (const record of records)
    out.set(record, finder.judge(bodySignature(record.body), record.id).duplicateOf);
  return out;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function report({ files, seconds, cost, cli, sweep, spread }) {
  const rows = cli.rows.map(withRates);
  const briefTotal = totals(
    rows.filter((r) => brief(r.kind)),
    "the brief's kinds",
  );
  const allTotal = totals(rows, "all kinds");
  if (flags.json) {
    console.log(
      JSON.stringify(
        {
          files,
          seconds,
          threshold: DEFAULT_THRESHOLD,
          rows,
          briefTotal,
          allTotal,
          wrongs: cli.wrongs,
          sweep,
          spread,
        },
        null,
        2,
      ),
    );
    return;
  }
  const f = (x) => (x === undefined ? "" : x.toFixed(3));
  const line = (r) => [
    KINDS[r.kind] ?? r.kind,
    r.records,
    r.should,
    r.right,
    r.wrong,
    r.missed,
    f(r.precision),
    f(r.recall),
  ];
  console.log(
    `\n${files} files, article-clean --dedupe (threshold ${DEFAULT_THRESHOLD}), --jobs ${flags.jobs}, ${seconds.toFixed(1)} s: ${cost.toFixed(3)}x the time of a plain run (median of ${flags.rounds} interleaved rounds)\n`,
  );
  const order = Object.keys(KINDS);
  rows.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  console.log(
    table(
      ["kind", "records", "copies", "right", "wrong", "missed", "precision", "recall"],
      [...rows.map(line), line(briefTotal), line(allTotal)],
    ),
  );
  console.log(
    "\n(copies: records with an earlier record of the same article; right: duplicate_of names one; wrong: names another article; missed: null)",
  );
  if (cli.wrongs.length > 0) {
    console.log("\nwrong duplicate_of:");
    for (const w of cli.wrongs.slice(0, 20))
      console.log(
        `  ${w.kind}: ${path.relative(corpus, w.path)} -> ${w.pointsAt} (${w.similarity})`,
      );
  }
  console.log("\nestimated similarity of each copy to the first record of its article\n");
  console.log(
    table(
      ["kind", "copies", "min", "5%", "median", "max"],
      spread.map((s) => [
        KINDS[s.kind] ?? s.kind,
        s.pairs,
        f(s.min),
        f(s.p05),
        f(s.median),
        f(s.max),
      ]),
    ),
  );
  console.log("\nthreshold sweep (the brief's kinds; recall of each kind)\n");
  const kinds = [
    "exact",
    "furniture",
    "paragraph-removed",
    "paragraph-added",
    "wire",
    "same-url",
    "page-dump",
  ];
  console.log(
    table(
      ["threshold", "precision", "recall", ...kinds.map((k) => `R ${k}`), "wrong same-event"],
      sweep.map((s) => [
        s.threshold,
        f(s.precision),
        f(s.recall),
        ...kinds.map((k) => f(s.byKind.find((r) => r.kind === k)?.recall)),
        s.byKind.find((r) => r.kind === "same-event")?.wrong ?? 0,
      ]),
    ),
  );
}

function table(headers, rows) {
  const widths = headers.map((h, i) =>
    Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)),
  );
  const fmt = (cells) =>
    cells
      .map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
      .join("  ");
  return [fmt(headers), fmt(widths.map((w) => "-".repeat(w))), ...rows.map(fmt)].join("\n");
}
