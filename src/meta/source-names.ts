import { getDomain, getHostname } from "tldts";
import { AGENCIES } from "../catalog/agencies.js";
import { PUBLISHERS } from "../catalog/publishers.js";
import { compactKey } from "../text/normalise.js";

/**
 * One place that knows publisher and agency names: turns `REUTERS`,
 * `Sputnik International` or `www.bbc.co.uk` into the name users filter on.
 */

const byAlias = new Map<string, string>();
const byDomain = new Map<string, string>();

const aliasKey = compactKey;

for (const agency of AGENCIES) {
  for (const alias of [agency.name, ...agency.aliases]) byAlias.set(aliasKey(alias), agency.name);
}
for (const publisher of PUBLISHERS) {
  for (const alias of [publisher.name, ...(publisher.aliases ?? [])]) {
    if (!byAlias.has(aliasKey(alias))) byAlias.set(aliasKey(alias), publisher.name);
  }
  for (const domain of publisher.domains) byDomain.set(domain, publisher.name);
}

/** Extra names from the user's config: `{"example.com": "Example News", "EXN": "Example News"}`. */
export type ExtraPublishers = Readonly<Record<string, string>>;

function extraByAlias(name: string, extra: ExtraPublishers | undefined): string | undefined {
  if (!extra) return undefined;
  const key = aliasKey(name);
  for (const [spelling, canonical] of Object.entries(extra)) {
    if (aliasKey(spelling) === key || aliasKey(canonical) === key) return canonical;
  }
  return undefined;
}

/** The canonical name for a known publisher or agency spelling, else undefined. */
export function knownSourceName(name: string, extra?: ExtraPublishers): string | undefined {
  return extraByAlias(name, extra) ?? byAlias.get(aliasKey(name));
}

/**
 * Normalise a source name: known spellings map to their canonical name
 * (`REUTERS` -> `Reuters`); unknown names are kept as written, trimmed.
 */
export function normaliseSourceName(name: string, extra?: ExtraPublishers): string {
  const trimmed = name.trim().replace(/\s+/g, " ");
  return knownSourceName(trimmed, extra) ?? trimmed;
}

/**
 * The publisher behind a URL: the table's name for its host or registrable
 * domain, else the registrable domain itself (`example.co.uk`).
 */
export function sourceFromUrl(url: string, extra?: ExtraPublishers): string | undefined {
  const host = getHostname(url)?.replace(/^www\./, "");
  if (!host) return undefined;
  const domain = getDomain(url) ?? host;
  return extra?.[host] ?? extra?.[domain] ?? byDomain.get(host) ?? byDomain.get(domain) ?? domain;
}
