// Generates a corpus of realistic scrapes for `npm run bench`, built from the
// golden fixtures: each file is one fixture with its body paragraphs shuffled,
// its trailing widget lines swapped for others, a different date and agency,
// and paragraphs borrowed from articles in the same language until it reaches
// the requested size. Deterministic for a given seed.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Languages of the fixtures whose names say so; the rest are English. */
const LANGUAGE_BY_NAME = [
  [/french/, "fr"],
  [/german/, "de"],
  [/spanish/, "es"],
  [/russian/, "ru"],
  [/chinese/, "zh"],
];

/** Widget lines real scrapes end with, by language: swapped into each file's tail. */
const WIDGETS = {
  en: [
    "Share this article",
    "Tweet",
    "Email",
    "Read more:",
    "Advertisement",
    "Subscribe to our newsletter",
    "Follow us on Twitter",
    "Comments",
    "Related Topics",
    "More on this story",
  ],
  fr: ["Votre message a été envoyé!", "Partager", "Lire aussi", "Publicité", "Commentaires"],
  de: ["Anzeige", "Teilen", "Lesen Sie auch", "Kommentare", "Mehr zum Thema"],
  es: ["Compartir", "Lo más leído", "Síguenos en Telegram", "Publicidad", "Comentarios"],
  ru: ["Поделиться", "Читайте также", "Реклама", "Комментарии"],
  zh: ["分享到", "责任编辑", "相关新闻", "广告"],
};

const AGENCIES = ["Reuters", "AFP", "AP", "Sputnik", "TASS", "EFE", "dpa", "Xinhua", "ANSA", "UPI"];
const AGENCY_WORD = /\b(Reuters|AFP|AP|Sputnik|TASS|EFE|dpa|Xinhua)\b/g;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const ISO_DATE = /\b(19|20)\d{2}-\d{2}-\d{2}(?!\d)/g;
// Clock times ("4:12 PM", "T09:41:00Z"): varied too, so timestamp lines are as
// unique as in real scrapes and no cache sees the same line twice by accident.
const CLOCK = /(?<!\d)\d{1,2}:\d{2}(?!\d)/g;
const ENGLISH_DATE = new RegExp(`\\b(${MONTHS.join("|")}) \\d{1,2}, (19|20)\\d{2}\\b`, "g");

/** mulberry32: a small seeded PRNG, so the same seed gives the same corpus. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

function shuffle(rand, list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** A fixture split into head (header, caption, headline), body paragraphs and tail (widgets). */
function parseTemplate(name, text) {
  const bom = text.startsWith("\uFEFF");
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const paragraphs = [];
  let current = [];
  for (const line of (bom ? text.slice(1) : text).split(/\r?\n/)) {
    if (line.trim() === "") {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) paragraphs.push(current);
  // Prose is a long line ending a sentence (captions and titles don't); CJK packs more into fewer characters.
  const isProseLine = (line) =>
    line.trim().length >= (/[\u3040-\u9fff]/.test(line) ? 30 : 80) &&
    /[.!?"\u201d\u00bb\u3002]$/.test(line.trim());
  const isProse = (p) => p.some(isProseLine);
  const first = paragraphs.findIndex(isProse);
  let last = paragraphs.length - 1;
  while (last > first && !isProse(paragraphs[last])) last--;
  const lang = LANGUAGE_BY_NAME.find(([re]) => re.test(name))?.[1] ?? "en";
  const body = paragraphs.slice(Math.max(first, 0), last + 1);
  const indent = /^\s*/.exec(body[0]?.find(isProseLine) ?? "")[0];
  return {
    name,
    lang,
    bom,
    eol,
    indent,
    isProseLine,
    head: paragraphs.slice(0, Math.max(first, 0)),
    body,
    tail: paragraphs.slice(last + 1),
  };
}

/** Every `fixtures/cases/*\/input.txt` and `fixtures/000_*.txt`, parsed. */
export function loadTemplates(fixtures) {
  const files = [];
  for (const name of readdirSync(path.join(fixtures, "cases")).sort())
    files.push([name, path.join(fixtures, "cases", name, "input.txt")]);
  for (const name of readdirSync(fixtures).sort())
    if (/^000_.*\.txt$/.test(name)) files.push([name, path.join(fixtures, name)]);
  return files.map(([name, file]) => parseTemplate(name, readFileSync(file, "utf8")));
}

function reindent(paragraph, indent) {
  return paragraph.map((line) => indent + line.trimStart());
}

const donorCache = new WeakMap();

/** Prose paragraphs, ledes excepted, of every template in `lang`. */
function donorParagraphs(templates, lang) {
  let byLang = donorCache.get(templates);
  if (!byLang) {
    byLang = new Map();
    donorCache.set(templates, byLang);
  }
  let pool = byLang.get(lang);
  if (!pool) {
    pool = templates
      .filter((t) => t.lang === lang)
      .flatMap((t) => t.body.slice(1).filter((p) => p.some(t.isProseLine)));
    byLang.set(lang, pool);
  }
  return pool;
}

/** One varied scrape from a template, about `targetBytes` long. */
export function makeScrape(rand, template, templates, targetBytes) {
  const { indent } = template;
  const body = [template.body[0], ...shuffle(rand, template.body.slice(1))];
  // Borrow prose paragraphs (not ledes: they carry datelines) from articles in
  // the same language until the file is long enough; none twice in one file.
  const goal = targetBytes * (0.5 + rand());
  const inFile = new Set(body.flat().map((line) => line.trim()));
  const pool = shuffle(rand, donorParagraphs(templates, template.lang));
  let size = Buffer.byteLength([...template.head, ...body].flat().join("\n"));
  for (const paragraph of pool) {
    if (size >= goal) break;
    if (paragraph.some((line) => inFile.has(line.trim()))) continue;
    for (const line of paragraph) inFile.add(line.trim());
    body.splice(1 + Math.floor(rand() * body.length), 0, reindent(paragraph, indent));
    size += Buffer.byteLength(paragraph.join("\n")) + 2;
  }
  // A widget line dropped into the body now and then, as scrapers do.
  const widgets = WIDGETS[template.lang] ?? WIDGETS.en;
  if (rand() < 0.3)
    body.splice(1 + Math.floor(rand() * body.length), 0, [indent + pick(rand, widgets)]);
  const tail = template.tail.map((p) =>
    p.map((line) =>
      line.trim().length < 60 && rand() < 0.5 ? indent + pick(rand, widgets) : line,
    ),
  );
  let text = [...template.head, ...body, ...tail]
    .map((p) => p.join(template.eol))
    .join(template.eol + template.eol);
  const year = 2015 + Math.floor(rand() * 10);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  text = text.replace(ISO_DATE, iso).replace(ENGLISH_DATE, `${MONTHS[month - 1]} ${day}, ${year}`);
  const hour = String(1 + Math.floor(rand() * 12)).padStart(2, "0");
  const minute = String(Math.floor(rand() * 60)).padStart(2, "0");
  text = text.replace(CLOCK, `${hour}:${minute}`);
  if (rand() < 0.5) {
    const agency = pick(rand, AGENCIES);
    text = text.replace(AGENCY_WORD, agency);
  }
  return (template.bom ? "\uFEFF" : "") + text + template.eol;
}

/**
 * Write `files` scrapes under `dir`, nested as `gNN/dNNNN/NNNNNNN_xxxx.txt`
 * with `perDir` files per leaf folder. Returns the total bytes written.
 */
export function writeCorpus(dir, { files, bytes, seed = 1, perDir = 1000, fixtures }) {
  const templates = loadTemplates(fixtures);
  const rand = random(seed);
  let total = 0;
  let leaf = "";
  for (let i = 0; i < files; i++) {
    if (i % perDir === 0) {
      const d = Math.floor(i / perDir);
      leaf = path.join(
        dir,
        `g${String(Math.floor(d / 10)).padStart(3, "0")}`,
        `d${String(d).padStart(5, "0")}`,
      );
      mkdirSync(leaf, { recursive: true });
    }
    const text = makeScrape(rand, pick(rand, templates), templates, bytes);
    const name = `${String(i).padStart(7, "0")}_${Math.floor(rand() * 0xffffffff)
      .toString(16)
      .padStart(8, "0")}.txt`;
    const data = Buffer.from(text, "utf8");
    writeFileSync(path.join(leaf, name), data);
    total += data.length;
  }
  return total;
}
