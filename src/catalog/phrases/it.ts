import type { PhraseEntry } from "../matcher.js";
import { entries } from "./entries.js";

/** Italian UI strings. */
export const it: readonly PhraseEntry[] = entries("it", {
  share: [
    "Condividi", // share button
    "Condividi su *", // "Condividi su Facebook"
    "Condividi questo articolo", // share block header
    "Invia per email", // email share button
    "Stampa", // print button
    "Copia link", // copy-link button
    "Link copiato", // copy-link toast
    "Seguici", // social block header
    "Seguici su *", // "Seguici su Telegram"
  ],
  subscribe: [
    "Iscriviti", // subscribe button
    "Abbonati", // subscribe button
    "Iscriviti alla newsletter", // newsletter box
    "Iscriviti alla nostra newsletter", // newsletter box
    "Newsletter", // newsletter box title
    "La tua email", // newsletter form placeholder
    "Sei già abbonato", // paywall prompt
  ],
  cookie: [
    "Accetta", // cookie banner button
    "Accetta tutto", // cookie banner button
    "Accetta tutti", // cookie banner button
    "Rifiuta", // cookie banner button
    "Gestisci cookie", // cookie banner button
    "Informativa sui cookie", // footer link
    "Questo sito utilizza cookie", // cookie banner text
    "Utilizziamo i cookie", // cookie banner text
  ],
  comments: [
    "Commenti", // comments section header
    "Commenta", // comment button
    "# commenti", // "12 commenti"
    "Lascia un commento", // comment form header
    "Mostra commenti", // comments toggle
    "Tutti i commenti", // comments tab
    "Accedi", // account link
    "Registrati", // account link
    "Il mio account", // account link
    "Segnala un errore", // correction form link
    "Rispondi", // comment reply button
  ],
  widget: [
    "Il tuo messaggio è stato inviato", // contact form confirmation
    "Messaggio inviato", // form confirmation
    "Grazie per il tuo messaggio", // form confirmation
    "Si è verificato un errore", // form error
    "Qualcosa è andato storto", // form error
    "Riprova", // form error
    "Riprova più tardi", // form error
    "Caricamento", // "Caricamento..." spinner
    "Caricamento in corso", // spinner
    "Ascolta questo articolo", // text-to-speech player
    "Ascolta", // audio player button
    "Chiudi", // modal close button
    "Cerca", // search box
    "Invia", // form button
    "Annulla", // form button
    "Torna su", // footer link
    "Leggi di più", // excerpt link
    "Continua a leggere", // excerpt link
    "Mostra di più", // collapsible section button
    "Aggiornato", // timestamp label
  ],
  caption: [
    "Foto d'archivio", // stock-photo caption
    "Immagine d'archivio", // stock-photo caption
  ],
  byline: [
    "Di", // byline label on its own line
    "Autore", // byline label
    "Pubblicato", // timestamp label
  ],
  ad: [
    "Pubblicità", // ad slot label
    "Sponsorizzato", // native ad label
    "Contenuto sponsorizzato", // native ad label
  ],
  related: [
    "Potrebbe interessarti anche", // recommendation box
    "Leggi anche", // teaser label
    "Potrebbe interessarti", // teaser label
    "Ti potrebbe interessare", // recommendation box
    "Articoli correlati", // related box header
    "Notizie correlate", // related box header
    "I più letti", // popularity box
    "Più letti", // popularity box
    "Ultime notizie", // latest box
    "Tendenze", // trending box
    "Argomenti", // tag list header
  ],
  nav: [
    "Home page", // breadcrumb
    "Notizie", // breadcrumb
    "Tutti i diritti riservati", // footer
    "Riproduzione riservata", // footer (Italian papers' copyright line)
    "Informativa privacy", // footer
    "Contatti", // footer
  ],
});
