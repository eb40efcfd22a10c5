import type { RemovalKind } from "../report.js";

/**
 * Notices the site addresses to its readers: cookie banners, newsletter and
 * app promotions, requests for support, comment policies. Their wording
 * varies without end, so a line is matched by two cues at once: the
 * TOPIC (cookies, a newsletter, an app...) and the site's VOICE (speaking
 * as "we"/"our site", or telling the reader to act: "sign up", "accept").
 * A news sentence about the same topic has the topic but not the voice.
 * Quoted text is ignored when looking for the voice, so "the campaign
 * urging people to 'Sign up for our newsletter'" stays an article sentence.
 * Patterns are written in lower case and matched against the lower-cased
 * line (no `i` flag: case-insensitive Unicode regexes are slow in V8).
 */
export interface SiteNotice {
  readonly kind: RemovalKind;
  readonly lang: string;
  readonly topic: RegExp;
  readonly voice: RegExp;
  /** Longest line that can still be such a notice. */
  readonly maxWords: number;
}

const COOKIE_WORDS = 60;
const PROMO_WORDS = 40;
const FORM_WORDS = 20;

export const SITE_NOTICES: readonly SiteNotice[] = [
  // Cookie consent banners
  {
    kind: "cookie",
    lang: "en",
    topic: /\bcookies?\b/u,
    voice:
      /\b(?:we|our|this (?:web)?site|this page|you (?:accept|agree|consent)|by (?:continuing|using|clicking)|accept|manage (?:cookies|preferences)|cookie (?:policy|settings))\b/u,
    maxWords: COOKIE_WORDS,
  },
  {
    kind: "cookie",
    lang: "fr",
    topic: /\bcookies?\b|\btraceurs\b/u,
    voice: /\b(?:nous|notre|ce site|en poursuivant|vous acceptez|accepter|paramétrer|gérer)\b/u,
    maxWords: COOKIE_WORDS,
  },
  {
    kind: "cookie",
    lang: "de",
    topic: /cookies?/u,
    voice:
      /\b(?:wir|unsere?|diese (?:web)?seite|diese website|sie stimmen|akzeptieren|zustimmen|einwilligung)\b/u,
    maxWords: COOKIE_WORDS,
  },
  {
    kind: "cookie",
    lang: "es",
    topic: /\bcookies?\b/u,
    voice:
      /\b(?:utilizamos|usamos|nuestr[oa]s?|este (?:sitio|portal)|si contin[uú]as|aceptar|acepta)\b/u,
    maxWords: COOKIE_WORDS,
  },
  {
    kind: "cookie",
    lang: "it",
    topic: /\bcookies?\b/u,
    voice: /\b(?:utilizziamo|usiamo|nostro|questo sito|proseguendo|accett[oai])\b/u,
    maxWords: COOKIE_WORDS,
  },
  {
    kind: "cookie",
    lang: "pt",
    topic: /\bcookies?\b/u,
    voice: /\b(?:utilizamos|usamos|nosso|este (?:site|sítio)|ao continuar|aceit[ao])\b/u,
    maxWords: COOKIE_WORDS,
  },
  {
    kind: "cookie",
    lang: "nl",
    topic: /\bcookies?\b/u,
    voice: /\b(?:wij|we|onze|deze (?:web)?site|accepteer|akkoord)\b/u,
    maxWords: COOKIE_WORDS,
  },
  {
    kind: "cookie",
    lang: "ru",
    topic: /cookie|куки/u,
    voice: /(?:^|[^\p{L}])(?:мы|наш|этот сайт|сайт использует|продолжая|соглас|принять)/u,
    maxWords: COOKIE_WORDS,
  },
  {
    kind: "cookie",
    lang: "uk",
    topic: /cookie|кукі/u,
    voice: /(?:^|[^\p{L}])(?:ми|наш|цей сайт|продовжуючи|погодж|прийняти)/u,
    maxWords: COOKIE_WORDS,
  },
  {
    kind: "cookie",
    lang: "pl",
    topic: /cookie|ciasteczk/u,
    voice: /(?:^|[^\p{L}])(?:używamy|nasz|ta strona|korzystając|akceptuj|zgod)/u,
    maxWords: COOKIE_WORDS,
  },
  {
    kind: "cookie",
    lang: "tr",
    topic: /çerez|cookie/u,
    voice: /(?:^|[^\p{L}])(?:kullanıyoruz|sitemiz|bu site|kabul|onay)/u,
    maxWords: COOKIE_WORDS,
  },
  {
    kind: "cookie",
    lang: "ar",
    topic: /ملفات تعريف الارتباط|الكوكيز|كوكيز/u,
    voice: /نستخدم|موقعنا|هذا الموقع|موافق|قبول/u,
    maxWords: COOKIE_WORDS,
  },
  {
    kind: "cookie",
    lang: "zh",
    topic: /cookies?|缓存/u,
    voice: /我们|本网站|本網站|同意|接受/u,
    maxWords: COOKIE_WORDS,
  },
  {
    kind: "cookie",
    lang: "ja",
    topic: /クッキー|cookie/u,
    voice: /当サイト|このサイト|同意|利用/u,
    maxWords: COOKIE_WORDS,
  },
  {
    kind: "cookie",
    lang: "ko",
    topic: /쿠키|cookie/u,
    voice: /사용합니다|동의|이 사이트/u,
    maxWords: COOKIE_WORDS,
  },
  // Newsletter and alert promotions
  {
    kind: "subscribe",
    lang: "en",
    topic:
      /\b(?:newsletters?|inbox|e-?mail alerts?|news alerts|daily briefing|subscri(?:be|ptions?))\b/u,
    voice:
      /^(?:sign up|subscribe|get|join|receive|don't miss|never miss|stay (?:informed|up to date))\b|\b(?:our|we|delivered (?:to|right)|your inbox)\b/u,
    // Offers run long: "Get access to ... for as little as Rs 599 ... Use the code ..."
    maxWords: 60,
  },
  {
    kind: "subscribe",
    lang: "fr",
    topic: /newsletter|lettre d['’]information|abonne/u,
    voice: /\b(?:inscrivez|abonnez|recevez|notre|nos)\b/u,
    maxWords: PROMO_WORDS,
  },
  {
    kind: "subscribe",
    lang: "de",
    topic: /newsletter|abonn/u,
    voice: /\b(?:melden sie sich|abonnieren sie|erhalten sie|unser(?:en?)?|jetzt)\b/u,
    maxWords: PROMO_WORDS,
  },
  {
    kind: "subscribe",
    lang: "es",
    topic: /bolet[ií]n|newsletter|suscr/u,
    voice: /\b(?:suscr[ií]bete|reg[ií]strate|recibe|nuestr[oa]s?)\b/u,
    maxWords: PROMO_WORDS,
  },
  {
    kind: "subscribe",
    lang: "pt",
    topic: /newsletter|assin|inscreva/u,
    voice: /\b(?:assine|inscreva-se|receba|nossa?)\b/u,
    maxWords: PROMO_WORDS,
  },
  {
    kind: "subscribe",
    lang: "it",
    topic: /newsletter|iscri/u,
    voice: /\b(?:iscriviti|ricevi|nostra?)\b/u,
    maxWords: PROMO_WORDS,
  },
  {
    kind: "subscribe",
    lang: "ru",
    topic: /рассылк|подпи(?:шитесь|сывайтесь|саться|ска на)/u,
    voice: /(?:^|[^\p{L}])(?:подпишитесь|подписывайтесь|получайте|наш)/u,
    maxWords: PROMO_WORDS,
  },
  // App promotions
  {
    kind: "widget",
    lang: "en",
    topic: /\bapp\b|app store|google play/u,
    voice: /^(?:download|get|install|try)\b|click here|\bour\b/u,
    maxWords: 20,
  },
  // Form confirmations in any wording: the reader's message or form, and
  // that it was sent. The possessive is the site talking to the reader: "His
  // request was received by the court" is news.
  {
    kind: "widget",
    lang: "en",
    topic: /\byour (?:message|submission|form|request|comment|feedback|entry)\b/u,
    voice:
      /\b(?:has been|was|have been) (?:successfully )?(?:sent|received|submitted|posted|saved)\b|\bsuccessfully (?:sent|submitted)\b/u,
    maxWords: FORM_WORDS,
  },
  {
    kind: "widget",
    lang: "fr",
    topic: /\b(?:votre|vos) (?:message|formulaire|demande|commentaire)/u,
    voice: /(?:a|ont) (?:bien )?été (?:envoyée?s?|reçue?s?|transmise?s?|enregistrée?s?)/u,
    maxWords: FORM_WORDS,
  },
  {
    kind: "widget",
    lang: "de",
    topic: /\b(?:ihre|deine|ihr|dein) (?:nachricht|formular|anfrage|kommentar)/u,
    voice:
      /(?:wurde|wurden) (?:erfolgreich )?(?:gesendet|versendet|verschickt|übermittelt|empfangen|gespeichert)/u,
    maxWords: FORM_WORDS,
  },
  {
    kind: "widget",
    lang: "es",
    topic: /\b(?:tu|su|sus|tus) (?:mensaje|formulario|solicitud|comentario)/u,
    voice: /(?:ha|han) sido (?:enviad|recibid|registrad)|se (?:ha )?enviado/u,
    maxWords: FORM_WORDS,
  },
  {
    kind: "widget",
    lang: "it",
    topic: /\b(?:il tuo|la tua|il suo|la sua) (?:messaggio|modulo|richiesta|commento)/u,
    voice: /(?:è stat[oa]|sono stati) (?:inviat|ricevut|registrat)/u,
    maxWords: FORM_WORDS,
  },
  {
    kind: "widget",
    lang: "pt",
    topic: /\b(?:sua|seu|a sua|o seu) (?:mensagem|formulário|pedido|comentário)/u,
    voice: /foi (?:enviad|recebid|registrad)/u,
    maxWords: FORM_WORDS,
  },
  {
    kind: "widget",
    lang: "ru",
    topic: /(?:^|[^\p{L}])ваш[аеи]? (?:сообщени|заявк|форм|комментари)/u,
    voice: /отправлен|получен|принят/u,
    maxWords: FORM_WORDS,
  },
  {
    kind: "widget",
    lang: "uk",
    topic: /(?:^|[^\p{L}])ваш[аеі]? (?:повідомлен|заявк|форм|коментар)/u,
    voice: /надіслан|відправлен|отриман/u,
    maxWords: FORM_WORDS,
  },
  {
    kind: "widget",
    lang: "tr",
    topic: /mesajınız|talebiniz|yorumunuz|formunuz/u,
    voice: /gönderildi|alındı|iletildi/u,
    maxWords: FORM_WORDS,
  },
  {
    kind: "widget",
    lang: "pl",
    topic: /(?:twoja|twój|twoje) (?:wiadomoś|formularz|zgłoszeni|komentarz)/u,
    voice: /wysłan|otrzyma|przyjęt/u,
    maxWords: FORM_WORDS,
  },
  {
    kind: "widget",
    lang: "nl",
    topic: /\b(?:je|uw|jouw) (?:bericht|formulier|aanvraag|reactie)/u,
    voice: /verzonden|ontvangen|verstuurd/u,
    maxWords: FORM_WORDS,
  },
  {
    kind: "widget",
    lang: "ar",
    topic: /رسالتك|طلبك|تعليقك/u,
    voice: /تم (?:إرسال|استلام)/u,
    maxWords: FORM_WORDS,
  },
  {
    kind: "widget",
    lang: "zh",
    topic: /(?:您|你)的(?:留言|消息|信息|表单|评论)/u,
    voice: /已提交|已发送|已送出|提交成功|发送成功/u,
    maxWords: FORM_WORDS,
  },
  {
    kind: "widget",
    lang: "ja",
    topic: /メッセージ|送信|お問い合わせ|コメント/u,
    voice: /完了|しました|受け付けました/u,
    maxWords: FORM_WORDS,
  },
  // Form errors in any wording: something went wrong, and please try again.
  // A news sentence about an error is reported speech and never gets here.
  {
    kind: "widget",
    lang: "*",
    topic:
      /\berror\b|went wrong|erreur|fehler|errore|\berro\b|ошибк|помилк|\bhata\b|błąd|\bfout\b|خطأ|出错|错误|エラー/u,
    // The request to try again opens a sentence (or follows a comma): "An
    // error forced users to try again" is a report, not a request.
    voice:
      /(?:^|[.!?…,;]\s*)(?:(?:please|veuillez|bitte|por favor|per favore|пожалуйста|будь ласка|lütfen|proszę|يرجى|请)[,\s]*)?(?:try again|réessayer|réessayez|versuchen sie es|erneut versuchen|inténtalo|intente|riprova|tente novamente|попробуйте|спробуйте|tekrar deneyin|spróbuj|probeer het|حاول|重试|再试)|while submitting/u,
    maxWords: FORM_WORDS,
  },
  // reCAPTCHA and similar form-protection notices
  {
    kind: "widget",
    lang: "*",
    topic: /\brecaptcha\b|protected by (?:hcaptcha|captcha)/u,
    voice: /./u,
    maxWords: 40,
  },
  // "Click here" prompts
  {
    kind: "widget",
    lang: "*",
    topic:
      /\b(?:click|tap) here\b|cliquez ici|hier klicken|klicken sie hier|haga clic aquí|haz clic aquí|clicca qui|clique aqui|нажмите здесь|tıklayın/u,
    voice: /./u,
    maxWords: 25,
  },
  // Requests for reader support
  {
    kind: "subscribe",
    lang: "en",
    topic:
      /\b(?:support|donate|donation|contribut\w*|membership|become a (?:member|subscriber|patron))\b/u,
    voice:
      /\b(?:our (?:journalism|reporting|work|mission|newsroom)|rely on|make a difference|support us|help us|independent journalism)\b/u,
    maxWords: PROMO_WORDS,
  },
  // "If you enjoyed this article, …": the appeal under an article, any language
  {
    kind: "subscribe",
    lang: "*",
    topic:
      /\bif you (?:enjoyed|liked|value|appreciated) (?:this|our|reading)\b|si vous avez (?:aimé|apprécié) cet article|wenn ihnen (?:dieser artikel|der artikel|unser journalismus) gefallen|si te ha gustado este artículo|si le ha gustado este artículo|se você gostou (?:deste|desse) artigo|se ti è piaciuto questo articolo|если вам понравил(?:ась|ся) (?:эта статья|материал)/u,
    voice: /./u,
    maxWords: PROMO_WORDS,
  },
  // Requests for reader support, beyond English
  {
    kind: "subscribe",
    lang: "*",
    topic:
      /soutenez|faites un don|unterstützen sie|jetzt spenden|apoya (?:nuestro|el) periodismo|haz una donación|apoie (?:o|nosso) jornalismo|sostieni|поддержите|пожертвуйте/u,
    voice:
      /notre (?:journalisme|rédaction|travail)|unseren? (?:journalismus|arbeit|redaktion)|nuestro (?:periodismo|trabajo)|nosso (?:jornalismo|trabalho)|il nostro (?:giornalismo|lavoro)|наш(?:у|е|их)? (?:журналистик|работ|редакци)/u,
    maxWords: PROMO_WORDS,
  },
  // Comment policies and moderation notices
  {
    kind: "comments",
    lang: "en",
    topic: /\bcomments?\b|submission guidelines|community (?:guidelines|standards)|commenting/u,
    voice:
      /\b(?:please|we reserve|are moderated|you must|our (?:guidelines|policy|community)|abide by)\b/u,
    maxWords: 60,
  },
];

/**
 * Reported speech: a line that reports what someone said is an article
 * sentence, whatever its topic ("Readers must accept cookies, the regulator said").
 */
export const REPORTED_SPEECH =
  /\b(?:said|says|told|according to|reported|announced|wrote)\b|\b(?:a déclaré|a dit|selon|sagte|erklärte|laut|dijo|según|afirmó|ha detto|secondo|disse|segundo)\b|(?:^|[^\p{L}])(?:сказал|заявил|по словам|сообщил)/u;
