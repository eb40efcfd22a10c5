import { readFileSync } from "node:fs";
import { profileFromJSON, type RepetitionProfile } from "../corpus/repetition.js";
import { UsageError } from "./usage.js";

/** Load a profile written by `article-clean learn`. */
export function loadProfile(file: string): RepetitionProfile {
  try {
    return profileFromJSON(JSON.parse(readFileSync(file, "utf8")));
  } catch (error) {
    throw new UsageError(`${file}: cannot load profile: ${(error as Error).message}`);
  }
}
