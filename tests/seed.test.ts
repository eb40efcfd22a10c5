import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../src/index.js";

/** The acceptance test of the foundation issue, on the real sample scrape. */
const SEED = path.resolve(import.meta.dirname, "../fixtures/000_4dc32eb5bbb7fce7.txt");

describe("the sample scrape", () => {
  const raw = readFileSync(SEED, "utf8");
  const record = cleanArticle(raw, { path: SEED });
  const paragraphs = record.body.split("\n\n");

  it("has the header's date, the dateline's agency and the real headline", () => {
    expect(record.date).toBe("2019-05-31");
    expect(record.source).toBe("Sputnik");
    expect(record.headline).toBe(
      "Japanese and Russian FM Discuss Kuril Islands Issue, Bilateral Ties in Tokyo",
    );
  });

  it("keeps exactly the eight article paragraphs, from the dateline to the last sentence", () => {
    expect(paragraphs).toHaveLength(8);
    expect(paragraphs[0]).toMatch(/^TOKYO \(Sputnik\) - Japanese Foreign Minister Taro Kono said/);
    expect(paragraphs[7]).toMatch(/further develop bilateral cooperation on security\.$/);
  });

  it("turns NBSPs into plain spaces", () => {
    expect(raw).toContain("\u00A0");
    expect(record.body).not.toContain("\u00A0");
  });

  it.each([
    "date 2019-05-31",
    "Register",
    "Meets his Japanese counterpart",
    "A picture taken on December 12, 2016",
    "© AFP 2019 / ANDREY KOVALENKO",
    "Kremlin Rules Out Kurils Transfer to Japan",
    "Votre message a été envoyé",
  ])("drops %s", (junk) => {
    expect(record.body).not.toContain(junk);
  });

  it("builds the body only from text of the input", () => {
    const input = raw.replace(/\s+/g, " ");
    for (const paragraph of paragraphs) expect(input).toContain(paragraph.replace(/\s+/g, " "));
  });
});
