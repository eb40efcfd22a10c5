import type { RemovalKind } from "../report.js";
import type { PhraseEntry } from "./matcher.js";
import { entries } from "./phrases/entries.js";

/**
 * Cue words: phrases whose presence in a line is evidence for a rule
 * (a photo word, a newsletter topic, a comment section), not a verdict on
 * their own. They are compiled into the same trie as the UI phrases, so
 * every line is searched for all of them in one walk, and the rules with
 * costly patterns run only on the few lines that hold their cue.
 *
 * One list per meaning; each entry's comment names where it is seen.
 */
function cues(role: string, lang: string, phrases: readonly string[]): PhraseEntry[] {
  return entries(lang, { widget: phrases }).map((entry) => ({ ...entry, role }));
}

/**
 * "Comments" in the catalogue languages: a short line that is not a
 * sentence and names comments is a comment-section header or button
 * ("Top Rated Comments", "View Comments (12)", "Все комментарии").
 */
export const COMMENTS_WORDS: readonly PhraseEntry[] = [
  ...cues("comments-word", "en", ["comment", "comments"]),
  ...cues("comments-word", "fr", ["commentaire", "commentaires"]),
  ...cues("comments-word", "de", ["kommentar", "kommentare"]),
  ...cues("comments-word", "es", ["comentario", "comentarios"]),
  ...cues("comments-word", "pt", ["comentário", "comentários"]),
  ...cues("comments-word", "it", ["commenti"]),
  ...cues("comments-word", "nl", ["reacties"]),
  ...cues("comments-word", "ru", ["комментари~"]), // комментарии, комментариев
  ...cues("comments-word", "uk", ["коментар~"]), // коментарі, коментарів
  ...cues("comments-word", "pl", ["komentarz~"]), // komentarze, komentarzy
  ...cues("comments-word", "tr", ["yorum", "yorumlar"]),
  ...cues("comments-word", "ar", ["تعليقات", "التعليقات"]),
  ...cues("comments-word", "zh", ["评论", "評論"]),
  ...cues("comments-word", "ja", ["コメント"]),
  ...cues("comments-word", "ko", ["댓글"]),
  ...cues("comments-word", "sv", ["kommentarer"]),
];

/** Cue words of one kind of notice: the notice patterns of that kind run where one is found. */
function noticeCues(kind: RemovalKind, lang: string, phrases: readonly string[]): PhraseEntry[] {
  return phrases.map((phrase) => ({ kind, phrase, lang, role: "notice-cue" }));
}

/**
 * Cues of the notices a site addresses to its readers (see
 * `site-notices.ts`): a line must hold one before that kind's topic and
 * voice patterns are tried. Each cue is the more specific half of its
 * notice: the topic where the topic is rare in news prose ("cookies", "your
 * message"), the site's voice where the topic is common ("support", "an
 * error": "support our journalism", "try again"). Stems (`~`) stand for the
 * inflections.
 */
export const NOTICE_CUES: readonly PhraseEntry[] = [
  // cookie banners
  ...noticeCues("cookie", "*", ["cookie~", "traceurs", "куки", "кукі", "ciasteczk~", "çerez~"]),
  ...noticeCues("cookie", "ar", ["ملفات تعريف الارتباط", "الكوكيز", "كوكيز"]),
  // newsletters, alerts, subscriptions
  ...noticeCues("subscribe", "en", [
    "newsletter~",
    "inbox",
    "email alert",
    "email alerts",
    "e mail alert",
    "e mail alerts",
    "news alerts",
    "daily briefing",
    "subscri~",
  ]),
  ...noticeCues("subscribe", "fr", ["lettre d information", "abonn~"]),
  ...noticeCues("subscribe", "es", ["boletín", "boletin", "suscr~"]),
  ...noticeCues("subscribe", "pt", ["assin~", "inscreva"]),
  ...noticeCues("subscribe", "it", ["iscri~"]),
  ...noticeCues("subscribe", "ru", [
    "рассылк~",
    "подпишитесь",
    "подписывайтесь",
    "подписаться",
    "подписка на",
  ]),
  // requests for reader support: the site's voice, "support" alone is news
  ...noticeCues("subscribe", "en", [
    "our journalism",
    "our reporting",
    "our work",
    "our mission",
    "our newsroom",
    "rely on",
    "make a difference",
    "support us",
    "help us",
    "independent journalism",
  ]),
  // "If you enjoyed this article, …" and support requests beyond English
  ...noticeCues("subscribe", "*", [
    "if you enjoyed",
    "if you liked",
    "if you value",
    "if you appreciated",
    "si vous avez aimé",
    "si vous avez apprécié",
    "wenn ihnen",
    "si te ha gustado",
    "si le ha gustado",
    "se você gostou",
    "se ti è piaciuto",
    "если вам понравилась",
    "если вам понравился",
    "soutenez",
    "faites un don",
    "unterstützen sie",
    "jetzt spenden",
    "apoya",
    "haz una donación",
    "apoie",
    "sostieni",
    "поддержите",
    "пожертвуйте",
  ]),
  // app promotions
  ...noticeCues("widget", "en", ["app", "app store", "google play"]),
  // the reader's message or form (form confirmations)
  ...noticeCues("widget", "en", [
    "your message",
    "your submission",
    "your form",
    "your request",
    "your comment",
    "your feedback",
    "your entry",
  ]),
  ...noticeCues("widget", "fr", [
    "votre message",
    "vos message~",
    "votre formulaire",
    "votre demande",
    "votre commentaire",
  ]),
  ...noticeCues("widget", "de", [
    "ihre nachricht",
    "deine nachricht",
    "ihr formular",
    "dein formular",
    "ihre anfrage",
    "deine anfrage",
    "ihr kommentar",
    "dein kommentar",
  ]),
  ...noticeCues("widget", "es", [
    "tu mensaje",
    "su mensaje",
    "tu formulario",
    "su formulario",
    "tu solicitud",
    "su solicitud",
    "tu comentario",
    "su comentario",
  ]),
  ...noticeCues("widget", "it", [
    "il tuo messaggio",
    "il suo messaggio",
    "il tuo modulo",
    "la tua richiesta",
    "la sua richiesta",
    "il tuo commento",
  ]),
  ...noticeCues("widget", "pt", ["sua mensagem", "seu formulário", "seu pedido", "seu comentário"]),
  ...noticeCues("widget", "ru", ["ваше сообщени~", "ваша заявк~", "ваша форм~", "ваш комментари~"]),
  ...noticeCues("widget", "uk", ["ваше повідомлен~", "ваша заявк~"]),
  ...noticeCues("widget", "tr", ["mesajınız", "talebiniz", "yorumunuz", "formunuz"]),
  ...noticeCues("widget", "pl", [
    "twoja wiadomoś~",
    "twój formularz",
    "twoje zgłoszeni~",
    "twój komentarz",
  ]),
  ...noticeCues("widget", "nl", [
    "je bericht",
    "uw bericht",
    "jouw bericht",
    "uw formulier",
    "je aanvraag",
    "uw aanvraag",
    "je reactie",
    "uw reactie",
  ]),
  ...noticeCues("widget", "ar", ["رسالتك", "طلبك", "تعليقك"]),
  // form errors: the request to try again, not the word "error"
  ...noticeCues("widget", "*", [
    "try again",
    "went wrong",
    "while submitting",
    "réessayer",
    "réessayez",
    "versuchen sie es",
    "erneut versuchen",
    "inténtalo",
    "intente",
    "riprova",
    "tente novamente",
    "попробуйте",
    "спробуйте",
    "tekrar deneyin",
    "spróbuj",
    "probeer het",
    "حاول",
  ]),
  // form protection and click-here prompts
  ...noticeCues("widget", "*", [
    "recaptcha",
    "captcha",
    "hcaptcha",
    "click here",
    "tap here",
    "cliquez ici",
    "hier klicken",
    "klicken sie hier",
    "haga clic aquí",
    "haz clic aquí",
    "clicca qui",
    "clique aqui",
    "нажмите здесь",
    "tıklayın",
  ]),
  // comment policies
  ...noticeCues("comments", "en", [
    "comment",
    "comments",
    "commenting",
    "submission guidelines",
    "community guidelines",
    "community standards",
  ]),
];

/**
 * Notice topics in scripts written without spaces, found inside longer runs
 * of text (a Chinese or Japanese line is one token): matched as substrings
 * of lines that have such characters.
 */
export const UNSPACED_NOTICE_CUES: readonly string[] = [
  "缓存", // zh cookie notice ("本网站使用缓存")
  "クッキー", // ja cookie notice
  "쿠키", // ko cookie notice (particles attach: "쿠키를")
  "的留言",
  "的消息",
  "的信息",
  "的表单",
  "的评论", // zh "您的留言已发送"
  "出错",
  "错误",
  "エラー",
  "メッセージ",
  "送信",
  "お問い合わせ",
  "コメント", // ja form confirmations
  "重试",
  "再试", // zh "try again"
];

/** "All rights reserved" in the catalogue languages: a site's copyright footer. */
export const RIGHTS_RESERVED: readonly PhraseEntry[] = [
  ...cues("rights-reserved", "en", ["all rights reserved"]),
  ...cues("rights-reserved", "fr", ["tous droits réservés"]),
  ...cues("rights-reserved", "de", ["alle rechte vorbehalten"]),
  ...cues("rights-reserved", "es", ["todos los derechos reservados"]),
  ...cues("rights-reserved", "it", ["tutti i diritti riservati"]),
  ...cues("rights-reserved", "pt", ["todos os direitos reservados"]),
  ...cues("rights-reserved", "ru", ["все права защищены"]),
  ...cues("rights-reserved", "uk", ["усі права захищені", "всі права захищені"]),
  ...cues("rights-reserved", "tr", ["tüm hakları saklıdır"]),
  ...cues("rights-reserved", "pl", ["wszelkie prawa zastrzeżone"]),
  ...cues("rights-reserved", "nl", ["alle rechten voorbehouden"]),
  ...cues("rights-reserved", "ar", ["جميع الحقوق محفوظة"]),
];

/** The same footer in scripts without spaces (substrings). */
export const UNSPACED_RIGHTS_RESERVED: readonly string[] = ["版权所有", "版權所有", "無断転載"];

/**
 * Words that label a photo credit ("Photo: AFP", "Image copyright Getty
 * Images", "Crédit photo", "Фото:"), in the catalogue languages, plus the
 * words credits open with ("copyright", "courtesy"). Where such a word opens
 * a short line, the credit patterns are tried.
 */
export const PHOTO_WORDS: readonly PhraseEntry[] = cues("photo-word", "*", [
  "photo~", // photo, photos, photograph, photography, photographer
  "illustration~",
  "graphic~",
  "infographic~",
  "video",
  "grafik",
  "picture~",
  "pic",
  "pics",
  "image~",
  "credit~",
  "source",
  "crédit~",
  "foto~",
  "fotó",
  "fotograf~",
  "bild~",
  "quelle",
  "imagem",
  "immagine",
  "fuente",
  "fonte",
  "фото~",
  "снимок",
  "світлина",
  "zdjęcie",
  "źródło",
  "صورة",
  "الصورة",
  "图片来源",
  "圖片來源",
  "图",
  "照片",
  "写真",
  "사진",
  "copyright",
  "courtesy",
]);

/**
 * Words that caption openings are built around ("FILE PHOTO:", "A picture
 * taken on ...", "Vista aérea de ...", "На фото ..."): the caption-cue
 * patterns (`caption-cues.ts`) are tried only on lines that hold one.
 */
export const CAPTION_WORDS: readonly PhraseEntry[] = cues("caption-word", "*", [
  "photo~",
  "picture~",
  "image~",
  "still",
  "screenshot",
  "grab",
  "view",
  "pictured",
  "photographed",
  "above",
  "top",
  "left",
  "right",
  "below",
  "caption",
  "illustration",
  "foto~",
  "fotograf~",
  "imagen",
  "imagem",
  "immagine",
  "vista",
  "veduta",
  "vue",
  "archivbild",
  "archivfoto",
  "symbolbild",
  "symbolfoto",
  "bild",
  "archiefbeeld",
  "archieffoto",
  "фото",
  "снимке",
  "zdjęciu",
  "zdjęcie",
  "fotoğrafı",
  "fotoğrafta",
  "صورة",
  "الصورة",
]);

/**
 * Words that open or shape a newsroom's staff credit at the end of a story
 * ("Reporting by ...; Editing by ...", "Avec AFP", "Julius is a reporter
 * for ...", "... contributed to this report"): the staff-credit patterns are
 * tried only on lines that hold one.
 */
export const STAFF_WORDS: readonly PhraseEntry[] = cues("staff-word", "*", [
  "reporting",
  "writing",
  "editing",
  "edited",
  "compiled",
  "translated",
  "research",
  "graphics",
  "production",
  "photo",
  "photos",
  "additional",
  "further",
  "reportaje",
  "reporte",
  "información",
  "redacción",
  "reportagem",
  "reportage",
  "rédigé",
  "édité",
  "bericht",
  "reporter",
  "mitarbeit",
  "avec",
  "mit",
  "contributed",
  "writer",
  "correspondent",
  "editor",
  "journalist",
  "columnist",
  "contributor",
  "producer",
  "freelancer",
]);

/**
 * Caption labels ("Image caption", "Légende", "Bildunterschrift"): the
 * photo-credit stage reads a line for one only where the matcher saw its word.
 */
export const CAPTION_LABEL_WORDS: readonly PhraseEntry[] = cues("caption-label", "*", [
  "caption",
  "légende",
  "bildunterschrift",
  "leyenda",
  "legenda",
  "didascalia",
  "подпись",
]);
