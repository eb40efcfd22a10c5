import type { Findings, SourceCandidate } from "../findings.js";
import type { ResolvedOptions } from "../options.js";
import type { SourceOrigin } from "../schema.js";
import { compactKey } from "../text/normalise.js";
import { sourceFromSourceMap } from "./source-map.js";
import { knownSourceName, normaliseSourceName, sourceFromUrl } from "./source-names.js";

export interface SourceResult {
  readonly source: string | null;
  readonly from: SourceOrigin | null;
  /** The evidence behind the winner, in words (for `explain`). */
  readonly evidence?: string;
}

/**
 * Below this much evidence there is no source: a lone web address or a
 * "Follow X on Twitter" is not enough to name the publisher.
 */
const MIN_VOTE = 1.5;

/**
 * The publisher or agency. The user's word wins (`--source`,
 * `--source-map`), then the scraper header (`Source:`, then its URL).
 * Otherwise every self-mention the page makes (stages/source-evidence)
 * votes for its name with the weight of its evidence, names that are one
 * publisher's spellings together (`AFP`, `Agence France-Presse`,
 * `afp.com`), and the name with the most wins; `source_from` names its
 * strongest evidence.
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
  return vote(findings.sourceCandidates, options);
}

interface Tally {
  name: string;
  total: number;
  best: SourceCandidate;
}

/** The most-supported name among the candidates, if it has enough support. */
export function vote(
  candidates: readonly SourceCandidate[],
  options: Pick<ResolvedOptions, "publishers">,
): SourceResult {
  const tallies = new Map<string, Tally>();
  for (const candidate of candidates) {
    const name = canonicalName(candidate.name, options);
    const key = voteKey(name);
    const tally = tallies.get(key);
    if (!tally) tallies.set(key, { name, total: candidate.weight, best: candidate });
    else {
      tally.total += candidate.weight;
      if (candidate.weight > tally.best.weight) tally.best = candidate;
    }
  }
  let winner: Tally | undefined;
  for (const tally of tallies.values())
    if (
      !winner ||
      tally.total > winner.total ||
      (tally.total === winner.total && tally.best.weight > winner.best.weight)
    )
      winner = tally;
  if (!winner || winner.total < MIN_VOTE) return { source: null, from: null };
  return { source: winner.name, from: winner.best.from, evidence: winner.best.evidence };
}

/** Known spellings to their name; a domain to its publisher, else the registrable domain. */
function canonicalName(name: string, options: Pick<ResolvedOptions, "publishers">): string {
  const known = knownSourceName(name, options.publishers);
  if (known) return known;
  if (/^[\w-]+(?:\.[\w-]+)+$/u.test(name))
    return sourceFromUrl(`https://${name}`, options.publishers) ?? name;
  return normaliseSourceName(name, options.publishers);
}

/** Names that differ only in case, punctuation or a domain ending vote together. */
function voteKey(name: string): string {
  return compactKey(
    name
      .toLowerCase()
      .replace(/^the\s+/u, "")
      .replace(/\.(?:com|org|net|co\.uk|ru|de|fr|info|news|in|ca)$/u, ""),
  );
}
