import type { PhraseEntry } from "../matcher.js";
import { entries } from "./entries.js";

/** Turkish UI strings. */
export const tr: readonly PhraseEntry[] = entries("tr", {
  share: [
    "Paylaş", // share button
    "Haberi paylaş", // share block header
    "Facebook'ta paylaş", // share button
    "Twitter'da paylaş", // share button
    "Yazdır", // print button
    "Bağlantıyı kopyala", // copy-link button
    "Linki kopyala", // copy-link button
    "Bizi takip edin", // social block header
    "Bizi * takip edin", // "Bizi Telegram'dan takip edin"
  ],
  subscribe: [
    "Abone ol", // subscribe button
    "Abone olun", // subscribe button
    "Bültene abone ol", // newsletter box
    "E-bültene abone olun", // newsletter box
    "E-posta adresiniz", // newsletter form placeholder
  ],
  cookie: [
    "Kabul et", // cookie banner button
    "Kabul ediyorum", // cookie banner button
    "Tümünü kabul et", // cookie banner button
    "Reddet", // cookie banner button
    "Çerez politikası", // footer link
    "Bu site çerez kullanmaktadır", // cookie banner text
    "Çerezleri kabul et", // cookie banner button
  ],
  comments: [
    "Yorumlar", // comments section header
    "Yorum yap", // comment button
    "Yorum yaz", // comment button
    "# yorum", // "12 yorum"
    "Yorum yazın", // comment form header
    "Yorumları göster", // comments toggle
    "Tüm yorumlar", // comments tab
    "Giriş yap", // account link
    "Giriş", // account link
    "Üye ol", // account link
    "Kayıt ol", // account link
    "Hata bildir", // correction form link
    "Yanıtla", // comment reply button
  ],
  widget: [
    "Mesajınız gönderildi", // contact form confirmation
    "Mesajınız başarıyla gönderildi", // contact form confirmation
    "Bir hata oluştu", // form error
    "Bir şeyler ters gitti", // form error
    "Lütfen tekrar deneyin", // form error
    "Lütfen daha sonra tekrar deneyin", // form error
    "Yükleniyor", // "Yükleniyor..." spinner
    "Haberi dinle", // text-to-speech player
    "Dinle", // audio player button
    "Kapat", // modal close button
    "Ara", // search box
    "Gönder", // form button
    "İptal", // form button
    "Devamını oku", // excerpt link
    "Haberin devamı", // excerpt link
    "Daha fazla göster", // collapsible section button
    "Güncelleme", // timestamp label
    "Güncellendi", // timestamp label
  ],
  caption: [
    "Arşiv fotoğrafı", // stock-photo caption
  ],
  ad: [
    "Reklam", // ad slot label
    "Sponsorlu", // native ad label
    "Sponsorlu içerik", // native ad label
  ],
  related: [
    "Ayrıca okuyun", // teaser label
    "Bunu da okuyun", // teaser label
    "İlginizi çekebilir", // teaser label
    "İlgili haberler", // related box header
    "Benzer haberler", // related box header
    "En çok okunanlar", // popularity box
    "Çok okunanlar", // popularity box
    "Son dakika", // breaking-news box
    "Gündem", // trending box
    "Etiketler", // tag list header
  ],
  nav: [
    "Ana sayfa", // breadcrumb
    "Anasayfa", // breadcrumb
    "Haberler", // breadcrumb
    "Tüm hakları saklıdır", // footer
    "Gizlilik politikası", // footer
    "İletişim", // footer
    "Künye", // footer (masthead page)
  ],
});
