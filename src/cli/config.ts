import { existsSync, readFileSync } from "node:fs";
import { z } from "zod";
import type { UserCatalog, UserPattern } from "../catalog/user.js";
import type { DateOrder, SourceMapEntry } from "../options.js";
import { REMOVAL_KINDS, type RemovalKind } from "../report.js";
import { UsageError } from "./usage.js";

/** The file read when no --config is given, if it exists in the working directory. */
export const DEFAULT_CONFIG_FILE = "article-clean.config.json";

const kindMap = <T extends z.ZodType>(value: T) => z.partialRecord(z.enum(REMOVAL_KINDS), value);

/**
 * The config file. Strict: an unknown key is an error that names the key,
 * so a typo never silently does nothing.
 */
export const ConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  phrases: kindMap(z.array(z.string().min(1)))
    .optional()
    .describe("Extra boilerplate phrases by kind, catalogue syntax (* = 1-4 words, # = a number)"),
  patterns: kindMap(z.array(z.string().min(1)))
    .optional()
    .describe("Extra boilerplate regular expressions by kind, matched against whole lines"),
  sourceMap: z.record(z.string(), z.string()).optional().describe("Source by path prefix or glob"),
  publishers: z
    .record(z.string(), z.string())
    .optional()
    .describe("Publisher names by domain (example.com) or spelling"),
});

export type ConfigFile = z.infer<typeof ConfigSchema>;

export interface LoadedConfig {
  readonly catalog?: UserCatalog;
  readonly sourceMap: readonly SourceMapEntry[];
  readonly publishers?: Readonly<Record<string, string>>;
  readonly dateOrder?: DateOrder;
}

/** Read and validate the config (explicit path, or the default file if present). */
export function loadConfig(explicitPath: string | undefined, cwd = process.cwd()): LoadedConfig {
  const file =
    explicitPath ??
    (existsSync(`${cwd}/${DEFAULT_CONFIG_FILE}`) ? `${cwd}/${DEFAULT_CONFIG_FILE}` : undefined);
  if (file === undefined) return { sourceMap: [] };
  const config = parseConfig(readJson(file, "config"), file);
  return {
    catalog: catalogFrom(config, file),
    sourceMap: Object.entries(config.sourceMap ?? {}).map(([match, source]) => ({ match, source })),
    publishers: config.publishers,
  };
}

/** `--source-map FILE`: `{"dir/or/glob": "Source"}`. */
export function loadSourceMap(file: string): SourceMapEntry[] {
  const parsed = z.record(z.string(), z.string()).safeParse(readJson(file, "source map"));
  if (!parsed.success)
    throw new UsageError(
      `${file}: source map must be a JSON object of "path or glob": "Source name"`,
    );
  return Object.entries(parsed.data).map(([match, source]) => ({ match, source }));
}

export function parseConfig(value: unknown, file: string): ConfigFile {
  const parsed = ConfigSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (!issue) throw new UsageError(`${file}: invalid config`);
  if (issue.code === "unrecognized_keys") {
    const where = issue.path.length > 0 ? ` in ${issue.path.join(".")}` : "";
    throw new UsageError(
      `${file}: unknown key "${issue.keys.join('", "')}"${where} (allowed: ${Object.keys(
        ConfigSchema.shape,
      )
        .filter((k) => k !== "$schema")
        .join(", ")})`,
    );
  }
  throw new UsageError(`${file}: ${issue.path.join(".") || "config"}: ${issue.message}`);
}

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(
      `${file}: cannot read ${what}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: ${what} is not valid JSON: ${(error as Error).message}`);
  }
}

function catalogFrom(config: ConfigFile, file: string): UserCatalog | undefined {
  const phrases = Object.entries(config.phrases ?? {}).flatMap(([kind, list]) =>
    (list ?? []).map((phrase) => ({ kind: kind as RemovalKind, phrase, lang: "user" })),
  );
  const patterns: UserPattern[] = Object.entries(config.patterns ?? {}).flatMap(([kind, list]) =>
    (list ?? []).map((source) => {
      try {
        return { kind: kind as RemovalKind, pattern: new RegExp(source, "iu"), source };
      } catch (error) {
        throw new UsageError(
          `${file}: patterns.${kind}: invalid regular expression /${source}/: ${(error as Error).message}`,
        );
      }
    }),
  );
  return phrases.length + patterns.length === 0 ? undefined : { phrases, patterns };
}
