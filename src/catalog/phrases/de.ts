import type { PhraseEntry } from "../matcher.js";
import { entries } from "./entries.js";

/** German UI strings (Germany, Austria, Switzerland). */
export const de: readonly PhraseEntry[] = entries("de", {
  share: [
    "Teilen", // share button
    "Jetzt teilen", // share button
    "Artikel teilen", // share block header
    "Auf * teilen", // "Auf Facebook teilen"
    "Per E-Mail teilen", // email share button
    "Per Mail versenden", // email share button
    "Drucken", // print button
    "Link kopieren", // copy-link button
    "Link kopiert", // copy-link toast
    "Folgen Sie uns", // social block header
    "Folgen Sie uns auf *", // "Folgen Sie uns auf Twitter"
    "Folge uns auf *", // informal variant
  ],
  subscribe: [
    "Abonnieren", // subscribe button
    "Jetzt abonnieren", // subscribe button
    "Newsletter abonnieren", // newsletter box
    "Zum Newsletter anmelden", // newsletter box
    "Melden Sie sich für unseren Newsletter an", // newsletter box
    "Newsletter", // newsletter box title
    "Ihre E-Mail-Adresse", // newsletter form placeholder
    "Jetzt anmelden", // newsletter form button
    "Bereits Abonnent", // paywall prompt
    "Abmelden", // newsletter footer / logout
  ],
  cookie: [
    "Akzeptieren", // cookie banner button
    "Alle akzeptieren", // cookie banner button
    "Alle Cookies akzeptieren", // cookie banner button
    "Zustimmen", // consent banner button
    "Ablehnen", // consent banner button
    "Einstellungen", // consent banner button
    "Cookie-Einstellungen", // cookie banner button
    "Datenschutzeinstellungen", // consent banner button
    "Diese Website verwendet Cookies", // cookie banner text
    "Wir verwenden Cookies", // cookie banner text
  ],
  comments: [
    "Kommentare", // comments section header
    "Kommentar", // comment button
    "# Kommentare", // "12 Kommentare"
    "Kommentieren", // comment button
    "Kommentar schreiben", // comment form header
    "Kommentare anzeigen", // comments toggle
    "Alle Kommentare", // comments tab
    "Neue Kommentare anzeigen", // comments pager
    "Anmelden", // account link
    "Einloggen", // account link
    "Registrieren", // account link
    "Mein Konto", // account link
    "Fehler melden", // correction form link
    "Antworten", // comment reply button
    "Melden", // moderation button
  ],
  widget: [
    "Ihre Nachricht wurde gesendet", // contact form confirmation
    "Ihre Nachricht wurde erfolgreich versendet", // contact form confirmation
    "Nachricht gesendet", // form confirmation
    "Vielen Dank für Ihre Nachricht", // form confirmation
    "Ein Fehler ist aufgetreten", // form error
    "Es ist ein Fehler aufgetreten", // form error
    "Etwas ist schiefgelaufen", // form error
    "Bitte versuchen Sie es erneut", // form error
    "Bitte versuchen Sie es später erneut", // form error
    "Wird geladen", // "Wird geladen..." spinner
    "Laden", // spinner
    "Lädt", // spinner
    "Artikel anhören", // text-to-speech player
    "Anhören", // audio player button
    "Video abspielen", // video player button
    "Schließen", // modal close button
    "Suche", // search box
    "Suchen", // search box
    "Senden", // form button
    "Abbrechen", // form button
    "Nach oben", // footer link
    "Zum Inhalt springen", // accessibility link
    "Weiterlesen", // excerpt link
    "Mehr erfahren", // excerpt link
    "Mehr anzeigen", // collapsible section button
    "Aktualisiert", // timestamp label
    "Lesezeit # Min", // reading-time badge
  ],
  caption: [
    "Symbolbild", // stock-photo caption
    "Archivbild", // stock-photo caption
  ],
  byline: [
    "Von", // byline label on its own line
    "Autor", // byline label
    "Veröffentlicht", // timestamp label
    "Veröffentlicht am", // timestamp label
  ],
  ad: [
    "Anzeige", // ad slot label
    "Werbung", // ad slot label
    "Gesponsert", // native ad label
    "Sponsored", // native ad label
  ],
  related: [
    "Das könnte dich auch interessieren", // recommendation box
    "Empfohlen", // recommendation box
    "Lesen Sie auch", // teaser label
    "Lesen Sie mehr", // teaser label
    "Auch interessant", // teaser label
    "Das könnte Sie auch interessieren", // recommendation box
    "Mehr zum Thema", // related box header
    "Zum Thema", // related box header
    "Meistgelesen", // popularity box
    "Meistgelesene Artikel", // popularity box
    "Beliebt", // popularity box
    "Neueste Artikel", // latest box
    "Neueste Beiträge", // a blog's latest posts (WordPress' German "Recent Posts")
    "Letzte Beiträge", // a blog's latest posts
    "Weitere Artikel", // related box header
    "Empfehlungen", // recommendation box
    "Themen", // tag list header
    "Schlagworte", // tag list header
  ],
  nav: [
    "Startseite", // breadcrumb
    "Nachrichten", // breadcrumb
    "Alle Rechte vorbehalten", // footer
    "Impressum", // footer (legally required in Germany)
    "Datenschutz", // footer
    "Datenschutzerklärung", // footer
    "Kontakt", // footer
    "AGB", // footer
  ],
});
