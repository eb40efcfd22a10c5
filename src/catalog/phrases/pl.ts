import type { PhraseEntry } from "../matcher.js";
import { entries } from "./entries.js";

/** Polish UI strings. */
export const pl: readonly PhraseEntry[] = entries("pl", {
  share: [
    "Udostępnij", // share button
    "Udostępnij na *", // "Udostępnij na Facebooku"
    "Drukuj", // print button
    "Kopiuj link", // copy-link button
    "Skopiuj link", // copy-link button
    "Obserwuj nas", // social block header
    "Obserwuj nas na *", // "Obserwuj nas na Twitterze"
  ],
  subscribe: [
    "Subskrybuj", // subscribe button
    "Zapisz się", // newsletter form button
    "Zapisz się do newslettera", // newsletter box
    "Newsletter", // newsletter box title
    "Twój adres e-mail", // newsletter form placeholder
  ],
  cookie: [
    "Akceptuję", // cookie banner button
    "Akceptuj", // cookie banner button
    "Akceptuj wszystkie", // cookie banner button
    "Zgadzam się", // consent banner button
    "Odrzuć", // consent banner button
    "Ta strona używa plików cookie", // cookie banner text
    "Używamy plików cookie", // cookie banner text
  ],
  comments: [
    "Komentarze", // comments section header
    "Skomentuj", // comment button
    "# komentarzy", // "12 komentarzy"
    "Dodaj komentarz", // comment form header
    "Pokaż komentarze", // comments toggle
    "Zaloguj się", // account link
    "Zarejestruj się", // account link
    "Moje konto", // account link
    "Zgłoś błąd", // correction form link
    "Odpowiedz", // comment reply button
  ],
  widget: [
    "Twoja wiadomość została wysłana", // contact form confirmation
    "Wiadomość została wysłana", // form confirmation
    "Dziękujemy za wiadomość", // form confirmation
    "Wystąpił błąd", // form error
    "Coś poszło nie tak", // form error
    "Spróbuj ponownie", // form error
    "Spróbuj ponownie później", // form error
    "Ładowanie", // "Ładowanie..." spinner
    "Wczytywanie", // spinner
    "Posłuchaj artykułu", // text-to-speech player
    "Zamknij", // modal close button
    "Szukaj", // search box
    "Wyślij", // form button
    "Anuluj", // form button
    "Czytaj więcej", // excerpt link
    "Czytaj dalej", // excerpt link
    "Pokaż więcej", // collapsible section button
  ],
  caption: [
    "Zdjęcie ilustracyjne", // stock-photo caption
  ],
  ad: [
    "Reklama", // ad slot label
    "Materiał sponsorowany", // native ad label
    "Artykuł sponsorowany", // native ad label
  ],
  related: [
    "Czytaj także", // teaser label
    "Czytaj też", // teaser label
    "Zobacz też", // teaser label
    "Zobacz także", // teaser label
    "Przeczytaj także", // teaser label
    "Powiązane artykuły", // related box header
    "Najczęściej czytane", // popularity box
    "Popularne", // popularity box
    "Najnowsze", // latest box
    "Tagi", // tag list header
  ],
  nav: [
    "Strona główna", // breadcrumb
    "Wiadomości", // breadcrumb
    "Wszelkie prawa zastrzeżone", // footer
    "Polityka prywatności", // footer
    "Kontakt", // footer
  ],
});
