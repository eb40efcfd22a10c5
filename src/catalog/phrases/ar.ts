import type { PhraseEntry } from "../matcher.js";
import { entries } from "./entries.js";

/** Arabic UI strings (written as the sites write them, with and without hamza). */
export const ar: readonly PhraseEntry[] = entries("ar", {
  share: [
    "شارك", // share button
    "مشاركة", // share button
    "شارك على *", // "شارك على فيسبوك"
    "طباعة", // print button
    "نسخ الرابط", // copy-link button
    "تم نسخ الرابط", // copy-link toast
    "تابعونا", // social block header
    "تابعونا على *", // "تابعونا على تويتر"
  ],
  subscribe: [
    "اشترك", // subscribe button
    "اشترك الآن", // subscribe button
    "اشترك في النشرة البريدية", // newsletter box
    "النشرة البريدية", // newsletter box title
    "النشرة الإخبارية", // newsletter box title
    "بريدك الإلكتروني", // newsletter form placeholder
  ],
  cookie: [
    "موافق", // cookie banner button
    "قبول", // cookie banner button
    "أوافق", // cookie banner button
    "يستخدم هذا الموقع ملفات تعريف الارتباط", // cookie banner text
    "نستخدم ملفات تعريف الارتباط", // cookie banner text
  ],
  comments: [
    "التعليقات", // comments section header
    "تعليقات", // comments section header
    "أضف تعليقا", // comment form header
    "أضف تعليقاً", // comment form header (with tanween)
    "اترك تعليقا", // comment form header
    "عرض التعليقات", // comments toggle
    "تسجيل الدخول", // account link
    "دخول", // account link
    "تسجيل", // account link
    "إنشاء حساب", // account link
    "الإبلاغ عن خطأ", // correction form link
    "رد", // comment reply button
  ],
  widget: [
    "تم إرسال رسالتك", // contact form confirmation
    "تم إرسال رسالتك بنجاح", // contact form confirmation
    "تم الإرسال", // form confirmation
    "شكرا لك", // form confirmation
    "حدث خطأ", // form error
    "حدث خطأ ما", // form error
    "يرجى المحاولة مرة أخرى", // form error
    "حاول مرة أخرى", // form error
    "جار التحميل", // "جار التحميل..." spinner
    "جاري التحميل", // spinner (variant spelling)
    "استمع إلى المقال", // text-to-speech player
    "استمع", // audio player button
    "إغلاق", // modal close button
    "بحث", // search box
    "إرسال", // form button
    "إلغاء", // form button
    "اقرأ المزيد", // excerpt link
    "المزيد", // collapsible section button
    "تحديث", // timestamp label
  ],
  caption: [
    "صورة أرشيفية", // stock-photo caption
    "صورة تعبيرية", // stock-photo caption
  ],
  ad: [
    "إعلان", // ad slot label
    "إعلانات", // ad slot label
    "محتوى مدفوع", // native ad label
    "برعاية", // native ad label
  ],
  related: [
    "اقرأ أيضا", // teaser label
    "اقرأ أيضاً", // teaser label (with tanween)
    "إقرأ أيضا", // teaser label (hamza under alif)
    "مواضيع ذات صلة", // related box header
    "أخبار ذات صلة", // related box header
    "الأكثر قراءة", // popularity box
    "الأكثر مشاهدة", // popularity box
    "آخر الأخبار", // latest box
    "الوسوم", // tag list header
  ],
  nav: [
    "الرئيسية", // breadcrumb
    "الصفحة الرئيسية", // breadcrumb
    "أخبار", // breadcrumb
    "جميع الحقوق محفوظة", // footer
    "سياسة الخصوصية", // footer
    "اتصل بنا", // footer
  ],
});
