import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { analyseArticle } from "../clean.js";
import type { CorpusProfile } from "../corpus-profile.js";
import { DEFAULT_THRESHOLD } from "../dedupe/settings.js";
import { decodeBytes } from "../io/decode.js";
import { describeFsError, type InputItem, safeRelativePath } from "../io/discover.js";
import { spell, spellText } from "../io/file-name.js";
import { folderProfile } from "../run/corpus-policy.js";
import { profileFor } from "../run/corpus-scope.js";
import { lookUpDuplicate } from "../run/duplicate-lookup.js";
import { EXIT } from "../run/exit-codes.js";
import { inProcessExecutor } from "../run/in-process.js";
import { OutDirLocked } from "../run/manifest.js";
import { portable } from "../run/portable-profile.js";
import { loadConfig } from "./config.js";
import { renderDuplicate } from "./explain-duplicate.js";
import { renderExplain } from "./explain-view.js";
import { fsArg } from "./inputs-check.js";
import { createLogger } from "./log.js";
import { loadProfile } from "./profile-file.js";
import type { CommandLine } from "./raw-argv.js";
import { CliError, UsageError } from "./usage.js";

/** The options as commander parsed them: explain-command.ts declares them. */
export interface ExplainFlags {
  stripDateline?: boolean;
  dateOrder?: "DMY" | "MDY" | "YMD";
  source?: string;
  profile?: string;
  corpus?: string;
  ext: string;
  corpusSample: number;
  config?: string;
  duplicatesIn?: string;
  dedupeThreshold?: number;
}

/**
 * What `article-clean explain` does once its options are parsed. Loaded by
 * explain-command.ts only when the command runs.
 */
export async function runExplainCommand(
  fileArg: string,
  flags: ExplainFlags,
  command: Command,
  line: CommandLine,
): Promise<void> {
  const globals = command.optsWithGlobals() as { color: "auto" | "always" | "never" };
  for (const option of ["--config", "--profile", "--corpus"] as const)
    line.textOnly(option, flags[option.slice(2) as "config" | "profile" | "corpus"]);
  line.textOnly("--duplicates-in", flags.duplicatesIn);
  if (flags.dedupeThreshold !== undefined && flags.duplicatesIn === undefined)
    throw new UsageError("--dedupe-threshold needs --duplicates-in OUT_DIR");
  const config = loadConfig(flags.config);
  // Spelled as a run spells it (`latin%E9.txt`): the view's name is the record's path.
  const raw = line.inputArg(fileArg);
  const file = spell(raw);
  if (flags.corpus !== undefined) checkCorpus(flags.corpus, file);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === "-" ? 0 : fsArg(raw));
  } catch (error) {
    throw new UsageError(`${file}: ${describeFsError(error)}`);
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new UsageError(`${file}: ${decoded.reason}`);
  const item = explainedItem(file, flags.corpus);
  const profile = await corpusProfile(flags);
  const result = analyseArticle(decoded.text, {
    path: file,
    stripDateline: flags.stripDateline ?? config.stripDateline ?? false,
    dateOrder: flags.dateOrder ?? config.dateOrder,
    source: flags.source,
    sourceMap: config.sourceMap,
    catalog: config.catalog,
    publishers: config.publishers,
    // Seen through the same scopes as a run's cleaning of this file.
    profile: profile && profileFor(profile, item),
  });
  const { chalk } = createLogger({
    quiet: false,
    color: globals.color,
    stream: process.stdout,
  });
  const width = process.stdout.isTTY ? process.stdout.columns : undefined;
  process.stdout.write(renderExplain(result, chalk, { width }));
  if (flags.duplicatesIn !== undefined) {
    const verdict = duplicateVerdict(
      flags.duplicatesIn,
      { path: file, id: createHash("sha256").update(bytes).digest("hex") },
      result.record.body,
      flags.dedupeThreshold,
    );
    process.stdout.write(renderDuplicate(verdict, flags.duplicatesIn, chalk));
  }
}

/** FILE against an output folder's signatures; a folder that cannot be read is a usage error. */
function duplicateVerdict(
  outDir: string,
  file: { path: string; id: string },
  body: string,
  threshold?: number,
) {
  try {
    return lookUpDuplicate(outDir, file, body, threshold ?? DEFAULT_THRESHOLD);
  } catch (error) {
    if (error instanceof OutDirLocked)
      throw new CliError(`${outDir}: ${error.message}`, EXIT.locked);
    throw new UsageError(
      `--duplicates-in ${outDir}: no output folder state (${describeFsError(error)}); write it with -o ${outDir} --dedupe`,
    );
  }
}

/** The file (spelled) as a run over `corpus` would have found it (its path relative to that folder). */
function explainedItem(file: string, corpus: string | undefined): InputItem {
  if (corpus === undefined) return { path: file, relPath: safeRelativePath(file) };
  const scopeRel = path.relative(spellText(corpus), file);
  return { path: file, relPath: safeRelativePath(scopeRel), scopeRel };
}

/** `--profile` as given, or the profile a run over `--corpus` learns; in the portable form runs use. */
async function corpusProfile(flags: ExplainFlags): Promise<CorpusProfile | undefined> {
  if (flags.profile) return portable(loadProfile(flags.profile));
  if (flags.corpus === undefined) return undefined;
  const executor = inProcessExecutor({ maxBytes: 20 * 1024 * 1024, clean: {} });
  try {
    return await folderProfile(
      flags.corpus,
      { extensions: flags.ext.split(",").filter(Boolean), sample: flags.corpusSample },
      executor,
      process.stdin,
    );
  } finally {
    await executor.close();
  }
}

function checkCorpus(corpus: string, file: string): void {
  const info = statSync(corpus, { throwIfNoEntry: false });
  if (!info?.isDirectory()) throw new UsageError(`--corpus ${corpus}: not a folder`);
  const relative = path.relative(spellText(corpus), file);
  if (file === "-" || relative.startsWith("..") || path.isAbsolute(relative))
    throw new UsageError(
      `--corpus ${corpus}: ${file} is not inside it, so no run over it cleaned ${file}`,
    );
}
