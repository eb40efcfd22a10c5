// Builds the dedupe benchmark's corpus from real scrapes, with its ground
// truth: which files are the same article (a group) and how each file was
// made (its kind). Deterministic for a seed.
import { createHash } from "node:crypto";
import { random } from "../bench/corpus.js";
import { furnished, OUTLETS } from "./furniture.mjs";
import { containment, longLines, paragraphsOf, wordCount } from "./sources.mjs";

/**
 * The kinds of group, as the table prints them. Every file of a group has
 * its group's kind, the original included: which of the two comes first in
 * path order is chance (names are hashes), and either must find the other.
 */
export const KINDS = {
  exact: "exact copy",
  furniture: "other header and furniture",
  "paragraph-removed": "a paragraph removed",
  "paragraph-added": "a paragraph added",
  wire: "wire story, other outlets",
  "same-event": "other article, same event",
  "same-url": "same URL, scraped again (natural)",
  "natural-wire": "same text, other URL (natural)",
  "page-dump": "article vs whole-page dump (natural)",
  distinct: "distinct articles (background)",
};

/** Share of long lines above which two raw files are the same article, and below which they are not. */
const SAME = 0.5;
const DIFFERENT = 0.1;

export function buildCorpus(sources, { seed = 1, copies = 60, background = 900 } = {}) {
  const rand = random(seed);
  const files = [];
  let groups = 0;
  const add = (text, folder, group, kind, origin, pair) =>
    files.push({
      name: `${folder}/${hashName(text, files.length, seed)}.txt`,
      text,
      group,
      kind,
      origin,
      pair,
    });
  for (const source of sources) source.lines = longLines(source.text);
  const used = new Set();

  // Natural: the same URL scraped more than once, kept where the raw files agree.
  const byUrl = groupBy(
    sources.filter((s) => s.url),
    (s) => s.url,
  );
  for (const members of byUrl.values()) {
    if (members.length < 2) continue;
    const [first, ...rest] = members;
    const same = rest.filter((s) => containment(first.lines, s.lines) >= SAME);
    for (const s of members) used.add(s);
    if (same.length === 0) continue;
    const group = groups++;
    add(first.text, first.folder, group, "same-url", first.origin);
    for (const s of same) add(s.text, s.folder, group, "same-url", s.origin);
  }
  // Natural: a dev page as its article element and as a whole-page dump.
  const pages = groupBy(
    sources.filter((s) => s.page),
    (s) => s.page,
  );
  for (const members of pages.values()) {
    const group = groups++;
    for (const s of members) {
      used.add(s);
      add(s.text, s.folder, group, "page-dump", s.origin);
    }
  }
  // Bases: real articles of some length, no two sharing long lines (hidden
  // copies would make the ground truth wrong), none sharing with the above.
  const taken = new Map();
  for (const s of sources.filter((x) => used.has(x)))
    for (const line of s.lines) taken.set(line, s);
  const bases = [];
  for (const s of sources) {
    if (used.has(s) || wordCount(s.text) < 150 || s.lines.size < 3) continue;
    const clash = [...s.lines].some((line) => taken.has(line));
    if (clash) continue;
    for (const line of s.lines) taken.set(line, s);
    bases.push(s);
  }
  // Natural: other articles on the same day with the same title words; those
  // that share their text are wire copies, those that share nothing are the
  // same event told twice. In between is ambiguous and left out.
  const events = sameEventPairs(sources.filter((s) => !used.has(s) && s.title && s.date));
  const inEvent = new Set();
  for (const [a, b] of events) {
    if (inEvent.has(a) || inEvent.has(b)) continue;
    const shared = containment(a.lines, b.lines);
    if (shared > DIFFERENT && shared < SAME) continue;
    inEvent.add(a);
    inEvent.add(b);
    if (shared >= SAME) {
      const group = groups++;
      add(a.text, a.folder, group, "natural-wire", a.origin);
      add(b.text, b.folder, group, "natural-wire", b.origin);
    } else {
      const pair = groups;
      add(a.text, a.folder, groups++, "same-event", a.origin, pair);
      add(b.text, b.folder, groups++, "same-event", b.origin, pair);
    }
  }
  const free = shuffle(
    rand,
    bases.filter((s) => !inEvent.has(s)),
  );
  const take = (n, test = () => true) => {
    const out = [];
    while (out.length < n && free.length > 0) {
      const s = free.pop();
      if (test(s)) out.push(s);
      else free.unshift(s);
      if (out.length < n && free.every((x) => !test(x))) break;
    }
    return out;
  };
  const titleOf = (s) => s.title || (paragraphsOf(s.text)[0] ?? "").trim().slice(0, 90);
  const prose = (s) => paragraphsOf(s.text).filter((p) => wordCount(p) >= 25);
  const donors = bases.filter((s) => prose(s).length > 0);

  for (const s of take(copies)) {
    const group = groups++;
    add(s.text, s.folder, group, "exact", s.origin);
    add(s.text, "mirror", group, "exact", s.origin);
  }
  for (const s of take(copies)) {
    const group = groups++;
    const outlet = pick(rand, OUTLETS);
    add(s.text, s.folder, group, "furniture", s.origin);
    add(
      furnished(rand, s.text, titleOf(s), outlet, titleOf(pick(rand, bases))),
      outlet.domain,
      group,
      "furniture",
      s.origin,
    );
  }
  const long = (s) => prose(s).length >= 6;
  for (const s of take(copies, long)) {
    const group = groups++;
    add(s.text, s.folder, group, "paragraph-removed", s.origin);
    const paragraphs = paragraphsOf(s.text);
    const candidates = paragraphs
      .map((p, i) => (wordCount(p) >= 25 ? i : -1))
      .filter((i) => i >= 0)
      .slice(1);
    const cut = pick(rand, candidates);
    add(
      paragraphs.filter((_, i) => i !== cut).join("\n\n"),
      "edited",
      group,
      "paragraph-removed",
      s.origin,
    );
  }
  for (const s of take(copies, long)) {
    const group = groups++;
    add(s.text, s.folder, group, "paragraph-added", s.origin);
    const paragraphs = paragraphsOf(s.text);
    // A paragraph the size of the article's own: a whole second article is no "paragraph added".
    const sizes = prose(s)
      .map(wordCount)
      .sort((a, b) => a - b);
    const typical = sizes[Math.floor(sizes.length / 2)];
    const fits = (p) => wordCount(p) <= typical * 1.5;
    let donor = pick(rand, donors);
    while (donor === s || !prose(donor).some(fits)) donor = pick(rand, donors);
    const at = 1 + Math.floor(rand() * (paragraphs.length - 1));
    paragraphs.splice(at, 0, pick(rand, prose(donor).filter(fits)));
    add(paragraphs.join("\n\n"), "edited", group, "paragraph-added", s.origin);
  }
  for (const s of take(Math.round(copies / 2))) {
    const group = groups++;
    add(s.text, s.folder, group, "wire", s.origin);
    for (const outlet of shuffle(rand, OUTLETS).slice(0, 3))
      add(
        furnished(rand, s.text, titleOf(s), outlet, titleOf(pick(rand, bases))),
        outlet.domain,
        group,
        "wire",
        s.origin,
      );
  }
  for (const s of free.slice(0, background)) add(s.text, s.folder, groups++, "distinct", s.origin);
  return files;
}

/** Pairs of different articles from the same day whose titles share words. */
function sameEventPairs(sources) {
  const stop = new Set(
    "the a an of to in on for and or is are was were be by with at from as that this it its after over new says said say will".split(
      " ",
    ),
  );
  const words = (t) =>
    new Set(
      (t.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length > 2 && !stop.has(w)),
    );
  const pairs = [];
  for (const day of groupBy(sources, (s) => s.date).values())
    for (let i = 0; i < day.length; i++)
      for (let j = i + 1; j < day.length; j++) {
        const [a, b] = [day[i], day[j]];
        if (a.publisher === b.publisher) continue;
        const wa = words(a.title);
        const wb = words(b.title);
        const both = [...wa].filter((w) => wb.has(w)).length;
        if (both >= 2 && both / (wa.size + wb.size - both) >= 0.2) pairs.push([a, b]);
      }
  return pairs;
}

function groupBy(list, key) {
  const out = new Map();
  for (const item of list) {
    const k = key(item);
    out.set(k, [...(out.get(k) ?? []), item]);
  }
  return out;
}

/** Names from a hash: a copy lands before or after its original by chance, as in real folders. */
function hashName(text, n, seed) {
  return createHash("sha1").update(`${seed}\0${n}\0${text}`).digest("hex").slice(0, 12);
}

export const pick = (rand, list) => list[Math.floor(rand() * list.length)];

export function shuffle(rand, list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
