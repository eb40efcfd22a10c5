import type { PhraseEntry } from "../matcher.js";
import { entries } from "./entries.js";

/** Ukrainian UI strings. */
export const uk: readonly PhraseEntry[] = entries("uk", {
  share: [
    "Поділитися", // share button
    "Поділитися в *", // "Поділитися в Facebook"
    "Друкувати", // print button
    "Скопіювати посилання", // copy-link button
    "Посилання скопійовано", // copy-link toast
    "Підписуйтесь на нас у *", // "Підписуйтесь на нас у Telegram"
    "Приєднуйтесь до нас у *", // "Приєднуйтесь до нас у Telegram"
  ],
  subscribe: [
    "Підписатися", // subscribe button
    "Підпишіться", // subscribe button
    "Підпишіться на розсилку", // newsletter box
    "Підписатися на розсилку", // newsletter box
    "Розсилка", // newsletter box title
  ],
  cookie: [
    "Прийняти", // cookie banner button
    "Погоджуюсь", // cookie banner button
    "Ми використовуємо файли cookie", // cookie banner text
    "Цей сайт використовує файли cookie", // cookie banner text
  ],
  comments: [
    "Коментарі", // comments section header
    "Коментувати", // comment button
    "# коментарів", // "12 коментарів"
    "Залишити коментар", // comment form header
    "Показати коментарі", // comments toggle
    "Усі коментарі", // comments tab
    "Увійти", // account link
    "Вхід", // account link
    "Реєстрація", // account link
    "Зареєструватися", // account link
    "Повідомити про помилку", // correction form link
    "Відповісти", // comment reply button
  ],
  widget: [
    "Ваше повідомлення надіслано", // contact form confirmation
    "Повідомлення надіслано", // form confirmation
    "Дякуємо за ваше повідомлення", // form confirmation
    "Сталася помилка", // form error
    "Щось пішло не так", // form error
    "Спробуйте ще раз", // form error
    "Спробуйте пізніше", // form error
    "Завантаження", // "Завантаження..." spinner
    "Слухати", // audio player button
    "Закрити", // modal close button
    "Пошук", // search box
    "Надіслати", // form button
    "Скасувати", // form button
    "Читати далі", // excerpt link
    "Показати більше", // collapsible section button
    "Оновлено", // timestamp label
  ],
  caption: [
    "Фото з архіву", // stock-photo caption
    "Ілюстративне фото", // stock-photo caption
  ],
  byline: [
    "Автор", // byline label
    "Опубліковано", // timestamp label
  ],
  ad: [
    "Реклама", // ad slot label
    "Партнерський матеріал", // native ad label
    "На правах реклами", // native ad label
  ],
  related: [
    "Вас також може зацікавити", // recommendation box
    "Вам може бути цікаво", // recommendation box
    "Рекомендуємо", // recommendation box
    "Читайте також", // teaser label
    "Дивіться також", // teaser label
    "По темі", // teaser label
    "Більше по темі", // related box header
    "Схожі новини", // related box header
    "Найпопулярніше", // popularity box
    "Популярне", // popularity box
    "Найчитаніше", // popularity box
    "Останні новини", // latest box
    "Головне", // homepage box
    "Теги", // tag list header
  ],
  nav: [
    "Головна", // breadcrumb
    "Новини", // breadcrumb
    "Усі права захищені", // footer
    "Всі права захищені", // footer
    "Політика конфіденційності", // footer
    "Контакти", // footer
  ],
});
