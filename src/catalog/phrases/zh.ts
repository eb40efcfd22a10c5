import type { PhraseEntry } from "../matcher.js";
import { entries } from "./entries.js";

/** Chinese UI strings, simplified and traditional. */
export const zh: readonly PhraseEntry[] = entries("zh", {
  share: [
    "分享", // share button
    "分享到", // share button ("分享到：微信")
    "分享到 *", // "分享到 微博"
    "微信", // social icon label
    "微博", // social icon label
    "打印", // print button
    "列印", // print button (traditional)
    "复制链接", // copy-link button
    "複製連結", // copy-link button (traditional)
    "链接已复制", // copy-link toast
    "关注我们", // social block header
  ],
  subscribe: [
    "订阅", // subscribe button
    "訂閱", // subscribe button (traditional)
    "立即订阅", // subscribe button
    "订阅新闻通讯", // newsletter box
    "邮件订阅", // newsletter box
  ],
  cookie: [
    "接受", // cookie banner button
    "同意", // cookie banner button
    "我同意", // cookie banner button
    "本网站使用cookies", // cookie banner text
    "本網站使用cookies", // cookie banner text (traditional)
  ],
  comments: [
    "评论", // comments section header
    "評論", // comments section header (traditional)
    "留言", // comment form header
    "发表评论", // comment form header
    "發表評論", // comment form header (traditional)
    "查看评论", // comments toggle
    "登录", // account link
    "登入", // account link (traditional)
    "注册", // account link
    "註冊", // account link (traditional)
    "纠错", // correction form link
    "回复", // comment reply button
  ],
  widget: [
    "您的消息已发送", // contact form confirmation
    "您的留言已发送", // comment form confirmation
    "您的訊息已送出", // contact form confirmation (traditional)
    "发送成功", // form confirmation
    "提交成功", // form confirmation
    "出错了", // form error
    "发生错误", // form error
    "请稍后再试", // form error
    "请重试", // form error
    "加载中", // "加载中..." spinner
    "載入中", // spinner (traditional)
    "正在加载", // spinner
    "关闭", // modal close button
    "關閉", // modal close button (traditional)
    "搜索", // search box
    "搜尋", // search box (traditional)
    "提交", // form button
    "取消", // form button
    "返回顶部", // footer link
    "阅读全文", // excerpt link
    "閱讀全文", // excerpt link (traditional)
    "查看更多", // collapsible section button
    "圖片來源", // photo source label
  ],
  caption: [
    "资料图", // stock-photo caption
    "资料图片", // stock-photo caption
  ],
  byline: [
    "责任编辑", // editor credit at the end of Chinese news pages
    "责任编辑 *", // "责任编辑：王某"
    "編輯 *", // editor credit (traditional)
    "来源 *", // "来源：新华网" source line
  ],
  ad: [
    "广告", // ad slot label
    "廣告", // ad slot label (traditional)
    "推广", // native ad label
    "赞助", // native ad label
  ],
  related: [
    "相关新闻", // related box header
    "相關新聞", // related box header (traditional)
    "相关阅读", // related box header
    "延伸阅读", // teaser label
    "延伸閱讀", // teaser label (traditional)
    "推荐阅读", // recommendation box
    "热门新闻", // popularity box
    "熱門新聞", // popularity box (traditional)
    "最新新闻", // latest box
    "猜你喜欢", // recommendation box
    "标签", // tag list header
  ],
  nav: [
    "首页", // breadcrumb
    "首頁", // breadcrumb (traditional)
    "版权所有", // footer
    "版權所有", // footer (traditional)
    "隐私政策", // footer
    "联系我们", // footer
  ],
});
