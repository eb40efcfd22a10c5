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
    widget: [
      "tempo di lettura # min",
      "tempo di lettura # minuti",
      "# min di lettura",
      "lettura # min",
    ],
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

/**
 * "The article goes on after the ad": the marker sites print where an ad
 * slot sits inside the text ("Story continues below", "Continue reading the
 * main story", "La suite après cette publicité", "Continua após a
 * publicidade"), and the placeholder of an ad that has not loaded.
 */
export const CONTINUES_BELOW: readonly PhraseEntry[] = [
  ...entries("en", {
    ad: [
      "story continues below",
      "story continued below",
      "article continues below",
      "article continues below advertisement",
      "story continues below advertisement",
      "continue reading below",
      "continue reading the main story",
      "continue reading",
      "the article continues after this advertisement",
      "advertisement continue reading below",
      "this advertisement has not loaded yet but your article continues below",
      "this advertisement has not loaded yet",
      "your article continues below",
      "ad loading",
    ],
  }),
  ...entries("fr", {
    ad: [
      "la suite après cette publicité",
      "la suite après la publicité",
      "suite de l article après la publicité",
      "l article continue ci dessous",
      "la suite de l article ci dessous",
      "publicité la suite ci dessous",
    ],
  }),
  ...entries("de", {
    ad: [
      "lesen sie nach der anzeige weiter",
      "weiter nach der anzeige",
      "artikel wird unter der anzeige fortgesetzt",
      "der artikel wird nach der anzeige fortgesetzt",
      "fortsetzung nach der anzeige",
    ],
  }),
  ...entries("es", {
    ad: [
      "continúa después de la publicidad",
      "sigue después de la publicidad",
      "la noticia continúa abajo",
      "el artículo continúa debajo",
      "continúa leyendo",
      "sigue leyendo",
    ],
  }),
  ...entries("pt", {
    ad: [
      "continua após a publicidade",
      "continua depois da publicidade",
      "continua após o anúncio",
      "continue lendo",
      "a reportagem continua abaixo",
    ],
  }),
  ...entries("it", {
    ad: [
      "continua dopo la pubblicità",
      "l articolo continua sotto la pubblicità",
      "l articolo continua sotto",
      "continua a leggere",
    ],
  }),
  ...entries("ru", {
    ad: ["продолжение после рекламы", "статья продолжается ниже", "продолжение ниже"],
  }),
];

/**
 * The small print of a newsletter or poll form: consent, unsubscribe,
 * validation and thank-you strings ("By signing up you agree to ...",
 * "You can unsubscribe at any time", "Invalid email address", "Vous pouvez
 * vous désinscrire à tout moment", "Sie können sich jederzeit abmelden").
 */
export const FORM_SMALL_PRINT: readonly PhraseEntry[] = [
  ...entries("en", {
    subscribe: [
      "email sign up",
      "newsletter sign up",
      "sign up today",
      "by signing up you agree to *",
      "by signing up you agree to receive email newsletters or alerts from *",
      "by signing up you agree to our privacy policy",
      "by subscribing you agree to *",
      "by clicking sign up you agree to *",
      "you can unsubscribe at any time",
      "you may unsubscribe at any time",
      "unsubscribe at any time",
      "you can opt out at any time",
      "you may opt out at any time",
      "you may opt out at anytime",
      "you can opt out at anytime",
      "thank you for signing up",
      "thanks for subscribing",
      "invalid email address",
      "please enter a valid email address",
      "please provide a valid email address",
      "please re enter",
      "please try again",
      "please try again later",
      "an error has occurred",
      "there was an error",
      "please verify you re not a robot by clicking the box",
      "you also agree to our privacy policy and terms of use",
      "you also agree to this site s privacy policy and terms of use",
      "you agree to our privacy policy and terms of use",
      "privacy policy and terms of use",
      "this field is for validation purposes and should be left unchanged",
      "you must select a newsletter to subscribe to",
    ],
    widget: ["take our poll", "vote in our poll", "cast your vote", "vote now"],
  }),
  ...entries("fr", { widget: ["répondez à notre sondage", "participez à notre sondage", "votez"] }),
  ...entries("de", {
    widget: ["stimmen sie ab", "nehmen sie an unserer umfrage teil", "jetzt abstimmen"],
  }),
  ...entries("es", {
    widget: ["participa en nuestra encuesta", "vota en nuestra encuesta", "vota"],
  }),
  ...entries("pt", { widget: ["participe da nossa enquete", "vote na enquete"] }),
  ...entries("ru", { widget: ["примите участие в опросе", "проголосуйте", "голосовать"] }),
  ...entries("fr", {
    subscribe: [
      "inscrivez vous",
      "je m inscris",
      "vous pouvez vous désinscrire à tout moment",
      "vous pouvez vous désabonner à tout moment",
      "merci pour votre inscription",
      "merci de votre inscription",
      "adresse e mail invalide",
      "adresse email invalide",
      "veuillez saisir une adresse e mail valide",
      "en vous inscrivant vous acceptez *",
    ],
  }),
  ...entries("de", {
    subscribe: [
      "jetzt anmelden",
      "newsletter abonnieren",
      "sie können sich jederzeit abmelden",
      "sie können den newsletter jederzeit abbestellen",
      "vielen dank für ihre anmeldung",
      "ungültige e mail adresse",
      "bitte geben sie eine gültige e mail adresse ein",
      "mit der anmeldung stimmen sie *",
    ],
  }),
  ...entries("es", {
    subscribe: [
      "suscríbete",
      "puedes darte de baja en cualquier momento",
      "puede darse de baja en cualquier momento",
      "gracias por suscribirte",
      "correo electrónico no válido",
      "introduce un correo electrónico válido",
      "al suscribirte aceptas *",
    ],
  }),
  ...entries("pt", {
    subscribe: [
      "inscreva se",
      "você pode cancelar a inscrição a qualquer momento",
      "obrigado por se inscrever",
      "e mail inválido",
      "ao se inscrever você concorda *",
    ],
  }),
  ...entries("it", {
    subscribe: [
      "iscriviti",
      "puoi annullare l iscrizione in qualsiasi momento",
      "grazie per esserti iscritto",
      "indirizzo email non valido",
    ],
  }),
  ...entries("ru", {
    subscribe: [
      "подпишитесь",
      "подписаться на рассылку",
      "вы можете отписаться в любой момент",
      "спасибо за подписку",
      "неверный адрес электронной почты",
      "подписываясь вы соглашаетесь *",
    ],
  }),
];

/**
 * Paywall badges printed in front of a teaser or a title: "Article réservé
 * à nos abonnés", "Subscribers only", "Nur für Abonnenten", "Exclusivo
 * para suscriptores", "Только для подписчиков".
 */
export const PAYWALL_BADGES: readonly PhraseEntry[] = [
  ...entries("en", {
    subscribe: [
      "subscriber only",
      "subscribers only",
      "subscriber exclusive",
      "for subscribers",
      "premium content",
      "premium article",
    ],
  }),
  ...entries("fr", {
    subscribe: [
      "article réservé à nos abonnés",
      "réservé à nos abonnés",
      "réservé aux abonnés",
      "article abonné",
      "contenu réservé aux abonnés",
    ],
  }),
  ...entries("de", {
    subscribe: ["nur für abonnenten", "exklusiv für abonnenten", "für abonnenten"],
  }),
  ...entries("es", {
    subscribe: ["exclusivo para suscriptores", "solo para suscriptores", "contenido exclusivo"],
  }),
  ...entries("pt", { subscribe: ["exclusivo para assinantes", "conteúdo exclusivo"] }),
  ...entries("it", { subscribe: ["riservato agli abbonati", "esclusiva per gli abbonati"] }),
  ...entries("ru", { subscribe: ["только для подписчиков", "эксклюзивно для подписчиков"] }),
];

/**
 * Labels behind a teaser's title: "… Read more", "… Lire la suite",
 * "… Weiterlesen", "… Leer más", "… Читать далее". Matched at a line's end
 * (stages/teaser-prefix), lower case.
 */
export const TEASER_SUFFIXES: readonly string[] = [
  "read more",
  "read full story",
  "read the full story",
  "continue reading",
  "full story",
  "lire la suite",
  "lire plus",
  "en savoir plus",
  "weiterlesen",
  "mehr lesen",
  "leer más",
  "seguir leyendo",
  "leia mais",
  "continue lendo",
  "leggi tutto",
  "continua a leggere",
  "читать далее",
  "читать дальше",
  "подробнее",
  "читати далі",
  "детальніше",
  "czytaj dalej",
  "lees verder",
  "devamını oku",
];

/**
 * Prompts to comment that close an article: "Sound off below!", "Let us
 * know in the comments", "Dites-le nous en commentaire", "Schreiben Sie es
 * in die Kommentare", "Пишите в комментариях".
 */
export const COMMENT_PROMPTS: readonly PhraseEntry[] = [
  ...entries("en", {
    comments: [
      "sound off below",
      "sound off in the comments",
      "let us know in the comments",
      "let us know in the comments below",
      "tell us in the comments",
      "tell us in the comments below",
      "leave a comment below",
      "leave your comments below",
      "share your thoughts in the comments",
      "share your thoughts below",
      "join the conversation below",
    ],
  }),
  ...entries("fr", {
    comments: [
      "dites le nous en commentaire",
      "dites le nous en commentaires",
      "donnez votre avis en commentaire",
      "laissez un commentaire",
      "réagissez en commentaire",
    ],
  }),
  ...entries("de", {
    comments: [
      "schreiben sie es in die kommentare",
      "schreiben sie uns in die kommentare",
      "diskutieren sie mit",
      "ihre meinung in den kommentaren",
    ],
  }),
  ...entries("es", {
    comments: [
      "déjanos tu opinión en los comentarios",
      "déjanos tu comentario",
      "deja tu comentario",
      "cuéntanos en los comentarios",
    ],
  }),
  ...entries("pt", {
    comments: ["deixe seu comentário", "deixe o seu comentário", "conte nos nos comentários"],
  }),
  ...entries("ru", {
    comments: ["пишите в комментариях", "оставьте комментарий", "делитесь мнением в комментариях"],
  }),
];

/**
 * What a video player says when a scraper, not a browser, reads it: "Media
 * playback is unsupported on your device", "Your browser does not support
 * the video tag", "Votre navigateur ne prend pas en charge la vidéo".
 */
export const VIDEO_PLAYER: readonly PhraseEntry[] = [
  ...entries("en", {
    widget: [
      "media playback is unsupported on your device",
      "media playback is not supported on this device",
      "your browser does not support the video tag",
      "your browser does not support html5 video",
      "this video is not available in your country",
      "video unavailable",
      "play video",
      "watch video",
      "replay video",
      "now playing",
      "up next",
    ],
    share: [
      "click to tweet",
      "tweet this",
      "tweet this quote",
      "share this * in your social network",
      "share this * on social media",
      "share this * with your friends",
      "think your friends would be interested",
    ],
  }),
  ...entries("fr", {
    widget: [
      "votre navigateur ne prend pas en charge la vidéo",
      "votre navigateur ne supporte pas la lecture de vidéos",
      "lire la vidéo",
    ],
    share: ["partagez cet article", "partagez cet article avec vos amis", "cliquez pour tweeter"],
  }),
  ...entries("de", {
    widget: ["ihr browser unterstützt keine videos", "video abspielen", "video nicht verfügbar"],
    share: ["teilen sie diesen artikel", "artikel teilen"],
  }),
  ...entries("es", {
    widget: ["tu navegador no soporta video", "reproducir vídeo", "video no disponible"],
    share: ["comparte esta noticia", "comparte este artículo"],
  }),
  ...entries("pt", {
    widget: ["seu navegador não suporta vídeo", "reproduzir vídeo"],
    share: ["compartilhe esta notícia", "compartilhe este artigo"],
  }),
  ...entries("ru", {
    widget: ["ваш браузер не поддерживает видео", "смотреть видео", "видео недоступно"],
    share: ["поделитесь этой новостью", "поделиться новостью"],
  }),
];

/** The small print of forms, as a set: what marks a poll or a form (stages/form-widget). */
export const FORM_SMALL_PRINT_ENTRIES: ReadonlySet<PhraseEntry> = new Set(FORM_SMALL_PRINT);

/**
 * Box headers that open a list of the site's other articles, printed
 * without a colon: "Weitere Beiträge zum Thema", "More on this topic",
 * "Plus d'articles sur ce thème", "Más noticias", "Другие материалы".
 */
export const RELATED_BOX_HEADERS: readonly PhraseEntry[] = [
  ...entries("en", {
    related: [
      "more on this topic",
      "more on this story",
      "more articles",
      "other articles",
      "related reading",
      "recommended reading",
      "you might also like",
      "read these next",
      "what to read next",
    ],
  }),
  ...entries("fr", {
    related: ["plus d articles", "autres articles", "à lire également", "nos autres articles"],
  }),
  ...entries("de", {
    related: [
      "weitere beiträge",
      "weitere beiträge zum thema",
      "weitere artikel zum thema",
      "mehr artikel",
      "auch interessant",
      "das könnte sie auch interessieren",
    ],
  }),
  ...entries("es", {
    related: ["más noticias", "otras noticias", "más artículos", "noticias relacionadas"],
  }),
  ...entries("pt", { related: ["mais notícias", "outras notícias", "notícias relacionadas"] }),
  ...entries("it", {
    related: ["altri articoli", "articoli correlati", "potrebbe interessarti anche"],
  }),
  ...entries("ru", {
    related: ["другие материалы", "другие новости", "похожие материалы", "ещё по теме"],
  }),
];
