/**
 * The ways a page names its own publisher, as patterns whose first group is
 * the name. Each is a class seen across outlets and languages (the examples
 * name some); none is copied from one page. Matched on the line's text.
 */
export interface SelfMention {
  readonly id: string;
  /** What `source_from` says when this evidence wins. */
  readonly from: "sign-off" | "byline" | "copyright" | "text";
  /** How strongly the shape says "this is the publisher" (see meta/source-vote). */
  readonly weight: number;
  /** A cheap test of the line's opening (or a character it must hold) before the pattern runs. */
  readonly hint: RegExp;
  /** The longest line of this shape: a name and an outlet, a label and a name. */
  readonly maxWords: number;
  readonly pattern: RegExp;
}

// A name as these lines print it: one to six words or a domain, no sentence;
// or one lower-case word, which stages/source-evidence keeps only when it is
// an agency that signs so ("dpa", "efe").
const NAME = String.raw`([\p{Ll}][\p{L}\-]{1,11}(?=\s*(?:[.,;]|$))|[\p{Lu}\p{Lo}\d][\p{L}\p{M}\p{N}&'’\-]*(?:\.[\p{L}\p{N}][\p{L}\p{M}\p{N}&'’\-]*)*(?:\s+(?:[\p{Lu}\p{Lo}\d&][\p{L}\p{M}\p{N}&'’\-]*(?:\.[\p{L}\p{N}]+)*|of|the|de|du|des|la|le|el|der|die|das)){0,5})`;
// A person's name in a byline: capitalised words, "and" between two authors.
const PERSON = String.raw`[\p{Lu}][\p{L}'’.\-]+(?:\s+[\p{Lu}][\p{L}'’.\-]*){0,3}(?:\s+(?:and|und|et|y|e|и)\s+[\p{Lu}][\p{L}'’.\-]+(?:\s+[\p{Lu}][\p{L}'’.\-]*){0,3})?`;
// The byline's word, in any case: "By", "BY:", "Von", "Par", "Por", "Автор:".
const BY = String.raw`(?:[Bb][Yy]|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Aa]v|[Pp]rzez|[Аа]втор|[Аа]втори|[Yy]azan)\s*:?\s+`;
// "All rights reserved" in the catalogue languages, any case.
const RESERVED =
  "(?:[Aa]ll [Rr]ights [Rr]eserved|ALL RIGHTS RESERVED|[Tt]ous droits réservés|[Aa]lle Rechte vorbehalten|[Tt]odos los derechos reservados|[Вв]се права защищены)";
const COPYRIGHT = String.raw`(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)`;

export const SELF_MENTIONS: readonly SelfMention[] = [
  // "© 2020 AFP", "© 2019 The Associated Press. All Rights Reserved.",
  // "Copyright 2021 Example Channel 9. All rights reserved.", "© 2018 Reuters"
  {
    id: "copyright-year",
    maxWords: 16,
    hint: /^(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}/iu,
    from: "copyright",
    weight: 4,
    pattern: new RegExp(
      String.raw`^${COPYRIGHT}\s*(?:©\s*)?\d{4}(?:\s*[-–]\s*\d{4})?,?\s+${NAME}\s*(?:[.,;]\s*${RESERVED}.*)?\.?$`,
      "u",
    ),
  },
  // "Copyright © Example Channel 9 2019", "© Example Media Group Limited 2019"
  {
    id: "copyright-name",
    maxWords: 16,
    hint: /^(?:©|\(c\)|copyright)[^/]*\d{4}(?:[.,;][^/]*)?$/iu,
    from: "copyright",
    weight: 3,
    pattern: new RegExp(
      String.raw`^${COPYRIGHT}\s*(?:©\s*)?${NAME},?\s+\d{4}(?:\s*[.,;]\s*${RESERVED}.*)?\.?$`,
      "u",
    ),
  },
  // "By Jane Roe, Example Tribune", "By Sam Poe | Fox News",
  // "Par Jean Dupont, Le Monde", "Von Max Muster / dpa": byline, then the outlet
  {
    id: "byline-outlet",
    maxWords: 16,
    hint: /^\|?\s*(?:by|von|par|por|door|av|przez|автор|автори|yazan)\s*:?\s+\S.*[,|/–—]/iu,
    from: "byline",
    weight: 4,
    pattern: new RegExp(String.raw`^\|?\s*${BY}${PERSON}\s*(?:,|\||/|–|—)\s*${NAME}`, "u"),
  },
  // "Jane Roe, AP Science Writer", "Sam Poe, Los Angeles Times":
  // a name, a comma, the outlet (or a role that names it); read only on byline lines
  {
    id: "name-comma-outlet",
    maxWords: 10,
    hint: /,/u,
    from: "byline",
    weight: 3,
    pattern: new RegExp(String.raw`^${PERSON},\s+${NAME}\s*$`, "u"),
  },
  // "Sam Poe | Fox News", "Ana Ruiz / AP": a name, a bar or slash, the outlet
  {
    id: "name-bar-outlet",
    maxWords: 9,
    hint: /^[^|/]{3,50}[|/][^|/]{2,50}$/u,
    from: "byline",
    weight: 3,
    pattern: new RegExp(String.raw`^${PERSON}\s*(?:\||/)\s*${NAME}\s*$`, "u"),
  },
  // "Originally published on The Conversation", "This article first appeared in
  // Le Monde", "Source: Example Wire", "Quelle: dpa", "Источник: ТАСС"
  {
    id: "published-on",
    maxWords: 12,
    hint: /^(?:this|was|originally|first|republished|source|quelle|fuente|fonte|источник|kaynak|źródło)/iu,
    from: "text",
    weight: 4,
    pattern: new RegExp(
      String.raw`^(?:(?:[Tt]his (?:article|story|post) )?(?:was )?(?:[Oo]riginally|[Ff]irst) (?:published|appeared|posted) (?:on|in|by|at)|[Tt]his (?:article|story) appeared (?:on|in)|[Rr]epublished (?:from|with permission (?:of|from))|[Ss]ource(?: URL| url)?|SOURCE(?: URL)?|[Qq]uelle|[Ff]uente|[Ff]onte|[Ии]сточник|[Kk]aynak|[Źź]ródło)\s*[:：]?\s+${NAME}\s*\.?$`,
      "u",
    ),
  },
  // "Subscribe to Example Tech on YouTube", "Follow Reuters on Twitter"
  {
    id: "follow",
    maxWords: 14,
    hint: /^(?:subscribe to|follow)\s.*\son\s+(?:youtube|twitter|facebook|instagram|telegram|linkedin|x)\b/iu,
    from: "text",
    weight: 1.5,
    pattern: new RegExp(
      String.raw`^(?:[Ss]ubscribe to|[Ff]ollow)\s+${NAME}\s+on\s+(?:YouTube|Youtube|Twitter|Facebook|Instagram|Telegram|LinkedIn|X)\b`,
      "u",
    ),
  },
  // "More from Example Sports", "Plus de Le Monde", "Mehr von dpa", "Más de EFE"
  {
    id: "more-from",
    maxWords: 7,
    hint: /^(?:more (?:from|on)|plus de|mehr von|más de|mais d[aeo]|altro da|ещё от|еще от)\s/iu,
    from: "text",
    weight: 1.5,
    pattern: new RegExp(
      String.raw`^(?:[Mm]ore (?:from|on)|MORE FROM|[Pp]lus de|[Mm]ehr von|[Mm]ás de|[Mm]ais d[aeo]|[Aa]ltro da|[Ее]щё от|[Ее]ще от)\s+${NAME}\s*$`,
      "u",
    ),
  },
];

/** A label alone on its line, the publisher on the next: "SOURCE:" then "Example Wire". */
export const SOURCE_LABEL =
  /^(?:source|sources|quelle|fuente|fonte|источник|kaynak|źródło)\s*[:：]?$/iu;

/** An e-mail address: a staff address names the publisher's domain ("jane.roe@example-news.com"). */
export const STAFF_EMAIL = /(?<![\w.+-])[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})\b/iu;

/** A web address or a bare domain ("www.example.org", "https://news.example.net/x", "Example.com"). */
export const WEB_ADDRESS =
  /(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9][a-z0-9-]*\.)+(?:com|org|net|info|news|co\.uk|co\.in|co\.kr|ca|de|fr|ru|es|it|in|io|ua|kg|kz|by|pl|nl|br|au))\b/giu;

/**
 * Domains that are never a page's publisher: social networks, link
 * shorteners, video and image hosts that pages link to or embed.
 */
export const NOT_PUBLISHERS: ReadonlySet<string> = new Set([
  "twitter.com",
  "t.co",
  "x.com",
  "facebook.com",
  "fb.com",
  "instagram.com",
  "youtube.com",
  "youtu.be",
  "linkedin.com",
  "t.me",
  "telegram.org",
  "vk.com",
  "ok.ru",
  "tiktok.com",
  "pinterest.com",
  "reddit.com",
  "bit.ly",
  "goo.gl",
  "tinyurl.com",
  "ow.ly",
  "google.com",
  "apple.com",
  "play.google.com",
  "wikipedia.org",
  "gmail.com",
  "yahoo.com",
  "hotmail.com",
  "outlook.com",
  "mail.ru",
  "yandex.ru",
  "example.com",
]);

/** Words that end a byline's outlet slot: a role, not an outlet ("Jane Doe, Staff Writer"). */
export const ROLE_WORDS =
  /(?<![\p{L}])(?:writer|reporter|correspondent|editor|staff|contributor|columnist|producer|freelance|journalist|correspondant|rédacteur|rédactrice|journaliste|redakteur|korrespondent|corresponsal|redactor|periodista|корреспондент|обозреватель|редактор)(?![\p{L}])/iu;
