import type { Report } from "../report.js";
import type { Stage } from "../stage.js";
import type { Doc, Line } from "../text/document.js";
import { hashToken } from "../text/token-hash.js";

/**
 * "About the author", "Über den Autor", "À propos de l'auteur", "Sobre el
 * autor", "Об авторе", or "About Jane Roe" / "Über Max Muster": the header
 * of an author box.
 */
const BIO_HEADER =
  /^(?:about the authors?|about the writer|über den autor|über die autorin|über die autoren|zum autor|zur autorin|à propos de l['’]aut(?:eur|rice)|l['’]aut(?:eur|rice)|sobre el autor|sobre la autora|sobre o autor|sobre a autora|l['’]autore|об авторе|про автора)\s*:?$/iu;
// Case matters here (no `i`): "About Jane Roe", not "About this series".
const BIO_HEADER_NAMED =
  /^(?:About|Über|À propos de|Sobre)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}\s*:?$/u;

// A person's name: two or three capitalised words.
const PERSON = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}`;
// The roles an author's note gives, in the catalogue languages; either
// case for the first letter (German nouns are capitalised).
const ROLE_WORDS = [
  "author",
  "writer",
  "journalist",
  "reporter",
  "correspondent",
  "columnist",
  "contributor",
  "editor",
  "fellow",
  "professor",
  "jornalista",
  "journaliste",
  "journalistin",
  "redakteur",
  "redakteurin",
  "autor",
  "autorin",
  "periodista",
  "giornalista",
  "scrittore",
  "scrittrice",
  "журналист",
  "журналистка",
  "корреспондент",
  "обозреватель",
  "писатель",
  "doutorando",
  "doutoranda",
  "professeur",
  "professora",
  "chercheur",
  "chercheuse",
];
const ROLE = `(?:${ROLE_WORDS.map((w) => `[${(w[0] as string).toUpperCase()}${w[0]}]${w.slice(1)}`).join("|")})`;

/**
 * The author's note: "*Jane Roe é jornalista e doutoranda…", "Contributor
 * Sam Poe is a senior fellow at … and the author of …", "Max Muster ist
 * Redakteur bei …": a name (perhaps after a word or two of role), a
 * copula, and a writer's role within a few words.
 */
const BIO_LINE = new RegExp(
  String.raw`^\*?\s*(?:\S+\s+){0,2}?${PERSON}\s+(?:is|was|é|est|ist|es|è|являет(?:ся)?|—|,)\s+(?:\S+\s+){0,8}?${ROLE}(?!\p{L})`,
  "u", // no \`i\`: the name's capitals are the evidence
);
/** The role words as token hashes: a line without one is no author's note, and skips the pattern. */
const ROLE_HASHES: ReadonlySet<number> = new Set(ROLE_WORDS.map(hashToken));
const hasRole = (line: Line) => line.hashes.some((hash) => ROLE_HASHES.has(hash));
/** An author's note is a sentence or three. */
const MAX_BIO_WORDS = 80;
/** How many of the article's last kept lines are read. */
const LAST_LINES = 2;
/** Below a header, the box's own lines: its bio and links. */
const MAX_BOX_LINES = 4;

/**
 * The author's box at the end of an article: a note on who wrote it ("Jane
 * Roe is a reporter at …"), under its header or alone. Only the last kept
 * lines are read: the same sentence in the middle of a story is about
 * someone the story is about.
 */
export const authorBio: Stage = {
  id: "bio",
  run(doc, report) {
    const kept = lastKept(doc, report, MAX_BOX_LINES + LAST_LINES);
    const header = kept.findIndex(
      (line) => line.words <= 6 && (BIO_HEADER.test(line.text) || BIO_HEADER_NAMED.test(line.text)),
    );
    if (header >= 0) {
      for (const line of kept.slice(header, header + 1 + MAX_BOX_LINES))
        if (line.words <= MAX_BIO_WORDS)
          report.remove(line.index, {
            kind: "boilerplate",
            rule: "bio/author-box",
            reason: "the author's box at the end of the article, under its header",
          });
      return;
    }
    for (const line of kept.slice(-LAST_LINES))
      if (line.words <= MAX_BIO_WORDS && hasRole(line) && BIO_LINE.test(line.text))
        report.remove(line.index, {
          kind: "boilerplate",
          rule: "bio/author-note",
          reason: "a note on who wrote the article, at its end",
        });
  },
};

/** The last `n` lines no stage removed, in document order. */
function lastKept(doc: Doc, report: Report, n: number): Line[] {
  const out: Line[] = [];
  for (let i = doc.lines.length - 1; i >= 0 && out.length < n; i--)
    if (!report.isRemoved(i)) out.unshift(doc.lines[i] as Line);
  return out;
}
