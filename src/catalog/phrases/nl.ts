import type { PhraseEntry } from "../matcher.js";
import { entries } from "./entries.js";

/** Dutch UI strings (Netherlands and Flanders). */
export const nl: readonly PhraseEntry[] = entries("nl", {
  share: [
    "Delen", // share button
    "Deel dit artikel", // share block header
    "Delen op *", // "Delen op Facebook"
    "Deel via *", // "Deel via WhatsApp"
    "Afdrukken", // print button
    "Link kopiëren", // copy-link button
    "Volg ons", // social block header
    "Volg ons op *", // "Volg ons op Twitter"
  ],
  subscribe: [
    "Abonneren", // subscribe button
    "Word abonnee", // subscribe button
    "Schrijf je in voor onze nieuwsbrief", // newsletter box
    "Meld je aan voor de nieuwsbrief", // newsletter box
    "Nieuwsbrief", // newsletter box title
    "Je e-mailadres", // newsletter form placeholder
  ],
  cookie: [
    "Accepteren", // cookie banner button
    "Alles accepteren", // cookie banner button
    "Akkoord", // cookie banner button
    "Weigeren", // cookie banner button
    "Cookie-instellingen", // cookie banner button
    "Deze website gebruikt cookies", // cookie banner text
    "Wij gebruiken cookies", // cookie banner text
  ],
  comments: [
    "Reacties", // comments section header
    "Reageer", // comment button
    "Reageren", // comment button
    "# reacties", // "12 reacties"
    "Plaats een reactie", // comment form header
    "Bekijk reacties", // comments toggle
    "Inloggen", // account link
    "Registreren", // account link
    "Mijn account", // account link
    "Fout gezien", // correction form link
  ],
  widget: [
    "Je bericht is verzonden", // contact form confirmation
    "Uw bericht is verzonden", // contact form confirmation (formal)
    "Bedankt voor je bericht", // form confirmation
    "Er is iets misgegaan", // form error
    "Er is een fout opgetreden", // form error
    "Probeer het opnieuw", // form error
    "Probeer het later opnieuw", // form error
    "Laden", // "Laden..." spinner
    "Bezig met laden", // spinner
    "Luister naar dit artikel", // text-to-speech player
    "Sluiten", // modal close button
    "Zoeken", // search box
    "Verzenden", // form button
    "Annuleren", // form button
    "Lees meer", // excerpt link
    "Lees verder", // excerpt link
    "Toon meer", // collapsible section button
    "Bijgewerkt", // timestamp label
  ],
  ad: [
    "Advertentie", // ad slot label
    "Gesponsord", // native ad label
  ],
  related: [
    "Lees ook", // teaser label
    "Ook interessant", // teaser label
    "Gerelateerde artikelen", // related box header
    "Meest gelezen", // popularity box
    "Populair", // popularity box
    "Laatste nieuws", // latest box
    "Meer nieuws", // related box header
  ],
  nav: [
    "Alle rechten voorbehouden", // footer
    "Privacybeleid", // footer
    "Contact", // footer
  ],
});
