import { readFileSync } from "node:fs";
import type { RepetitionProfile } from "../corpus/repetition.js";
import { describeFsError } from "../io/discover.js";
import { parseProfile } from "../run/profile-json.js";
import { UsageError } from "./usage.js";

/** Load a profile written by `article-clean learn`; every problem is one usage error. */
export function loadProfile(file: string): RepetitionProfile {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`${file}: cannot read profile: ${describeFsError(error)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: profile is not valid JSON: ${(error as Error).message}`);
  }
  try {
    return parseProfile(value);
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
}
