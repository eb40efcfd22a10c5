import type { Judgement } from "../dedupe/finder.js";

/**
 * A record's JSON with the fields of `--dedupe` added at its end:
 * `duplicate_of` and `similarity`, and with `--explain` the path of the
 * record it duplicates. The record was serialised in a worker before its
 * judgement was known; it ends with `}`, so the fields are spliced in
 * rather than the record parsed and serialised again.
 */
export function withDuplicateFields(
  json: string,
  judgement: Judgement,
  originalPath?: string | null,
): string {
  const duplicateOf = judgement.duplicateOf === null ? "null" : `"${judgement.duplicateOf}"`;
  const similarity = judgement.similarity === null ? "null" : String(judgement.similarity);
  const path =
    originalPath === undefined ? "" : `,"duplicate_of_path":${JSON.stringify(originalPath)}`;
  return `${json.slice(0, -1)},"duplicate_of":${duplicateOf},"similarity":${similarity}${path}}`;
}
