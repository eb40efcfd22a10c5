#!/usr/bin/env node
// `npm run eval`: every development corpus in one table, and how far the
// headline's confidence can be trusted. Runs the built CLI over each corpus
// in ../shared/dev (read at run time: the texts stay there), scores the
// records with ../shared/dev/score, and prints one row per corpus, then the
// headline accuracy per confidence band.
//
//   npm run eval                      all four corpora
//   npm run eval -- --corpus wild     one of them
//   npm run eval -- --json            the numbers as JSON
//   npm run eval -- --dev DIR         the corpora somewhere else
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const ROOT = path.resolve(import.meta.dirname, "..");
const CLI = path.join(ROOT, "bin/article-clean.js");
const { values: flags } = parseArgs({
  options: {
    dev: { type: "string", default: path.resolve(ROOT, "../shared/dev") },
    corpus: { type: "string", multiple: true },
    json: { type: "boolean", default: false },
    args: { type: "string", default: "" },
  },
});

const CORPORA = flags.corpus ?? ["container", "fullpage", "seedlike", "wild"];
const SCORE = path.join(flags.dev, "score");
if (!existsSync(SCORE)) {
  console.error(`eval: no scorer at ${SCORE} (pass --dev DIR)`);
  process.exit(66);
}

/** Confidence bands the headline's confidence is reported in. */
const BANDS = [
  [0.8, 1.01],
  [0.6, 0.8],
  [0.4, 0.6],
  [0, 0.4],
];

const work = mkdtempSync(path.join(tmpdir(), "article-clean-eval-"));
const results = [];
try {
  for (const corpus of CORPORA) {
    const input = path.join(flags.dev, corpus, "in");
    const out = path.join(work, `${corpus}.jsonl`);
    const extra = flags.args === "" ? [] : flags.args.split(" ");
    const run = spawnSync(process.execPath, [CLI, "-q", ...extra, input], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    });
    if (run.status !== 0) throw new Error(`eval: the CLI failed on ${corpus}: ${run.stderr}`);
    writeFileSync(out, run.stdout);
    const perFile = path.join(work, `${corpus}.per.jsonl`);
    const score = JSON.parse(
      execFileSync(
        "python3",
        [SCORE, path.join(flags.dev, corpus), out, "--json", "--per-file", perFile],
        {
          encoding: "utf8",
        },
      ),
    );
    const records = new Map(
      run.stdout
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line))
        .map((r) => [path.basename(r.path), r]),
    );
    const bands = BANDS.map(([low, high]) => ({ low, high, n: 0, right: 0 }));
    for (const line of readFileSync(perFile, "utf8").split("\n").filter(Boolean)) {
      const file = JSON.parse(line);
      if (file.headline_ok === undefined) continue;
      const record = records.get(file.file);
      if (!record || record.headline === null) continue;
      const band = bands.find(
        (b) => record.confidence.headline >= b.low && record.confidence.headline < b.high,
      );
      if (!band) continue;
      band.n++;
      if (file.headline_ok) band.right++;
    }
    results.push({ corpus, score, bands });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (flags.json) {
  console.log(JSON.stringify(results, null, 2));
  process.exit(0);
}

const COLUMNS = [
  ["P", "body_precision"],
  ["R", "body_recall"],
  ["F1", "body_f1"],
  ["docF1", "body_doc_f1"],
  ["lost", "over_deletion"],
  ["headline", "headline_acc"],
  ["date", "date_acc"],
  ["false date", "date_false_rate"],
  ["source", "source_acc"],
  ["false src", "source_false_rate"],
  ["leak", "leak_rate"],
  ["tricky", "tricky_kept"],
];
const cell = (value) => (typeof value === "number" ? value.toFixed(3) : "–");
console.log(`| corpus | ${COLUMNS.map(([name]) => name).join(" | ")} |`);
console.log(`|---|${COLUMNS.map(() => "---").join("|")}|`);
for (const { corpus, score } of results)
  console.log(`| ${corpus} | ${COLUMNS.map(([, key]) => cell(score[key])).join(" | ")} |`);

console.log(
  "\nheadline accuracy by confidence (records with a headline; n = records in the band)\n",
);
console.log(
  `| corpus | ${BANDS.map(([low, high]) => `${low}–${Math.min(high, 1)}`).join(" | ")} |`,
);
console.log(`|---|${BANDS.map(() => "---").join("|")}|`);
for (const { corpus, bands } of results) {
  if (bands.every((b) => b.n === 0)) continue;
  console.log(
    `| ${corpus} | ${bands.map((b) => (b.n === 0 ? "–" : `${(b.right / b.n).toFixed(3)} (n=${b.n})`)).join(" | ")} |`,
  );
}
