// The I/O floor for `npm run bench`: the least a cleaner must do. Walks a
// folder in path order, reads every *.txt and writes one JSON line per file
// with its raw text to stdout, in 64 KB chunks. Synchronous calls throughout:
// measured here, an async readFile version is about 3x slower, so this is the
// faster, honest floor. Usage: node floor.js DIR > out.jsonl
import { readdirSync, readFileSync, writeSync } from "node:fs";
import path from "node:path";

let buffer = "";

function walk(dir) {
  const entries = readdirSync(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith(".txt")) {
      buffer += `${JSON.stringify({ path: full, text: readFileSync(full, "utf8") })}\n`;
      if (buffer.length >= 65536) {
        writeSync(1, buffer);
        buffer = "";
      }
    }
  }
}

walk(process.argv[2]);
writeSync(1, buffer);
