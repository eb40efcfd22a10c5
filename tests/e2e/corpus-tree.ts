import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ROOT, tempDir } from "./run-cli.js";

const FIXTURES = path.join(ROOT, "fixtures");

/** The fixture scrapes: every golden case and the sample. */
export function fixtureTexts(): { name: string; text: string }[] {
  const cases = path.join(FIXTURES, "cases");
  return [
    ...readdirSync(cases)
      .sort()
      .map((name) => ({ name, text: readFileSync(path.join(cases, name, "input.txt"), "utf8") })),
    { name: "sample", text: readFileSync(path.join(FIXTURES, "000_4dc32eb5bbb7fce7.txt"), "utf8") },
  ];
}

/**
 * A nested tree of `copies` variants of every fixture (`s<k>/<case>-<i>.txt`),
 * each with its own last line, so files differ but headlines repeat across
 * the tree, as a site's do: what the corpus pass learns from.
 */
export function corpusTree(copies: number): string {
  const dir = tempDir();
  const texts = fixtureTexts();
  for (let i = 0; i < copies; i++) {
    const sub = path.join(dir, `s${i % 4}`, i % 2 === 0 ? "a" : "b");
    mkdirSync(sub, { recursive: true });
    for (const { name, text } of texts)
      writeFileSync(
        path.join(sub, `${name}-${i}.txt`),
        `${text.trimEnd()}\n\nFile ${i} of ${name}.\n`,
      );
  }
  return dir;
}
