import { existsSync, readFileSync } from "node:fs";
import { z } from "zod";
import type { UserCatalog, UserPattern } from "../catalog/user.js";
import type { DateOrder, SourceMapEntry } from "../options.js";
import { REMOVAL_KINDS, type RemovalKind } from "../report.js";
import { comparisonKey } from "../text/normalise.js";
import { refuseCatastrophic } from "./regex-safety.js";
import { closest, UsageError } from "./usage.js";

/** The file read when no --config is given, if it exists in the working directory. */
export const DEFAULT_CONFIG_FILE = "article-clean.config.json";

const kindMap = <T extends z.ZodType>(value: T) => z.partialRecord(z.enum(REMOVAL_KINDS), value);

/**
 * The config file. Strict: an unknown key is an error that names the key,
 * so a typo never silently does nothing.
 */
export const ConfigSchema = z.strictObject({
  $schema: z.string().optional().describe("Where editors find this schema (ignored by the tool)"),
  phrases: kindMap(z.array(z.string().min(1)))
    .optional()
    .describe(
      "Extra boilerplate phrases by kind. A phrase matches a whole line, ignoring case, punctuation and spacing; * stands for 1-4 words, # for a number",
    ),
  patterns: kindMap(z.array(z.string().min(1)))
    .optional()
    .describe(
      "Extra boilerplate regular expressions (JavaScript syntax, case-insensitive) by kind, tested against each line of up to 200 characters; anchor with ^...$ to match whole lines",
    ),
  sourceMap: z
    .record(z.string(), z.string().min(1))
    .optional()
    .describe("Source name by path prefix or glob, as --source-map"),
  publishers: z
    .record(z.string(), z.string().min(1))
    .optional()
    .describe("Publisher names by domain (example.com) or spelling"),
  dateOrder: z
    .enum(["DMY", "MDY", "YMD"])
    .optional()
    .describe("How to read all-numeric dates like 05/06/2019, as --date-order"),
  stripDateline: z
    .boolean()
    .optional()
    .describe("Remove the dateline from the start of the body, as --strip-dateline"),
});

export type ConfigFile = z.infer<typeof ConfigSchema>;

export interface LoadedConfig {
  readonly catalog?: UserCatalog;
  readonly sourceMap: readonly SourceMapEntry[];
  readonly publishers?: Readonly<Record<string, string>>;
  readonly dateOrder?: DateOrder;
  readonly stripDateline?: boolean;
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
    dateOrder: config.dateOrder,
    stripDateline: config.stripDateline,
  };
}

/** The config file's JSON Schema, for editors (`"$schema"`) and `article-clean schema --config`. */
export function configJsonSchema(): Record<string, unknown> {
  return {
    $id: "https://article-clean.dev/schema/config.json",
    title: "article-clean config",
    ...z.toJSONSchema(ConfigSchema, { target: "draft-2020-12", io: "input" }),
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
    // Inside `phrases`/`patterns` the keys are removal kinds; at the top, config keys.
    const nested = issue.path.length > 0;
    const allowed = nested
      ? [...REMOVAL_KINDS]
      : Object.keys(ConfigSchema.shape).filter((k) => k !== "$schema");
    const key = issue.keys[0] ?? "";
    const suggestion = closest(key, allowed);
    throw new UsageError(
      `${file}: unknown ${nested ? "kind" : "key"} "${key}"${nested ? ` in ${issue.path.join(".")}` : ""}${
        suggestion ? ` (did you mean "${suggestion}"?)` : ""
      }; allowed: ${allowed.join(", ")}`,
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
    (list ?? []).map((phrase) => {
      // Phrases are compared on letters and digits only: "!!!" would match nothing.
      if (comparisonKey(phrase.replace(/[*#]/g, " ")) === "")
        throw new UsageError(
          `${file}: phrases.${kind}: "${phrase}" has no letters or digits, so it can match no line`,
        );
      return { kind: kind as RemovalKind, phrase, lang: "user" };
    }),
  );
  const patterns: UserPattern[] = Object.entries(config.patterns ?? {}).flatMap(([kind, list]) =>
    (list ?? []).map((source) => {
      let pattern: RegExp;
      try {
        pattern = new RegExp(source, "iu");
      } catch (error) {
        throw new UsageError(
          `${file}: patterns.${kind}: invalid regular expression /${source}/: ${(error as Error).message}`,
        );
      }
      refuseCatastrophic(source, `${file}: patterns.${kind}`);
      // `.*` or `x?` matches every line: one typo would empty every body.
      if (pattern.test(""))
        throw new UsageError(
          `${file}: patterns.${kind}: /${source}/ matches the empty string, so it would remove every line`,
        );
      return { kind: kind as RemovalKind, pattern, source };
    }),
  );
  return phrases.length + patterns.length === 0 ? undefined : { phrases, patterns };
}
