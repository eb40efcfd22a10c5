import { AGENCY_ALTERNATION, PHOTO_AGENCY_ALTERNATION } from "./agencies.js";

/**
 * Photo-credit shapes. Each pattern is tested against a whole (short) line;
 * `label` is what `--explain` prints. All patterns are anchored and use no
 * nested quantifiers, so they run in linear time on any input.
 */
export interface CreditPattern {
  readonly id: string;
  readonly label: string;
  readonly pattern: RegExp;
}

const AGENCY = `(?:${PHOTO_AGENCY_ALTERNATION})`;
// A person's name as credits print it: "ANDREY KOVALENKO", "Manu Fernandez", "J. Doe".
const NAME = String.raw`[\p{Lu}][\p{L}'’.\-]*(?: [\p{L}][\p{L}'’.\-]*){0,4}`;

/**
 * The word "photo" (and "picture", "image", "credit", "source") in the
 * languages of the phrase catalogues, as regex alternatives. The cue words
 * of catalog/cues.ts (PHOTO_WORDS) gate these patterns and must let every
 * one of them through (tests/catalog/photo-words.test.ts).
 */
export const PHOTO_WORD_ALTERNATIVES: readonly string[] = [
  "photos?",
  "illustrations?",
  "graphics?",
  "infographics?",
  "video",
  "grafik",
  "illustration",
  "photograph(?:y|er)?",
  "pictures?",
  "pics?",
  "images?",
  "credits?",
  "photo credit",
  "image credit",
  "image source",
  "image copyright",
  "picture credit",
  "crédits?",
  "crédit photo",
  "crédits photo",
  "fotos?",
  "fotó",
  "fotograf(?:í|i)a",
  "fotografie",
  "fotoğraf",
  "bild(?:er)?",
  "bildquelle",
  "quelle",
  "imagen(?:es)?",
  "imagem",
  "immagine",
  "fuente",
  "fonte",
  "фото",
  "фотография",
  "снимок",
  "світлина",
  "zdjęcie",
  "źródło",
  "صورة",
  "الصورة",
  "图片来源",
  "圖片來源",
  "图",
  "照片",
  "写真",
  "사진",
];
const PHOTO_WORD = PHOTO_WORD_ALTERNATIVES.join("|");

export const CREDIT_PATTERNS: readonly CreditPattern[] = [
  {
    id: "copyright",
    label: '"© AGENCY YEAR / NAME"',
    // "© AFP 2019 / ANDREY KOVALENKO", "(c) Reuters", "Copyright Getty Images"
    pattern: /^(?:©|\(c\)|copyright\b|℗)/iu,
  },
  {
    id: "photo-label",
    label: '"Photo: NAME"',
    // "Photo: AFP", "Crédit photo : X / AFP", "Фото: РИА Новости", "Image copyright EPA"
    pattern: new RegExp(`^(?:${PHOTO_WORD})\\s*(?:by\\b|via\\b|:|：|/|\\||-|–|—|©)\\s*\\S`, "iu"),
  },
  {
    id: "photo-label-agency",
    label: '"Image copyright AGENCY"',
    // "Image copyright Getty Images", "Photo AFP", "Foto dpa"
    pattern: new RegExp(`^(?:${PHOTO_WORD})\\s+${AGENCY}\\b`, "iu"),
  },
  {
    id: "name-slash-agency",
    label: '"NAME/AGENCY"',
    // "David Harris/Getty Images", "REUTERS/Kim Kyung-Hoon", "Credit: X/Bloomberg".
    // Case-insensitive because agencies sign in capitals ("REUTERS", "AFP").
    // A byline's word in front ("By", "Von", "Par", "Por", "Door") makes the
    // same shape the story's byline: "Von Max Muster / dpa".
    pattern: new RegExp(
      `^(?!(?:by|von|par|por|door|av)\\s)(?:${NAME}\\s*/\\s*${AGENCY}|${AGENCY}\\s*/\\s*${NAME}|${AGENCY}\\s*(?:via|/)\\s*${AGENCY})(?:\\s*/\\s*${NAME})?$`,
      "iu",
    ),
  },
  {
    id: "agency-only",
    label: '"AGENCY"',
    // a credit line holding only the agency: "Getty Images", "AFP", "Shutterstock"
    pattern: new RegExp(`^${AGENCY}(?: (?:Photo|Images|Pictures|Creative|Stock))?$`, "u"),
  },
  {
    id: "courtesy",
    label: '"Photo courtesy of NAME"',
    // "Photo courtesy of the city council", "Courtesy photo", "Courtesy of NASA"
    pattern:
      /^(?:(?:photo|image|picture|video)s? )?courtesy(?: of| photo|$)|^courtesy (?:photo|image)/iu,
  },
  {
    id: "personal-archive",
    label: '"Personal archive of NAME"',
    // A picture from the subject's own album: "личный архив Анны Петровой",
    // "Фото из личного архива", "Archives personnelles", "Privatarchiv",
    // "Archivo personal", "Family handout", "Family photo".
    pattern:
      /^(?:(?:фото|photo|foto)\s*[:：]?\s*)?(?:личный архив|из личного архива|семейный архив|архив семьи|особистий архів|з особистого архіву|archives? personnelles?|archives? de la famille|privatarchiv|privat|familienarchiv|archivo (?:personal|familiar|particular)|arquivo (?:pessoal|de família)|archivio (?:personale|privato|di famiglia)|personal archive|family (?:handout|photo|archive))(?:\s|$)/iu,
  },
  {
    id: "photo-by",
    label: '"Photo by NAME on SITE"',
    // "Photo by Jane Doe on Unsplash", "(Photo by X/Getty Images)"
    pattern: /^\(?(?:photo|image|picture|foto) by \S/iu,
  },
];

/**
 * A credit in brackets at the end of a caption line:
 * "... in Madrid, Spain, Tuesday, Nov. 19, 2019. (Manu Fernandez/AP)",
 * "(AP Photo/Evan Vucci)", "(Reuters)". The whole line is then a caption.
 */
export const TRAILING_CREDIT = new RegExp(
  [
    // "(Photo by Jane Roe/Getty Images for Example Records)": a picture an
    // agency made for a client says so after the agency
    `\\((?:[^()/]{1,60}/ ?)?${AGENCY}(?: Photo| Images)?(?: ?/ ?[^()]{1,60})?(?: for [^()]{1,50})?\\)\\.?$`,
    // "(Elias Funez/The Union via AP)", "(Courtesy of the family via Reuters)":
    // AP's style for a member paper's or a handout picture it distributes
    `\\([^()]{1,80}\\svia ${AGENCY}(?: Photo| Images)?\\)\\.?$`,
    // "... in 2001 [File: Reuters]", "[Photo: AFP]" (Al Jazeera style)
    `\\[(?:(?:[Ff]ile|[Pp]hoto|[Ii]mage|[Pp]icture|[Cc]redit)s?:?\\s*)?(?:[^\\[\\]/]{1,60}/\\s?)?${AGENCY}(?:\\s?/\\s?[^\\[\\]]{1,60})?\\]\\.?$`,
    // "... from a disposable nasal cannula'. (Photo Credit : PTI File Photo )"
    `\\((?:[Pp]hoto|[Ii]mage|[Pp]icture|[Ff]oto)s?(?: [Cc]redit)?\\s*[:：]\\s*[^()]{1,50}\\)\\.?$`,
    // "Jewels after Jewels, installation views, photos © Inexhibit, 2018"
    `©\\s?[^©]{1,60}$`,
    // "... on July 25, 2019.J. Scott Applewhite / AP file" (NBC style)
    `[.!?”"]\\s?${NAME}\\s?/\\s?${AGENCY}(?: file| photo)?$`,
  ].join("|"),
  "u",
);

/**
 * A caption whose credit follows its last sentence after a photo word and a
 * colon: "… as the youthful Nick Fury. Photograph: Studio/Agency", "…
 * stellte die Ergebnisse vor. Foto: Jane Roe", "… à Paris. Crédit photo :
 * AFP". Tested only on lines with a colon near their end.
 */
export const LABELLED_TRAILING_CREDIT =
  /[.!?…”"»]\s+(?:photo(?:graph)?|picture|image|credit|foto|bild|фото|crédit(?: photo)?|crédits?)s?\s*[:：]\s*[^.!?:：]{2,60}$/iu;

/**
 * A caption that ends with its agency after a dash, and often the picture's
 * size and date: "Protesters in the capital - Reuters", "Учения МЧС в
 * Приэльбрусье - РИА Новости, 1920, 26.09.2021". The text before the dash
 * does not end like a sentence: a paragraph signed "… said. — AFP" is the
 * story's sign-off, not a caption.
 */
export const AGENCY_AFTER_DASH = new RegExp(
  `[^.!?"”»\\s]\\s+[-–—]\\s+(?:${AGENCY_ALTERNATION})(?:,\\s*[\\d.:/]+){0,3}$`,
  "u",
);
