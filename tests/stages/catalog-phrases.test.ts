import { describe, expect, it } from "vitest";
import { catalogPhrases } from "../../src/stages/catalog-phrases.js";
import { runStages } from "../helpers.js";

const PARAGRAPH =
  "The minister said the talks would continue next week, according to a statement released on Friday.";

describe("catalogue phrases", () => {
  it("removes a French form confirmation at the end of an English article", () => {
    const run = runStages(`${PARAGRAPH}\n\nVotre message a été envoyé!`, [catalogPhrases]);
    expect(run.kinds).toEqual(["keep", "widget"]);
  });

  it("removes share, subscribe and cookie strings in several languages", () => {
    const run = runStages(
      `${PARAGRAPH}\n\nCompartilhar no Facebook\nAbonnez-vous à notre newsletter\nAlle akzeptieren\nЗагрузка...`,
      [catalogPhrases],
    );
    expect(run.kinds).toEqual(["keep", "share", "subscribe", "cookie", "widget"]);
  });

  it("keeps a real paragraph that mentions subscribing", () => {
    const line =
      "Readers were asked to subscribe to the newsletter before the election, the paper said.";
    expect(runStages(line, [catalogPhrases]).kinds).toEqual(["keep"]);
  });

  it("applies the user's phrases and patterns from the config", () => {
    const run = runStages(`${PARAGRAPH}\n\nSpread the word!\nPromo code SAVE20`, [catalogPhrases], {
      catalog: {
        phrases: [{ kind: "share", phrase: "Spread the word", lang: "user" }],
        patterns: [{ kind: "ad", pattern: /^promo code\b/iu, source: "^promo code\\b" }],
      },
    });
    expect(run.kinds).toEqual(["keep", "share", "ad"]);
    expect(run.report.verdict(2)?.rule).toBe("catalog/user-pattern");
  });
});

describe("widget families across languages", () => {
  it.each([
    // reading-time badges
    ["5 min read", "widget"],
    ["Temps de lecture : 3 minutes", "widget"],
    ["Lesezeit: 4 Minuten", "widget"],
    ["Tiempo de lectura: 6 min", "widget"],
    ["Время чтения: 2 мин", "widget"],
    ["Okuma süresi: 3 dk", "widget"],
    // loaders a scraper caught before the script ran
    ["Placeholder while article actions load", "widget"],
    ["Chargement en cours...", "widget"],
    ["Wird geladen …", "widget"],
    ["Загрузка...", "widget"],
    // share by e-mail
    ["Email this article to a friend", "share"],
    ["Envoyer à un ami", "share"],
    ["Per E-Mail versenden", "share"],
    ["Отправить другу", "share"],
  ])("removes %s", (widget, kind) => {
    const run = runStages(`${PARAGRAPH}\n\n${widget}`, [catalogPhrases]);
    expect(run.kinds).toEqual(["keep", kind]);
  });

  it.each([
    "The minister read the statement for five minutes before the vote was called on Friday.",
    "Loading the ship took three days, the port authority said in a statement on Friday.",
  ])("keeps prose that shares their words: %s", (line) => {
    expect(runStages(line, [catalogPhrases]).kinds).toEqual(["keep"]);
  });
});
