import type { UserCatalog } from "./catalog/user.js";
import type { CorpusProfile } from "./corpus-profile.js";

/** Order of day, month and year in an all-numeric date such as `05/06/2019`. */
export type DateOrder = "DMY" | "MDY" | "YMD";

/** Options of `cleanArticle`. Every field is optional. */
export interface CleanOptions {
  /**
   * Where the text came from. Stored in the record, and used to find a date
   * (`.../2019/05/31/...`) or a source (`--source-map`) in the path.
   * @default "-"
   */
  readonly path?: string;
  /** Force the `source` field, e.g. when a whole folder is one publisher. */
  readonly source?: string;
  /** Source names by path prefix or glob, from `--source-map`. */
  readonly sourceMap?: readonly SourceMapEntry[];
  /**
   * How to read ambiguous all-numeric dates. When unset, the article's
   * language decides: `MDY` for English (US usage dominates news scrapes),
   * `YMD` for Chinese, Japanese and Korean, `DMY` otherwise.
   */
  readonly dateOrder?: DateOrder;
  /**
   * Remove the dateline (`TOKYO (Sputnik) - `) from the start of the body.
   * The `dateline` field keeps the place either way.
   * @default false
   */
  readonly stripDateline?: boolean;
  /**
   * Add `removed: [{text, kind, rule, reason}]` to the record.
   * @default false
   */
  readonly explain?: boolean;
  /** Corpus statistics (repeated lines, known headlines) from `learn` or a first pass. */
  readonly profile?: CorpusProfile;
  /** Extra boilerplate phrases and patterns from the user's config. */
  readonly catalog?: UserCatalog;
  /** Extra publisher names by domain (`example.com`) or spelling, from the config. */
  readonly publishers?: Readonly<Record<string, string>>;
  /** Raw bytes' hash, when the caller already has it (the CLI hashes bytes, not text). */
  readonly id?: string;
}

export interface SourceMapEntry {
  /** A path prefix (`scrapes/reuters/`) or a glob (`**\/tass-*.txt`). */
  readonly match: string;
  readonly source: string;
}

/** Options with defaults applied; what stages see. */
export interface ResolvedOptions {
  readonly path: string;
  readonly source: string | undefined;
  readonly sourceMap: readonly SourceMapEntry[];
  readonly dateOrder: DateOrder | undefined;
  readonly stripDateline: boolean;
  readonly explain: boolean;
  readonly profile: CorpusProfile | undefined;
  readonly catalog: UserCatalog | undefined;
  readonly publishers: Readonly<Record<string, string>>;
}

export function resolveOptions(options: CleanOptions = {}): ResolvedOptions {
  return {
    path: options.path ?? "-",
    source: options.source,
    sourceMap: options.sourceMap ?? [],
    dateOrder: options.dateOrder,
    stripDateline: options.stripDateline ?? false,
    explain: options.explain ?? false,
    profile: options.profile,
    catalog: options.catalog,
    publishers: options.publishers ?? {},
  };
}
