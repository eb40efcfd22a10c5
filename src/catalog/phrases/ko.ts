import type { PhraseEntry } from "../matcher.js";
import { entries } from "./entries.js";

/** Korean UI strings. */
export const ko: readonly PhraseEntry[] = entries("ko", {
  share: [
    "공유", // share button
    "공유하기", // share button
    "카카오톡", // social icon label
    "페이스북", // social icon label
    "트위터", // social icon label
    "인쇄", // print button
    "인쇄하기", // print button
    "링크 복사", // copy-link button
    "URL 복사", // copy-link button
    "스크랩", // scrap (bookmark) button
  ],
  subscribe: [
    "구독", // subscribe button
    "구독하기", // subscribe button
    "뉴스레터", // newsletter box title
    "뉴스레터 신청", // newsletter box
  ],
  cookie: [
    "동의", // consent banner button
    "동의합니다", // consent banner button
    "확인", // dialog button
  ],
  comments: [
    "댓글", // comments section header
    "댓글 #", // "댓글 12"
    "댓글쓰기", // comment form header
    "댓글 보기", // comments toggle
    "로그인", // account link
    "회원가입", // account link
    "답글", // comment reply button
  ],
  widget: [
    "메시지가 전송되었습니다", // contact form confirmation
    "전송되었습니다", // form confirmation
    "오류가 발생했습니다", // form error
    "다시 시도해 주세요", // form error
    "로딩중", // spinner
    "로딩 중", // spinner
    "닫기", // modal close button
    "검색", // search box
    "전송", // form button
    "취소", // form button
    "맨 위로", // footer link
    "더보기", // collapsible section button
    "기사 듣기", // text-to-speech player
    "글자크기", // reader toolbar
    "본문 글씨 키우기", // reader toolbar
    "본문 글씨 줄이기", // reader toolbar
  ],
  ad: [
    "광고", // ad slot label
  ],
  related: [
    "관련기사", // related box header
    "관련 기사", // related box header
    "많이 본 뉴스", // popularity box
    "인기기사", // popularity box
    "최신기사", // latest box
    "추천기사", // recommendation box
  ],
  nav: [
    "홈", // breadcrumb
    "무단전재 및 재배포 금지", // footer (reproduction prohibited)
    "저작권자", // footer
    "개인정보처리방침", // footer
  ],
});
