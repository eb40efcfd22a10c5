/**
 * article-clean as a library: `cleanArticle(text, options)` turns one
 * scraped article into a record; the schema validates records downstream.
 */
export {
  type ArticleInput,
  analyseArticle,
  analyseArticles,
  type BatchOutcome,
  type CleanResult,
  cleanArticle,
} from "./clean.js";
export type { CorpusProfile } from "./corpus-profile.js";
export type { CleanOptions, DateOrder, SourceMapEntry } from "./options.js";
export { REMOVAL_KINDS, type RemovalKind, type Verdict } from "./report.js";
export {
  type ArticleRecord,
  ArticleRecordSchema,
  type DateSource,
  type RemovedBlock,
  recordJsonSchema,
  type SourceOrigin,
} from "./schema.js";
