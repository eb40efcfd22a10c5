/**
 * Openings (and a few endings) that mark a line as a photo caption even when
 * no credit follows it. Anchored at the start of the line; written in lower
 * case and matched against the lower-cased line.
 * Each entry names a real-world shape.
 */
export interface CaptionCue {
  readonly lang: string;
  readonly pattern: RegExp;
  readonly example: string;
}

export const CAPTION_CUES: readonly CaptionCue[] = [
  // English wire-service captions
  { lang: "en", pattern: /^file photo(?![\p{L}\p{N}])/u, example: "FILE PHOTO: The logo of ..." },
  {
    lang: "en",
    pattern:
      /^(?:[*•] )?in (?:this|a) (?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day, )?(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4},? )?(?:handout |undated |file )*(?:photo|picture|image|photograph|still|screenshot|screen grab|video grab)(?![\p{L}\p{N}])/u,
    example:
      "In this file photo taken on June 11, 2015, ... / In this Sunday, Nov. 10, 2019, photograph, ... (AP; a gallery may bullet it)",
  },
  {
    lang: "en",
    pattern:
      /^(?:a|an|this|the) (?:handout |undated |file )*(?:photo|picture|image|photograph|still image|screenshot|screen grab|video grab) (?:taken|shows|showing|released|provided|made|obtained|dated|from|of)(?![\p{L}\p{N}])/u,
    example: "A picture taken on December 12, 2016 shows ...",
  },
  {
    lang: "en",
    pattern: /^(?:a |an )?(?:general|aerial|panoramic) view (?:of|shows|taken)(?![\p{L}\p{N}])/u,
    example: "A general view shows the old town",
  },
  {
    lang: "en",
    pattern: /^(?:pictured|photographed|above|top|left|right|below)\s*[:(]/u,
    example: "Pictured: the minister",
  },
  {
    lang: "en",
    pattern: /^image caption(?![\p{L}\p{N}])/u,
    example: "Image caption Supporters of the ruling party",
  },
  { lang: "en", pattern: /^caption\s*:/u, example: "Caption: ..." },
  {
    lang: "en",
    pattern: /^photo illustration(?![\p{L}\p{N}])/u,
    example: "Photo illustration by ...",
  },
  {
    lang: "en",
    pattern:
      /\b(?:is|are) (?:seen|pictured) (?:in|on) (?:this|a|an) (?:handout |file |undated )*(?:photo|picture|image|photograph)(?![\p{L}\p{N}])/u,
    example: "X is seen in this picture taken ...",
  },
  {
    lang: "en",
    pattern:
      /\bseen in this (?:handout |file |undated )*(?:photo|picture|image|photograph|illustration)(?![\p{L}\p{N}])/u,
    example: "... seen in this illustration taken ...",
  },
  // French
  {
    lang: "fr",
    pattern: /^(?:photo|image) d['’](?:illustration|archives?)(?![\p{L}\p{N}])/u,
    example: "Photo d'illustration",
  },
  {
    lang: "fr",
    pattern: /^(?:sur cette (?:photo|image)|une vue (?:aérienne|générale) d)/u,
    example: "Sur cette photo prise le ...",
  },
  // Spanish
  {
    lang: "es",
    pattern: /^(?:imagen|foto|fotografía) de archivo(?![\p{L}\p{N}])/u,
    example: "Imagen de archivo de el puerto de Valencia",
  },
  {
    lang: "es",
    pattern:
      /^(?:en (?:la|esta) (?:imagen|foto|fotografía)|vista (?:aérea|general) de)(?![\p{L}\p{N}])/u,
    example: "Vista aérea de ...",
  },
  // Portuguese
  {
    lang: "pt",
    pattern: /^(?:foto|imagem) de arquivo(?![\p{L}\p{N}])/u,
    example: "Foto de arquivo",
  },
  { lang: "pt", pattern: /^(?:na (?:foto|imagem)|vista aérea d)/u, example: "Na foto, ..." },
  // Italian
  {
    lang: "it",
    pattern: /^(?:foto|immagine) d['’]archivio(?![\p{L}\p{N}])/u,
    example: "Foto d'archivio",
  },
  { lang: "it", pattern: /^(?:nella foto|veduta aerea d)/u, example: "Nella foto, ..." },
  // German
  {
    lang: "de",
    pattern: /^(?:archivbild|archivfoto|symbolbild|symbolfoto)(?![\p{L}\p{N}])/u,
    example: "Symbolbild: ...",
  },
  {
    lang: "de",
    pattern: /^(?:das (?:foto|bild) zeigt|auf dem (?:foto|bild))(?![\p{L}\p{N}])/u,
    example: "Das Foto zeigt ...",
  },
  // Dutch
  {
    lang: "nl",
    pattern: /^(?:archiefbeeld|archieffoto|op de foto)(?![\p{L}\p{N}])/u,
    example: "Archiefbeeld",
  },
  // Russian and Ukrainian
  {
    lang: "ru",
    pattern:
      /^(?:на фото|на снимке|фото из архива|архивное фото|иллюстративное фото)(?![\p{L}\p{N}])/u,
    example: "На фото: ...",
  },
  {
    lang: "uk",
    pattern: /^(?:на фото|фото з архіву|ілюстративне фото)(?![\p{L}\p{N}])/u,
    example: "На фото: ...",
  },
  // Polish, Turkish, Arabic
  {
    lang: "pl",
    pattern: /^(?:na zdjęciu|zdjęcie ilustracyjne)(?![\p{L}\p{N}])/u,
    example: "Na zdjęciu: ...",
  },
  {
    lang: "tr",
    pattern: /^(?:arşiv fotoğrafı|fotoğrafta)(?![\p{L}\p{N}])/u,
    example: "Arşiv fotoğrafı",
  },
  { lang: "ar", pattern: /^(?:صورة أرشيفية|في الصورة)/u, example: "صورة أرشيفية" },
];

/**
 * Verbs and phrases that describe a photograph rather than report news
 * ("... poses for a picture", "pictured", "looks on", "a view of"), in the
 * catalogue languages. A title-shaped line with one of them is likelier a
 * caption than a headline. Matched on the lower-cased line.
 */
export const PICTURE_WORDS =
  /(?<![\p{L}])(?:pictured|photographed|seen (?:here|in|during|at)|shows|poses?|posing|gestures?|looks on|waves|view of|taken on|taken in|photographié|photographiée|pose pour|posa|posan|posiert|posieren|позирует|на снимке|на фото|fotografiado|fotografiada|ritratto|retratado)(?![\p{L}])/u;
