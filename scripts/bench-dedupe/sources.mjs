// The real texts the dedupe benchmark starts from, read where they lie
// (../shared/pool and ../shared/dev): never copied into the project.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** A real scrape: its text, where it came from, and what meta.jsonl says of it. */
export function loadSources(shared) {
  const pool = path.join(shared, "pool");
  const dev = path.join(shared, "dev");
  for (const dir of [pool, dev])
    if (!existsSync(dir)) throw new Error(`${dir} is missing: the benchmark reads its texts there`);
  const sources = [];
  const meta = readJsonl(path.join(pool, "news-json/meta.jsonl"));
  for (const m of meta)
    sources.push({
      origin: `pool/news-json/${m.file}`,
      folder: m.file.split("/")[0],
      text: readFileSync(path.join(pool, "news-json", m.file), "utf8"),
      url: normaliseUrl(m.url),
      title: m.title ?? "",
      date: (m.publish_date ?? "").slice(0, 10),
      publisher: m.publisher ?? "",
    });
  for (const collection of ["ptc", "owt"])
    for (const m of readJsonl(path.join(pool, collection, "meta.jsonl")))
      sources.push({
        origin: `pool/${collection}/${m.file}`,
        folder: collection,
        text: readFileSync(path.join(pool, collection, m.file), "utf8"),
      });
  for (const corpus of ["container", "fullpage", "wild"]) {
    const dir = path.join(dev, corpus, "in");
    for (const file of readdirSync(dir).sort())
      sources.push({
        origin: `dev/${corpus}/${file}`,
        folder: `dev-${corpus}`,
        page: corpus === "wild" ? undefined : file,
        text: readFileSync(path.join(dir, file), "utf8"),
      });
  }
  return sources;
}

function readJsonl(file) {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line));
}

/** One spelling per page: scheme, `www.`/`edition.`, query and trailing slash do not count. */
function normaliseUrl(url) {
  if (!url) return "";
  return url
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^(?:www|edition|amp|m)\./, "")
    .replace(/[?#].*$/, "")
    .replace(/\/+$/, "");
}

/**
 * The sentences of a raw text's long lines (80+ characters that end as a
 * sentence does, spacing collapsed): the ground truth's own test of "the
 * same article", on the raw files and independent of the cleaner and of
 * shingles. Titles (no full stop) do not count: a page 2 repeats page 1's.
 */
export function longLines(text) {
  const out = new Set();
  for (const line of text.split(/\r?\n/)) {
    const clean = line.replace(/\s+/g, " ").trim();
    if (clean.length >= 80 && /[.!?"\u201d\u2019)]$/.test(clean)) out.add(clean);
  }
  return out;
}

/** Share of the smaller set's long lines that the other has too (0 when either has none). */
export function containment(a, b) {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const line of small) if (big.has(line)) shared++;
  return shared / small.size;
}

/** Paragraphs of a raw text: blank-line blocks, or lines when it has no blank line. */
export function paragraphsOf(text) {
  const normal = text.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
  const blocks = /\n[ \t]*\n/.test(normal) ? normal.split(/\n[ \t]*\n/) : normal.split("\n");
  return blocks.filter((block) => block.trim() !== "");
}

export const wordCount = (text) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
