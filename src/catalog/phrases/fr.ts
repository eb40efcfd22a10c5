import type { PhraseEntry } from "../matcher.js";
import { entries } from "./entries.js";

/** French UI strings (France, Belgium, Switzerland, Quebec, francophone Africa). */
export const fr: readonly PhraseEntry[] = entries("fr", {
  share: [
    "Partager", // share button
    "Partager cet article", // share block header
    "Partager l'article", // share block header
    "Partager sur *", // "Partager sur Facebook"
    "Partager par e-mail", // email share button
    "Envoyer par e-mail", // email share button
    "Envoyer par mail", // email share button
    "Imprimer", // print button
    "Copier le lien", // copy-link button
    "Lien copié", // copy-link toast
    "Suivez-nous", // social block header
    "Suivez-nous sur *", // "Suivez-nous sur Telegram"
    "Rejoignez-nous sur *", // "Rejoignez-nous sur Facebook"
  ],
  subscribe: [
    "S'abonner", // subscribe button
    "Abonnez-vous", // subscribe button
    "Abonnez-vous à *", // "Abonnez-vous à notre newsletter"
    "Inscrivez-vous à *", // "Inscrivez-vous à notre lettre d'information"
    "Recevez notre newsletter", // newsletter box
    "Newsletter", // newsletter box title
    "Lettre d'information", // newsletter box title
    "Votre adresse e-mail", // newsletter form placeholder
    "Déjà abonné", // paywall prompt
    "Se désabonner", // newsletter footer
  ],
  cookie: [
    "Accepter", // cookie banner button
    "Tout accepter", // cookie banner button
    "J'accepte", // cookie banner button
    "Refuser", // cookie banner button
    "Tout refuser", // cookie banner button
    "Continuer sans accepter", // CNIL-style cookie banner button
    "Paramétrer les cookies", // cookie banner button
    "Gérer les cookies", // cookie banner button
    "Politique de cookies", // footer link
    "Ce site utilise des cookies", // cookie banner text
  ],
  comments: [
    "Commentaires", // comments section header
    "Commenter", // comment button
    "# commentaires", // "12 commentaires"
    "Laisser un commentaire", // comment form header
    "Ajouter un commentaire", // comment form header
    "Afficher les commentaires", // comments toggle
    "Afficher les nouveaux commentaires", // comments pager
    "Voir les commentaires", // comments toggle
    "Tous les commentaires", // comments tab
    "Réagir", // comment button (Le Monde, Le Figaro)
    "Se connecter", // account link
    "Connexion", // account link
    "S'inscrire", // account link
    "Inscription", // account link
    "Mon compte", // account link
    "Créer un compte", // account link
    "Signaler une erreur", // correction form link
    "Signaler", // moderation button
    "Répondre", // comment reply button
  ],
  widget: [
    "Votre message a été envoyé", // contact/tip form confirmation
    "Votre message a bien été envoyé", // contact form confirmation
    "Message envoyé", // form confirmation
    "Merci pour votre message", // form confirmation
    "Une erreur s'est produite", // form error
    "Une erreur s'est produite. Veuillez réessayer", // form error
    "Une erreur est survenue", // form error
    "Une erreur est survenue. Veuillez réessayer", // form error
    "Veuillez réessayer", // form error
    "Veuillez réessayer plus tard", // form error
    "Chargement", // "Chargement..." spinner
    "Chargement en cours", // spinner
    "Écouter cet article", // text-to-speech player
    "Écouter", // audio player button
    "Lire la vidéo", // video player button
    "Vidéo", // video label
    "Fermer", // modal close button
    "Rechercher", // search box
    "Envoyer", // form button
    "Annuler", // form button
    "Retour en haut", // footer link
    "Aller au contenu", // accessibility link
    "Lire la suite", // excerpt link
    "Afficher plus", // collapsible section button
    "Voir plus", // collapsible section button
    "Mis à jour", // timestamp label
    "Temps de lecture # min", // reading-time badge
    "Direct", // live badge
    "En direct", // live badge
  ],
  caption: [
    "Photo d'illustration", // stock-photo caption
    "Image d'illustration", // stock-photo caption
    "Illustration", // stock-photo caption
  ],
  byline: [
    "Par", // byline label on its own line
    "Auteur", // byline label
    "Publié le", // timestamp label
  ],
  ad: [
    "Publicité", // ad slot label
    "Pub", // ad slot label
    "Contenu sponsorisé", // native ad label
    "Sponsorisé", // native ad label
    "Contenu partenaire", // native ad label
    "Article sponsorisé", // native ad label
  ],
  related: [
    "Vous pourriez aussi aimer", // recommendation box
    "Ces articles peuvent vous intéresser", // recommendation box
    "Lire aussi", // teaser label
    "À lire aussi", // teaser label
    "A lire aussi", // teaser label (accent dropped)
    "Voir aussi", // teaser label
    "Sur le même sujet", // related box header
    "Articles similaires", // related box header
    "Articles liés", // related box header
    "Les plus lus", // popularity box
    "Les plus populaires", // popularity box
    "Les plus partagés", // popularity box
    "Tendances", // trending box
    "À la une", // homepage box
    "Dernières actualités", // latest box
    "Dernières infos", // latest box
    "Vous aimerez aussi", // recommendation box
    "Vous pourriez aimer", // recommendation box
    "À ne pas manquer", // recommendation box
    "Recommandé pour vous", // recommendation box
    "Plus d'actualités", // recommendation box
    "Sujets", // tag list header
    "Mots-clés", // tag list header
  ],
  nav: [
    "Accueil", // breadcrumb
    "Actualités", // breadcrumb
    "Tous droits réservés", // footer
    "Mentions légales", // footer
    "Politique de confidentialité", // footer
    "Conditions générales d'utilisation", // footer
    "Nous contacter", // footer
    "Contact", // footer
    "Plan du site", // footer
  ],
});
