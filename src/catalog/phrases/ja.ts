import type { PhraseEntry } from "../matcher.js";
import { entries } from "./entries.js";

/** Japanese UI strings. */
export const ja: readonly PhraseEntry[] = entries("ja", {
  share: [
    "シェア", // share button
    "シェアする", // share button
    "ツイート", // Twitter share button
    "ポスト", // X share button
    "いいね", // like button
    "はてなブックマーク", // Hatena bookmark button
    "印刷", // print button
    "リンクをコピー", // copy-link button
    "リンクをコピーしました", // copy-link toast
    "フォローする", // social block header
  ],
  subscribe: [
    "購読する", // subscribe button
    "登録する", // newsletter form button
    "メールマガジン", // newsletter box title
    "ニュースレター", // newsletter box title
    "メルマガ登録", // newsletter box
  ],
  cookie: [
    "同意する", // cookie banner button
    "同意します", // cookie banner button
    "このサイトはクッキーを使用しています", // cookie banner text
    "当サイトではクッキーを使用しています", // cookie banner text
  ],
  comments: [
    "コメント", // comments section header
    "コメントする", // comment button
    "コメントを書く", // comment form header
    "コメントを見る", // comments toggle
    "ログイン", // account link
    "会員登録", // account link
    "新規登録", // account link
    "返信", // comment reply button
  ],
  widget: [
    "送信しました", // form confirmation
    "メッセージを送信しました", // contact form confirmation
    "エラーが発生しました", // form error
    "もう一度お試しください", // form error
    "しばらくしてから再度お試しください", // form error
    "読み込み中", // "読み込み中..." spinner
    "閉じる", // modal close button
    "検索", // search box
    "送信", // form button
    "キャンセル", // form button
    "ページの先頭へ", // footer link
    "続きを読む", // excerpt link
    "もっと見る", // collapsible section button
  ],
  caption: [
    "写真はイメージです", // stock-photo caption
    "資料写真", // stock-photo caption
  ],
  ad: [
    "広告", // ad slot label
    "PR", // native ad label
    "スポンサー", // native ad label
  ],
  related: [
    "関連記事", // related box header
    "関連ニュース", // related box header
    "あわせて読みたい", // teaser label
    "おすすめ記事", // recommendation box
    "人気記事", // popularity box
    "アクセスランキング", // popularity box
    "最新ニュース", // latest box
  ],
  nav: [
    "ホーム", // breadcrumb
    "トップ", // breadcrumb
    "無断転載禁止", // footer (reproduction prohibited)
    "プライバシーポリシー", // footer
    "お問い合わせ", // footer
  ],
});
