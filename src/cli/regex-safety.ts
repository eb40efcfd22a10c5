import { createRequire } from "node:module";
import { UsageError } from "./usage.js";

type Recheck = typeof import("recheck");
let recheck: Recheck | undefined;

/**
 * recheck is loaded on the first pattern, not with the CLI: it is a third of
 * the CLI's start-up (~150 ms on a 2-core machine), and only configs with
 * patterns need it.
 */
function checker(): Recheck {
  recheck ??= createRequire(import.meta.url)("recheck") as Recheck;
  return recheck;
}

/**
 * Refuse a user pattern whose matching time can explode (ReDoS): `^(a+)+$`
 * made a run ignore SIGTERM for eleven minutes, since a regex that is
 * matching cannot be interrupted. recheck analyses the pattern itself
 * (automaton and fuzzing), so a safe pattern is never refused for its looks.
 *
 * Exponential patterns are refused, and so are polynomial ones of degree 3
 * and more. Quadratic ones stay: patterns only see lines of up to 200
 * characters, where n^2 is 40,000 steps, and `^Illustration: .+ for the .+$`
 * is quadratic.
 */
export function refuseCatastrophic(source: string, where: string): void {
  const result = checker().checkSync(source, "iu", { timeout: 2000 });
  if (result.status !== "vulnerable") return;
  const { complexity } = result;
  if (complexity.type === "polynomial" && complexity.degree < 3) return;
  const growth =
    complexity.type === "exponential" ? "exponential" : `polynomial (degree ${complexity.degree})`;
  throw new UsageError(
    `${where}: /${source}/ can take ${growth} time on some lines (catastrophic backtracking, e.g. on ${JSON.stringify(truncate(result.attack.string))}), so a run could hang; rewrite it without nested or overlapping repetition`,
  );
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
