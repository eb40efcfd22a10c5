import picomatch from "picomatch";
import type { SourceMapEntry } from "../options.js";

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * The source a `--source-map` assigns to a path. An entry matches by path
 * prefix (`scrapes/reuters/`) or, when it holds glob characters, by glob
 * (`**\/tass-*.txt`, via picomatch). First match wins.
 */
export function sourceFromSourceMap(
  filePath: string,
  entries: readonly SourceMapEntry[],
): string | undefined {
  if (entries.length === 0) return undefined;
  const normalised = filePath.replace(/\\/g, "/").replace(/^\.\//, "");
  for (const entry of entries) {
    const match = entry.match.replace(/\\/g, "/").replace(/^\.\//, "");
    if (GLOB_CHARS.test(match)) {
      if (picomatch.isMatch(normalised, match, { dot: true })) return entry.source;
    } else if (
      normalised === match ||
      normalised.startsWith(match.endsWith("/") ? match : `${match}/`)
    ) {
      return entry.source;
    }
  }
  return undefined;
}
