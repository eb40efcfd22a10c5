import type { Findings } from "../findings.js";
import type { ResolvedOptions } from "../options.js";
import type { SourceOrigin } from "../schema.js";
import { sourceFromSourceMap } from "./source-map.js";
import { normaliseSourceName, sourceFromUrl } from "./source-names.js";

export interface SourceResult {
  readonly source: string | null;
  readonly from: SourceOrigin | null;
}

/**
 * The publisher or agency, from the most explicit place that names one:
 * the user (`--source`, `--source-map`), the header (`Source:`, then its
 * URL), the dateline agency (`TOKYO (Sputnik) -`), then the site's own
 * furniture ("More from X"). Photo credits never count: a Reuters photo in
 * a BBC story does not make the story Reuters'.
 */
export function extractSource(findings: Findings, options: ResolvedOptions): SourceResult {
  if (options.source) return { source: options.source, from: "option" };
  const mapped = sourceFromSourceMap(options.path, options.sourceMap);
  if (mapped) return { source: mapped, from: "source-map" };
  if (findings.header.source)
    return {
      source: normaliseSourceName(findings.header.source, options.publishers),
      from: "header",
    };
  if (findings.header.url) {
    const fromUrl = sourceFromUrl(findings.header.url, options.publishers);
    if (fromUrl) return { source: fromUrl, from: "url" };
  }
  if (!findings.dateline?.agency && findings.signoffAgency) {
    return {
      source: normaliseSourceName(findings.signoffAgency, options.publishers),
      from: "dateline",
    };
  }
  if (findings.dateline?.agency)
    return {
      source: normaliseSourceName(findings.dateline.agency, options.publishers),
      from: "dateline",
    };
  const hint = findings.publisherHints[0];
  if (hint) return { source: normaliseSourceName(hint, options.publishers), from: "text" };
  return { source: null, from: null };
}
