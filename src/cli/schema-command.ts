import type { Command } from "commander";

export function registerSchemaCommand(program: Command): void {
  program
    .command("schema")
    .description(
      "print the JSON Schema (draft 2020-12) of the output record, or of the config file",
    )
    .option("--config", "print the config file's schema instead of the record's")
    .addHelpText(
      "after",
      `
Examples:
  article-clean schema > record.schema.json
  article-clean scrapes/ | python3 validate.py record.schema.json   (NDJSON: one record a line;
      see "Validating records downstream" in the README: ajv-cli reads whole JSON files, not NDJSON)
  article-clean schema --config > article-clean.config.schema.json
      then start article-clean.config.json with "$schema": "./article-clean.config.schema.json"

The record schema is generated from the zod schema the tool validates against
(ArticleRecordSchema, exported by the library), so it is never out of date.`,
    )
    // Loaded when asked for: zod and the config's schema are no part of `--help`.
    .action(async (flags: { config?: boolean }) => {
      const schema = flags.config
        ? (await import("./config.js")).configJsonSchema()
        : (await import("../schema.js")).recordJsonSchema();
      process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
    });
}
