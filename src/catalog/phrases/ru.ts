import type { PhraseEntry } from "../matcher.js";
import { entries } from "./entries.js";

/** Russian UI strings. */
export const ru: readonly PhraseEntry[] = entries("ru", {
  share: [
    "Поделиться", // share button
    "Поделиться в *", // "Поделиться в ВКонтакте"
    "Отправить по почте", // email share button
    "Распечатать", // print button
    "Печать", // print button
    "Скопировать ссылку", // copy-link button
    "Копировать ссылку", // copy-link button
    "Ссылка скопирована", // copy-link toast
    "Подписывайтесь на нас в *", // "Подписывайтесь на нас в Telegram"
    "Подписывайтесь на *", // "Подписывайтесь на наш канал в Telegram"
    "Мы в *", // "Мы в Telegram" / "Мы в соцсетях"
    "Мы в соцсетях", // social block header
    "ВКонтакте", // social icon label
    "Одноклассники", // social icon label
  ],
  subscribe: [
    "Подписаться", // subscribe button
    "Подпишитесь", // subscribe button
    "Подпишитесь на рассылку", // newsletter box
    "Подпишитесь на нашу рассылку", // newsletter box
    "Подписаться на рассылку", // newsletter box
    "Рассылка", // newsletter box title
    "Ваш e-mail", // newsletter form placeholder
    "Ваш email", // newsletter form placeholder
    "Отписаться", // newsletter footer
  ],
  cookie: [
    "Принять", // cookie banner button
    "Принять все", // cookie banner button
    "Согласен", // cookie banner button
    "Я согласен", // cookie banner button
    "Мы используем файлы cookie", // cookie banner text
    "Этот сайт использует файлы cookie", // cookie banner text
    "Сайт использует файлы cookie", // cookie banner text
  ],
  comments: [
    "Комментарии", // comments section header
    "Комментировать", // comment button
    "# комментариев", // "12 комментариев"
    "# комментария", // "2 комментария"
    "# комментарий", // "1 комментарий"
    "Оставить комментарий", // comment form header
    "Показать комментарии", // comments toggle
    "Все комментарии", // comments tab
    "Войти", // account link
    "Вход", // account link
    "Регистрация", // account link
    "Зарегистрироваться", // account link
    "Личный кабинет", // account link
    "Сообщить об ошибке", // correction form link
    "Нашли ошибку? Выделите ее и нажмите Ctrl+Enter", // correction widget
    "Ответить", // comment reply button
  ],
  widget: [
    "Ваше сообщение отправлено", // contact form confirmation
    "Ваше сообщение успешно отправлено", // contact form confirmation
    "Сообщение отправлено", // form confirmation
    "Спасибо за ваше сообщение", // form confirmation
    "Произошла ошибка", // form error
    "Что-то пошло не так", // form error
    "Попробуйте еще раз", // form error
    "Попробуйте ещё раз", // form error (with ё)
    "Попробуйте позже", // form error
    "Загрузка", // "Загрузка..." spinner
    "Слушать", // audio player button
    "Прослушать статью", // text-to-speech player
    "Закрыть", // modal close button
    "Поиск", // search box
    "Найти", // search box
    "Отправить", // form button
    "Отмена", // form button
    "Наверх", // footer link
    "Читать далее", // excerpt link
    "Подробнее", // excerpt link
    "Читать полностью", // excerpt link
    "Показать еще", // collapsible section button
    "Показать ещё", // collapsible section button
    "Обновлено", // timestamp label
  ],
  caption: [
    "Фото из архива", // stock-photo caption
    "Архивное фото", // stock-photo caption
    "Иллюстративное фото", // stock-photo caption
  ],
  byline: [
    "Автор", // byline label
    "Опубликовано", // timestamp label
  ],
  ad: [
    "Реклама", // ad slot label
    "На правах рекламы", // native ad label
    "Партнерский материал", // native ad label
    "Спецпроект", // native ad label
  ],
  related: [
    "Вам также может быть интересно", // recommendation box
    "Вам может быть интересно", // recommendation box
    "Вам может понравиться", // recommendation box
    "Рекомендуем", // recommendation box
    "Рекомендуем прочитать", // recommendation box
    "Читайте также", // teaser label
    "Читайте еще", // teaser label
    "Читайте ещё", // teaser label (with ё)
    "Смотрите также", // teaser label
    "По теме", // teaser label
    "Еще по теме", // related box header
    "Ещё по теме", // related box header
    "Похожие новости", // related box header
    "Материалы по теме", // related box header
    "Самое читаемое", // popularity box
    "Популярное", // popularity box
    "Самое популярное", // popularity box
    "Последние новости", // latest box
    "Главное", // homepage box
    "Новости партнеров", // partner widget
    "Новости партнёров", // partner widget (with ё)
    "Теги", // tag list header
  ],
  nav: [
    "Главная", // breadcrumb
    "Новости", // breadcrumb
    "Все права защищены", // footer
    "Политика конфиденциальности", // footer
    "Контакты", // footer
    "О проекте", // footer
  ],
});
