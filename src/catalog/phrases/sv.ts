import type { PhraseEntry } from "../matcher.js";
import { entries } from "./entries.js";

/** Swedish UI strings. */
export const sv: readonly PhraseEntry[] = entries("sv", {
  share: [
    "Dela", // share button
    "Dela artikeln", // share block header
    "Dela på *", // "Dela på Facebook"
    "Skriv ut", // print button
    "Kopiera länk", // copy-link button
    "Följ oss", // social block header
    "Följ oss på *", // "Följ oss på Instagram"
  ],
  subscribe: [
    "Prenumerera", // subscribe button
    "Prenumerera på nyhetsbrevet", // newsletter box
    "Nyhetsbrev", // newsletter box title
  ],
  cookie: [
    "Acceptera", // cookie banner button
    "Godkänn", // cookie banner button
    "Godkänn alla", // cookie banner button
    "Vi använder cookies", // cookie banner text
  ],
  comments: [
    "Kommentarer", // comments section header
    "Kommentera", // comment button
    "Logga in", // account link
    "Registrera", // account link
  ],
  widget: [
    "Ditt meddelande har skickats", // contact form confirmation
    "Något gick fel", // form error
    "Försök igen", // form error
    "Laddar", // "Laddar..." spinner
    "Stäng", // modal close button
    "Sök", // search box
    "Skicka", // form button
    "Läs mer", // excerpt link
    "Visa fler", // collapsible section button
    "Uppdaterad", // timestamp label
  ],
  ad: [
    "Annons", // ad slot label
    "Sponsrat", // native ad label
  ],
  related: [
    "Läs också", // teaser label
    "Läs även", // teaser label
    "Mest läst", // popularity box
    "Senaste nytt", // latest box
  ],
  nav: [
    "Alla rättigheter förbehållna", // footer
    "Kontakta oss", // footer
  ],
});
