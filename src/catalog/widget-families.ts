import type { PhraseEntry } from "./matcher.js";
import { entries } from "./phrases/entries.js";

/**
 * UI strings by meaning, across languages: the same widget as sites print
 * it in each. `#` is a number, `*` one to four words, `~` a stem.
 */

/** Reading-time badges: "5 min read", "Temps de lecture : 3 minutes", "Lesezeit: 4 Minuten". */
export const READING_TIME: readonly PhraseEntry[] = [
  ...entries("en", {
    widget: [
      "# min read",
      "# mins read",
      "# minute read",
      "# minutes read",
      "reading time # min",
      "reading time # mins",
      "reading time # minutes",
      "read time # min",
      "read time # minutes",
      "estimated reading time # minutes",
      "# min",
    ],
  }),
  ...entries("fr", {
    widget: [
      "temps de lecture # min",
      "temps de lecture # minutes",
      "temps de lecture # minute",
      "lecture # min",
      "# min de lecture",
      "# minutes de lecture",
    ],
  }),
  ...entries("de", {
    widget: [
      "lesezeit # min",
      "lesezeit # minuten",
      "lesedauer # min",
      "lesedauer # minuten",
      "# min lesezeit",
      "# minuten lesezeit",
    ],
  }),
  ...entries("es", {
    widget: [
      "tiempo de lectura # min",
      "tiempo de lectura # minutos",
      "# min de lectura",
      "# minutos de lectura",
      "lectura # min",
    ],
  }),
  ...entries("pt", {
    widget: [
      "tempo de leitura # min",
      "tempo de leitura # minutos",
      "# min de leitura",
      "leitura # min",
    ],
  }),
  ...entries("it", {
    widget: ["tempo di lettura # min", "tempo di lettura # minuti", "# min di lettura", "lettura # min"],
  }),
  ...entries("nl", { widget: ["leestijd # min", "leestijd # minuten", "# min leestijd"] }),
  ...entries("ru", {
    widget: ["время чтения # мин", "время чтения # минут~", "# мин чтения", "# минут~ чтения"],
  }),
  ...entries("uk", { widget: ["час читання # хв", "# хв читання", "час прочитання # хв"] }),
  ...entries("pl", { widget: ["czas czytania # min", "# min czytania"] }),
  ...entries("tr", { widget: ["okuma süresi # dk", "okuma süresi # dakika", "# dakikada okunur"] }),
];

/**
 * Placeholders and loaders a scraper catches before the page's script
 * replaces them: "Placeholder while article actions load", "Loading video",
 * "Chargement en cours", "Wird geladen", "Cargando", "Загрузка".
 */
export const LOADERS: readonly PhraseEntry[] = [
  ...entries("en", {
    widget: [
      "placeholder while * load",
      "placeholder while * loads",
      "placeholder while * loading",
      "content loading",
      "article loading",
      "video loading",
      "player loading",
    ],
  }),
  ...entries("fr", { widget: ["chargement", "chargement en cours", "chargement de *"] }),
  ...entries("de", { widget: ["wird geladen", "lädt", "laden", "inhalt wird geladen"] }),
  ...entries("es", { widget: ["cargando", "cargando *"] }),
  ...entries("pt", { widget: ["carregando", "carregando *", "a carregar"] }),
  ...entries("it", { widget: ["caricamento", "caricamento in corso"] }),
  ...entries("ru", { widget: ["загрузка", "загрузка *", "идет загрузка", "идёт загрузка"] }),
];

/**
 * Share-by-e-mail prompts: "Send this page to someone via email", "Email
 * this article to a friend", "Envoyer à un ami", "Per E-Mail versenden".
 */
export const SEND_BY_EMAIL: readonly PhraseEntry[] = [
  ...entries("en", {
    share: [
      "send this page to someone via email",
      "send this * to a friend",
      "send this * via email",
      "send to a friend",
      "email to a friend",
      "email this * to a friend",
      "email this page",
      "share via email",
      "share by email",
    ],
  }),
  ...entries("fr", {
    share: ["envoyer à un ami", "envoyer par e mail", "envoyer par email", "partager par e mail"],
  }),
  ...entries("de", {
    share: ["per e mail versenden", "per e mail teilen", "per mail teilen", "artikel versenden"],
  }),
  ...entries("es", {
    share: ["enviar por correo", "enviar por e mail", "enviar a un amigo", "compartir por correo"],
  }),
  ...entries("it", { share: ["invia per email", "invia per e mail", "invia a un amico"] }),
  ...entries("pt", { share: ["enviar por e mail", "enviar por email", "enviar para um amigo"] }),
  ...entries("ru", {
    share: ["отправить по почте", "отправить по электронной почте", "отправить другу"],
  }),
];
