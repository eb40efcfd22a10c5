#!/usr/bin/env node
// `npm run bench:dedupe-memory`: the memory --dedupe holds for N distinct
// articles, measured: N signatures of distinct articles (random bytes, as
// MinHash signatures of unrelated texts are) judged one by one by the same
// DuplicateFinder a run uses, so each is looked up and then stored. Prints
// the process's RSS and heap growth, the finder's own count of its bytes,
// and the time per judgement. Every record of a run is an original here:
// the worst case (copies are not stored).
//
// With --cli N, also the whole CLI: N distinct made-up articles (~90 words
// of seeded nonsense each, so no two are alike) in a temp folder, cleaned
// with and without --dedupe (--jobs 2, --no-corpus), peak RSS of each.
//
//   npm run bench:dedupe-memory                 1,000,000 articles
//   npm run bench:dedupe-memory -- --articles 200000
//   npm run bench:dedupe-memory -- --articles 0 --cli 1000000
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { measure } from "./bench/measure.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const { DuplicateFinder, SIGNATURE_BYTES } = await import(path.join(ROOT, "dist/dedupe/index.js"));
const { values: flags } = parseArgs({
  options: {
    articles: { type: "string", default: "1000000" },
    seed: { type: "string", default: "1" },
    cli: { type: "string", default: "0" },
  },
});
const articles = Number(flags.articles);

let state = Number(flags.seed) >>> 0;
const next = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
};
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const gc = globalThis.gc ?? (() => {});

gc();
const before = process.memoryUsage();
const finder = new DuplicateFinder();
// Run-like extras the stage keeps per original: its seq (a number).
const seqs = [];
const signature = new Uint8Array(SIGNATURE_BYTES);
const id = Buffer.alloc(32);
let duplicates = 0;
const started = performance.now();
let peakRss = 0;
for (let n = 0; n < articles; n++) {
  for (let i = 0; i < SIGNATURE_BYTES; i += 4) {
    const r = next();
    signature[i] = r;
    signature[i + 1] = r >>> 8;
    signature[i + 2] = r >>> 16;
    signature[i + 3] = r >>> 24;
  }
  id.writeUInt32BE(n, 28);
  const judged = finder.judge(signature, id.toString("hex"));
  if (judged.duplicateOf !== null) duplicates++;
  else seqs.push(n + 1);
  if (n % 65536 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const seconds = (performance.now() - started) / 1000;
gc();
const after = process.memoryUsage();
peakRss = Math.max(peakRss, after.rss);
const result = {
  articles,
  originals: finder.originals,
  falseDuplicates: duplicates,
  finderBytes: finder.bytes(),
  rssGrowthMb: Number(mb(after.rss - before.rss)),
  peakRssMb: Number(mb(peakRss)),
  heapGrowthMb: Number(mb(after.heapUsed - before.heapUsed)),
  arrayBuffersGrowthMb: Number(mb(after.arrayBuffers - before.arrayBuffers)),
  bytesPerArticle: Math.round((after.rss - before.rss) / articles),
  microsecondsPerArticle: Number(((seconds / articles) * 1e6).toFixed(2)),
};
console.log(JSON.stringify(result, null, 2));
if (Number(flags.cli) > 0) console.log(JSON.stringify(await cliRuns(Number(flags.cli)), null, 2));

/** Peak RSS of whole runs over `count` distinct articles, plain and with --dedupe. */
async function cliRuns(count) {
  const dir = mkdtempSync(path.join(tmpdir(), "article-clean-distinct-"));
  try {
    const syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "de", "pa", "go", "ze"];
    const word = () => {
      let w = "";
      for (let n = 2 + (next() % 3); n > 0; n--) w += syllables[next() % syllables.length];
      return w;
    };
    for (let n = 0; n < count; n++) {
      const folder = path.join(dir, String(Math.floor(n / 1000)).padStart(4, "0"));
      if (n % 1000 === 0) mkdirSync(folder);
      const paragraphs = [];
      for (let p = 0; p < 3; p++) {
        const words = [];
        for (let w = 0; w < 30; w++) words.push(word());
        paragraphs.push(`${words.join(" ")}.`);
      }
      writeFileSync(path.join(folder, `${n}.txt`), `${paragraphs.join("\n\n")}\n`);
    }
    const cli = path.join(ROOT, "bin/article-clean.js");
    const out = path.join(dir, "out.jsonl");
    const runs = {};
    for (const [name, extra] of [
      ["plain", []],
      ["--dedupe", ["--dedupe"]],
    ]) {
      const args = [cli, dir, "--jobs", "2", "--no-corpus", "-q", ...extra];
      const result = await measure(process.execPath, args, { stdoutFile: out, cwd: ROOT });
      runs[name] = {
        seconds: Number(result.seconds.toFixed(1)),
        peakRssMb: Math.round(result.peakRssMb),
      };
      rmSync(out, { force: true });
    }
    return { files: count, ...runs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
