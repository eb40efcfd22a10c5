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

/** Every built-in phrase, all languages: widgets show up in any language. */
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

let builtIn: PhraseMatcher | undefined;

/** The matcher over the built-in catalogue, built once per process (or worker). */
export function builtInMatcher(): PhraseMatcher {
  builtIn ??= new PhraseMatcher(BUILT_IN_PHRASES);
  return builtIn;
}
