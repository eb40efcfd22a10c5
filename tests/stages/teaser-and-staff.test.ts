import { describe, expect, it } from "vitest";
import { staffCredit } from "../../src/stages/staff-credit.js";
import { teaserPrefix } from "../../src/stages/teaser-prefix.js";
import { runStages } from "../helpers.js";

describe("teaser prefixes", () => {
  it.each([
    "READ MORE: Protests Enter Third Week as Government Rejects Demands",
    "Also read: EU Leaders Fail to Agree on Budget",
    "LIRE AUSSI : Paris et Berlin appellent à un cessez-le-feu",
    "Читайте также: Песков прокомментировал слухи",
    "Lesen Sie auch: Gewerkschaft droht mit Streiks",
    "Leer más: La OTAN refuerza su presencia",
    "相关新闻：财政部解读减税政策细则",
  ])("removes %s under the page's first line", (line) => {
    expect(runStages(`Ankara metro\n\n${line}`, [teaserPrefix]).kinds).toEqual(["keep", "teaser"]);
  });

  it("leaves an uncatalogued capital label on the page's first line: a headline's kicker", () => {
    const line = "ÖZEL HABER: Ankara'da yeni metro hattı açıldı";
    expect(runStages(line, [teaserPrefix]).kinds).toEqual(["keep"]);
  });

  it("keeps a sentence that starts with one of the words", () => {
    const line =
      "More than 12,000 people attended the match, the organisers said on Tuesday evening.";
    expect(runStages(line, [teaserPrefix]).kinds).toEqual(["keep"]);
  });
});

describe("staff credits", () => {
  it("removes a Reuters reporting/editing credit", () => {
    expect(
      runStages("Reporting by Ahmad Ghaddar; Editing by Dale Hudson", [staffCredit]).kinds,
    ).toEqual(["byline"]);
  });

  it("keeps a sentence about reporting", () => {
    const line = "Reporting by local media suggested the fire started in the kitchen.";
    expect(runStages(line, [staffCredit]).kinds).toEqual(["keep"]);
  });
});

describe("teaser labels in capitals, any language", () => {
  it.each([
    "MEHR ZUM THEMA: Gewerkschaft droht mit weiteren Streiks",
    "ÇOK OKUNAN: Ankara'da yeni metro hattı açıldı",
  ])("removes %s under the page's first line", (line) => {
    expect(runStages(`Ankara metro\n\n${line}`, [teaserPrefix]).kinds).toEqual(["keep", "teaser"]);
  });

  it("leaves an uncatalogued capital label on the page's first line: a headline's kicker", () => {
    const line = "ÖZEL HABER: Ankara'da yeni metro hattı açıldı";
    expect(runStages(line, [teaserPrefix]).kinds).toEqual(["keep"]);
  });

  it("keeps an update sentence after a label in capitals", () => {
    expect(
      runStages("UPDATE: The company said on Tuesday that the recall covers all models.", [
        teaserPrefix,
      ]).kinds,
    ).toEqual(["keep"]);
  });
});
