// Part of `npm run build`: bundles the compiled CLI (dist/) into a few files
// in dist/cli-bundle/, which bin/article-clean.js runs. Node's ES module
// loader resolved, read and compiled ~250 files one by one before a run could
// start (~0.35 s of a one-file run's 0.9 s, and again in every worker); a
// bundle is read in one piece. The library (`import "article-clean"`) stays
// the plain compiled modules.
import { copyFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const out = new URL("../dist/cli-bundle/", import.meta.url);
// Chunk names carry a content hash: a previous build's chunks would linger.
rmSync(out, { recursive: true, force: true });

await build({
  entryPoints: {
    main: "dist/cli/main.js",
    // Piscina starts it by path: pool.ts looks for ./worker.js next to itself.
    worker: "dist/run/worker.js",
    // bin sets the heap flags before loading the rest; one copy of its state.
    "heap-settings": "dist/run/heap-settings.js",
  },
  // Paths, not URL pathnames: a checkout under "My Projects" has a space.
  absWorkingDir: fileURLToPath(new URL("..", import.meta.url)),
  outdir: fileURLToPath(out),
  bundle: true,
  // Each command's work stays in chunks of its own, loaded when it runs.
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // piscina finds its own worker script by path, better-sqlite3 is native.
  external: ["piscina", "better-sqlite3"],
  // Bundled CommonJS packages (commander, iconv-lite, write-file-atomic...)
  // call require() and read __filename, which ES modules do not have.
  banner: {
    js: [
      'import { createRequire as __bundleRequire } from "node:module";',
      'import { fileURLToPath as __bundlePath } from "node:url";',
      "const require = __bundleRequire(import.meta.url);",
      "const __filename = __bundlePath(import.meta.url);",
      'const __dirname = __bundlePath(new URL(".", import.meta.url));',
    ].join(" "),
  },
  logLevel: "warning",
});

// Read next to the module that loads it (see src/language/ngram-data.ts).
copyFileSync(
  new URL("../dist/language/eld-small.table", import.meta.url),
  new URL("eld-small.table", out),
);
