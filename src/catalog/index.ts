import { AGENCIES } from "./agencies.js";
import {
  CAPTION_LABEL_WORDS,
  CAPTION_WORDS,
  COMMENTS_WORDS,
  NOTICE_CUES,
  PHOTO_WORDS,
  RIGHTS_RESERVED,
  STAFF_WORDS,
} from "./cues.js";
import type { PhraseEntry } from "./matcher.js";
import { PhraseMatcher } from "./matcher.js";
import { ar } from "./phrases/ar.js";
import { de } from "./phrases/de.js";
import { en } from "./phrases/en.js";
import { es } from "./phrases/es.js";
import { fr } from "./phrases/fr.js";
import { it } from "./phrases/it.js";
import { ja } from "./phrases/ja.js";
import { ko } from "./phrases/ko.js";
import { nl } from "./phrases/nl.js";
import { pl } from "./phrases/pl.js";
import { pt } from "./phrases/pt.js";
import { ru } from "./phrases/ru.js";
import { sv } from "./phrases/sv.js";
import { tr } from "./phrases/tr.js";
import { uk } from "./phrases/uk.js";
import { zh } from "./phrases/zh.js";
import { TAG_PREFIXES, TEASER_PREFIXES } from "./teaser-prefixes.js";
import {
  COMMENT_PROMPTS,
  CONTINUES_BELOW,
  FORM_SMALL_PRINT,
  LOADERS,
  PAYWALL_BADGES,
  READING_TIME,
  RELATED_BOX_HEADERS,
  SEND_BY_EMAIL,
  VIDEO_PLAYER,
} from "./widget-families.js";

/** Every built-in UI phrase, all languages: widgets show up in any language. */
export const BUILT_IN_PHRASES: readonly PhraseEntry[] = [
  ...en,
  ...fr,
  ...de,
  ...es,
  ...it,
  ...pt,
  ...nl,
  ...ru,
  ...uk,
  ...pl,
  ...tr,
  ...ar,
  ...zh,
  ...ja,
  ...ko,
  ...sv,
  ...READING_TIME,
  ...LOADERS,
  ...SEND_BY_EMAIL,
  ...CONTINUES_BELOW,
  ...FORM_SMALL_PRINT,
  ...PAYWALL_BADGES,
  ...COMMENT_PROMPTS,
  ...VIDEO_PLAYER,
  ...RELATED_BOX_HEADERS,
];

/** Languages with a phrase catalogue. */
export const CATALOGUE_LANGUAGES = [
  "en",
  "fr",
  "de",
  "es",
  "it",
  "pt",
  "nl",
  "ru",
  "uk",
  "pl",
  "tr",
  "ar",
  "zh",
  "ja",
  "ko",
  "sv",
] as const;

function labels(table: Readonly<Record<string, readonly string[]>>, role: string): PhraseEntry[] {
  return Object.entries(table).flatMap(([lang, phrases]) =>
    phrases.map((phrase) => ({ kind: "teaser" as const, phrase, lang, role })),
  );
}

/** Every alias of an agency that sells photos: "AFP", "Getty Images", "Reuters". */
const PHOTO_AGENCIES: readonly PhraseEntry[] = AGENCIES.filter((a) => a.photo).flatMap((agency) =>
  agency.aliases.map((phrase) => ({
    kind: "credit" as const,
    phrase,
    lang: "*",
    role: "photo-agency",
  })),
);

/**
 * Everything the rules look for in a line's words, in one list: the UI
 * phrases (role `ui`), the labels that open teasers and tag lists, and the
 * cue words that gate the pattern rules. One trie is built from it, once
 * per process (or worker), and every line is walked once.
 */
export const BUILT_IN_CATALOGUE: readonly PhraseEntry[] = [
  ...BUILT_IN_PHRASES,
  ...labels(TEASER_PREFIXES, "teaser-label"),
  ...labels(TAG_PREFIXES, "tag-label"),
  ...COMMENTS_WORDS,
  ...NOTICE_CUES,
  ...RIGHTS_RESERVED,
  ...PHOTO_WORDS,
  ...CAPTION_WORDS,
  ...CAPTION_LABEL_WORDS,
  ...STAFF_WORDS,
  ...PHOTO_AGENCIES,
];

let builtIn: PhraseMatcher | undefined;

/** The matcher over the built-in catalogue, built once per process (or worker). */
export function builtInMatcher(): PhraseMatcher {
  builtIn ??= new PhraseMatcher(BUILT_IN_CATALOGUE);
  return builtIn;
}
