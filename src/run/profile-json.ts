import { z } from "zod";
import { PROFILE_VERSION, profileFromJSON, type RepetitionProfile } from "../corpus/repetition.js";

const Header = z.object({ format: z.literal("article-clean-profile"), version: z.number().int() });

const Body = z.object({
  files: z.record(z.string(), z.number().int().nonnegative()),
  lines: z.array(z.tuple([z.number(), z.number().int().nonnegative()])),
  varied: z.array(z.number()),
  headlines: z.array(z.number()),
});

/**
 * A profile's JSON, checked before it is used: a file that is not a
 * profile, one from a newer version, and a damaged one each get their own
 * one-line reason (a hand-edited file used to fail with
 * "value.lines.map is not a function").
 */
export function parseProfile(value: unknown): RepetitionProfile {
  const header = Header.safeParse(value);
  if (!header.success)
    throw new Error('not an article-clean profile (no "format": "article-clean-profile")');
  const { version } = header.data;
  if (version > PROFILE_VERSION)
    throw new Error(
      `written by a newer article-clean (profile version ${version}; this one reads version ${PROFILE_VERSION}): upgrade, or learn it again`,
    );
  if (version !== PROFILE_VERSION)
    throw new Error(
      `profile version ${version} is from an older article-clean, which counted lines another way: learn it again`,
    );
  const body = Body.safeParse(value);
  if (!body.success) {
    const issue = body.error.issues[0];
    throw new Error(`damaged profile: ${issue?.path.join(".") || "profile"}: ${issue?.message}`);
  }
  return profileFromJSON(value);
}
