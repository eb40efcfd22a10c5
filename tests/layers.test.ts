import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layers of src/, and what each may import. The core cleans one text and
 * does no I/O: `cleanArticle` is what tests and workers call, so it must not
 * drag in file discovery, decoders or worker pools. Corpus statistics are
 * pure too, and the runner hands them to the core.
 */
const CORE = ["text", "catalog", "language", "meta", "scoring", "stages", "core"];
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  text: CORE,
  catalog: CORE,
  language: CORE,
  meta: CORE,
  scoring: CORE,
  stages: CORE,
  core: CORE,
  corpus: [...CORE, "corpus"],
  // Near-duplicate detection is pure: shingles from the core's characters, no I/O.
  dedupe: [...CORE, "dedupe"],
  io: ["io"],
  run: [...CORE, "corpus", "dedupe", "io", "run"],
  cli: [...CORE, "corpus", "dedupe", "io", "run", "cli"],
};
/** Node modules that read or write the outside world: never in the core or the corpus layer. */
const IO_MODULES =
  /^node:(?:fs|fs\/promises|worker_threads|child_process|net|http|https|dgram|tty)$/;
/**
 * The one exception, and why: the language detector's n-gram table is part
 * of the build (dist/language/eld-small.table), read once when the module
 * loads, like code. It never reads an input.
 */
const READS_ITS_OWN_DATA = new Set(["language/ngram-data.ts"]);

const SRC = path.resolve(import.meta.dirname, "../src");

/** `src/stages/x.ts` -> "stages"; a top-level file is the core itself. */
function layerOf(file: string): string {
  const rel = path.relative(SRC, file).split(path.sep);
  return rel.length === 1 ? "core" : (rel[0] as string);
}

/** The relative and node: imports of a module's source (static, re-exports and dynamic). */
function importsOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/g,
    /(?:^|\n)\s*import\s+["']([^"']+)["']/g,
    /import\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns)
    for (const m of source.matchAll(pattern)) found.push(m[1] as string);
  return found;
}

interface Graph {
  readonly [file: string]: readonly string[];
}

/** Every layer crossing and every node I/O import that the rules forbid. */
function violations(graph: Graph): string[] {
  const out: string[] = [];
  for (const [file, deps] of Object.entries(graph)) {
    const from = layerOf(file);
    for (const dep of deps) {
      if (dep.startsWith("node:")) {
        const rel = path.relative(SRC, file).split(path.sep).join("/");
        if (READS_ITS_OWN_DATA.has(rel)) continue;
        if (IO_MODULES.test(dep) && (CORE.includes(from) || from === "corpus" || from === "dedupe"))
          out.push(`${path.relative(SRC, file)} imports ${dep}: the ${from} layer does no I/O`);
        continue;
      }
      if (!dep.startsWith(".")) continue;
      const target = layerOf(path.resolve(path.dirname(file), dep));
      if (!(ALLOWED[from] ?? []).includes(target))
        out.push(`${path.relative(SRC, file)} imports ${dep}: ${from} may not import ${target}`);
    }
  }
  return out;
}

/** Import cycles between modules (Tarjan's strongly connected components). */
function cycles(graph: Graph): string[][] {
  const edges = new Map<string, string[]>();
  for (const [file, deps] of Object.entries(graph))
    edges.set(
      file,
      deps
        .filter((d) => d.startsWith("."))
        .map((d) => path.resolve(path.dirname(file), d).replace(/\.js$/, ".ts")),
    );
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(path.relative(SRC, w));
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return found;
}

function sourceGraph(): Graph {
  const graph: Record<string, string[]> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".ts")) graph[full] = importsOf(readFileSync(full, "utf8"));
    }
  };
  walk(SRC);
  return graph;
}

describe("layers", () => {
  const graph = sourceGraph();

  it("the core imports nothing from io, run, cli or corpus, and does no I/O", () => {
    expect(violations(graph)).toEqual([]);
  });

  it("no module imports itself through others", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("would catch a stage reading files, a core module importing the runner, and a cycle", () => {
    const stage = path.join(SRC, "stages/x.ts");
    const fake: Graph = {
      [stage]: ["../io/read-input.js", "node:fs"],
      [path.join(SRC, "clean.ts")]: ["./run/pool.js"],
      [path.join(SRC, "dedupe/x.ts")]: ["../run/manifest.js", "node:fs", "../text/chars.js"],
      [path.join(SRC, "meta/a.ts")]: ["./b.js"],
      [path.join(SRC, "meta/b.ts")]: ["./a.js"],
    };
    expect(violations(fake)).toEqual([
      "stages/x.ts imports ../io/read-input.js: stages may not import io",
      "stages/x.ts imports node:fs: the stages layer does no I/O",
      "clean.ts imports ./run/pool.js: core may not import run",
      "dedupe/x.ts imports ../run/manifest.js: dedupe may not import run",
      "dedupe/x.ts imports node:fs: the dedupe layer does no I/O",
    ]);
    expect(cycles(fake)).toEqual([["meta/a.ts", "meta/b.ts"]]);
  });

  it("reads every shape of import", () => {
    expect(
      importsOf(
        [
          'import { a } from "./a.js";',
          'import type { B } from "../b.js";',
          'export { c } from "./c.js";',
          'import "./side-effect.js";',
          'const d = await import("./d.js");',
        ].join("\n"),
      ),
    ).toEqual(["./a.js", "../b.js", "./c.js", "./side-effect.js", "./d.js"]);
  });
});
