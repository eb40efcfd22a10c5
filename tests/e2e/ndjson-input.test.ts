import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ArticleRecordSchema } from "../../src/schema.js";
import { fixtureTexts } from "./corpus-tree.js";
import { parseNdjson, runCli, tempDir } from "./run-cli.js";

describe("--input-format ndjson: {path, text} records on stdin (Hadoop streaming, Spark RDD.pipe)", () => {
  it("cleans each record exactly as it cleans the same text from a file", async () => {
    const dir = tempDir();
    const inputs = fixtureTexts().map(({ name, text }) => {
      const file = path.join(dir, `${name}.txt`);
      writeFileSync(file, text);
      return { path: file, text };
    });
    const stdin = `${inputs.map((input) => JSON.stringify(input)).join("\n")}\n`;
    const piped = await runCli(["--input-format", "ndjson"], { stdin });
    expect(piped.code).toBe(0);
    // stdin cannot be read twice, so there is no corpus pass; the file run goes without too.
    const fromFiles = await runCli([...inputs.map((input) => input.path), "--no-corpus"]);
    expect(piped.stdout).toBe(fromFiles.stdout);
    const records = parseNdjson(piped.stdout);
    expect(records.map((r) => r.path)).toEqual(inputs.map((input) => input.path));
    for (const record of records) ArticleRecordSchema.parse(record);
  });

  it("keeps going past bad lines: each is one error on stderr, and the run exits 1", async () => {
    const [first] = fixtureTexts();
    const stdin = [
      JSON.stringify({ path: "ok/one.txt", text: first?.text }),
      "{not json",
      JSON.stringify({ path: "no-text.txt" }),
      JSON.stringify({ text: first?.text }),
      "",
    ].join("\n");
    const result = await runCli(["--input-format", "ndjson"], { stdin });
    expect(result.code).toBe(1);
    expect(parseNdjson(result.stdout).map((r) => r.path)).toEqual(["ok/one.txt", "stdin:4"]);
    expect(result.stderr).toMatch(/stdin:2: not valid JSON/);
    expect(result.stderr).toMatch(/stdin:3: expected \{"path": string, "text": string\}/);
  });

  it("shards NDJSON input too, by each record's path", async () => {
    const stdin = `${fixtureTexts()
      .map(({ name, text }) => JSON.stringify({ path: `feed/${name}.txt`, text }))
      .join("\n")}\n`;
    const full = parseNdjson((await runCli(["--input-format", "ndjson"], { stdin })).stdout);
    const parts = await Promise.all(
      [1, 2, 3].map((k) => runCli(["--input-format", "ndjson", "--shard", `${k}/3`], { stdin })),
    );
    const union = parts.flatMap((part) => parseNdjson(part.stdout));
    expect(union.map((r) => r.path).sort()).toEqual(full.map((r) => r.path).sort());
  });
});
