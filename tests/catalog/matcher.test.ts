import { describe, expect, it } from "vitest";
import { BUILT_IN_PHRASES, builtInMatcher, CATALOGUE_LANGUAGES } from "../../src/catalog/index.js";
import { PhraseMatcher } from "../../src/catalog/matcher.js";
import { comparisonKey } from "../../src/text/normalise.js";

describe("PhraseMatcher", () => {
  const matcher = new PhraseMatcher([
    { kind: "share", phrase: "Share on *", lang: "en" },
    { kind: "comments", phrase: "# comments", lang: "en" },
    { kind: "widget", phrase: "Loading...", lang: "en" },
  ]);

  it("matches whole lines, ignoring case and punctuation", () => {
    expect(matcher.match(comparisonKey("LOADING…"))?.entry.kind).toBe("widget");
    expect(matcher.match(comparisonKey("Loading the trucks took hours."))).toBeUndefined();
  });

  it("`*` stands for one to four words, `#` for a number", () => {
    expect(matcher.match(comparisonKey("Share on Facebook"))?.entry.kind).toBe("share");
    expect(matcher.match(comparisonKey("Share on"))).toBeUndefined();
    expect(matcher.match(comparisonKey("Share on a b c d e"))).toBeUndefined();
    expect(matcher.match(comparisonKey("12 comments"))?.entry.kind).toBe("comments");
    expect(matcher.match(comparisonKey("many comments"))).toBeUndefined();
  });
});

describe("built-in catalogue", () => {
  it("covers at least 12 languages, each with form confirmations", () => {
    expect(CATALOGUE_LANGUAGES.length).toBeGreaterThanOrEqual(12);
    for (const lang of CATALOGUE_LANGUAGES) {
      const widgets = BUILT_IN_PHRASES.filter((e) => e.lang === lang && e.kind === "widget");
      expect(widgets.length, lang).toBeGreaterThan(3);
    }
  });

  it.each([
    ["Votre message a été envoyé!", "widget"],
    ["Ihre Nachricht wurde gesendet", "widget"],
    ["Tu mensaje ha sido enviado", "widget"],
    ["Ваше сообщение отправлено", "widget"],
    ["Mesajınız gönderildi", "widget"],
    ["تم إرسال رسالتك", "widget"],
    ["加载中...", "widget"],
    ["Subscribe to our newsletter", "subscribe"],
    ["Follow us on Telegram", "share"],
    ["Advertisement", "ad"],
    ["Lo más leído", "related"],
    ["Вам также может быть интересно", "related"],
    ["Das könnte Sie auch interessieren", "related"],
    ["More Business News", "related"],
  ])("knows %s", (line, kind) => {
    expect(builtInMatcher().match(comparisonKey(line))?.entry.kind).toBe(kind);
  });
});
