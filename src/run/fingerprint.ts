import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CorpusProfile } from "../corpus-profile.js";
import { SIGNATURE_VERSION } from "../dedupe/settings.js";
import type { InputArg } from "../io/discover.js";
import { spellBytes } from "../io/file-name.js";
import { type CleanOptions, resolveOptions } from "../options.js";
import type { DedupeOptions } from "./dedupe-stage.js";
import type { InputSpec } from "./inputs.js";

/** The package root's compiled (or, under vitest, source) modules. */
const CODE_ROOT = fileURLToPath(new URL("..", import.meta.url));
const PACKAGE_JSON = new URL("../../package.json", import.meta.url);

/**
 * Everything besides an input's bytes that decides its record: the tool's
 * version, its code, the cleaning options and the corpus profile. An output
 * written under another fingerprint is stale, whatever its input says.
 */
export function cleaningFingerprint(
  clean: Omit<CleanOptions, "path" | "id" | "profile">,
  profile: CorpusProfile | undefined,
  dedupe?: DedupeOptions,
): string {
  const version = JSON.parse(readFileSync(PACKAGE_JSON, "utf8")).version as string;
  return digest(
    JSON.stringify(
      {
        version,
        // A development checkout changes the rules without bumping the version;
        // hashing the code (about 250 KB, a few ms) keeps its outputs honest too.
        code: codeDigest(CODE_ROOT),
        // Defaults filled in: `{}` and the CLI's explicit defaults are the same options.
        clean: { ...resolveOptions(clean), path: undefined, profile: undefined },
        profile: (profile as { toJSON?: () => unknown } | undefined)?.toJSON?.() ?? null,
        // Absent without --dedupe, so folders written before it stay current.
        ...(dedupe ? { dedupe: { ...dedupe, signatures: SIGNATURE_VERSION } } : {}),
      },
      replaceRegExps,
    ),
  );
}

/**
 * Which invocation wrote an output: the same inputs (absolute), extensions
 * and shard. "Gone" inputs are looked for only among outputs of the same
 * scope, so cleaning one file into a shared out dir never reports (or
 * prunes) everything the nightly run wrote there.
 */
export function inputScope(spec: InputSpec): string {
  return digest(
    JSON.stringify({
      args: spec.args.map((arg) => (arg === "-" ? arg : resolvedArg(arg))),
      filesFrom:
        spec.filesFrom === undefined || spec.filesFrom === "-"
          ? (spec.filesFrom ?? null)
          : resolvedArg(spec.filesFrom),
      inputFormat: spec.inputFormat,
      extensions: [...spec.discover.extensions].sort(),
      shard: spec.shard ?? null,
    }),
  );
}

/**
 * An argument, absolute. Strings as they are (the scopes that out dirs hold
 * stay valid); the bytes of a name that is not UTF-8 by their spelling.
 */
function resolvedArg(arg: InputArg): string {
  return path.resolve(typeof arg === "string" ? arg : spellBytes(arg));
}

function codeDigest(root: string): string {
  const hash = createHash("sha256");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(js|ts)$/.test(file) && !file.endsWith(".d.ts"))
    .sort();
  for (const file of files)
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(path.join(root, file)));
  return hash.digest("hex");
}

/** User patterns are RegExps, which JSON.stringify would turn into `{}`. */
function replaceRegExps(_key: string, value: unknown): unknown {
  return value instanceof RegExp ? `/${value.source}/${value.flags}` : value;
}

function digest(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
