import type { Command } from "commander";
import { recordJsonSchema } from "../schema.js";

export function registerSchemaCommand(program: Command): void {
  program
    .command("schema")
    .description("print the JSON Schema of the output record (draft 2020-12)")
    .addHelpText(
      "after",
      `
Examples:
  article-clean schema > record.schema.json
  article-clean scrapes/ | npx ajv-cli validate -s record.schema.json -d /dev/stdin`,
    )
    .action(() => {
      process.stdout.write(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
    });
}
