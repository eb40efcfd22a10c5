import type { StageContext } from "../stage.js";
import { compactKey } from "../text/normalise.js";
import { knownSourceName, sourceFromUrl } from "./source-names.js";

// " | Reuters", " - BBC News", " — Le Monde", " :: Site": the part after the
// last separator is a candidate site name.
const SUFFIX = /^(.{8,})\s+(?:\||-|–|—|::|·)\s+([^|–—]{2,60})$/u;

/**
 * Remove a site name appended to a title (`... | Reuters`, `... - BBC
 * News`). Only names we can vouch for are removed: known publishers and
 * agencies, or the site the header's URL points to. "Take C.A.R.E. -
 * comwrap auf der DMEXCO 2018" keeps its second half.
 */
export function stripSiteSuffix(title: string, context: StageContext): string {
  const match = SUFFIX.exec(title.trim());
  if (!match) return title.trim();
  const [, head, tail] = match as unknown as [string, string, string];
  const suffix = tail.trim();
  if (knownSourceName(suffix, context.options.publishers)) return head.trim();
  const url = context.findings.header.url;
  const site = url ? sourceFromUrl(url, context.options.publishers) : undefined;
  if (site && sameSite(suffix, site)) return head.trim();
  const source = context.findings.header.source;
  if (source && sameSite(suffix, source)) return head.trim();
  return title.trim();
}

function sameSite(suffix: string, site: string): boolean {
  const key = (s: string) => compactKey(s.toLowerCase().replace(/\.[a-z.]{2,6}$/u, ""));
  const a = key(suffix);
  const b = key(site);
  return a.length > 0 && (a === b || a.startsWith(b) || b.startsWith(a));
}
