import { describe, expect, it } from "vitest";
import { cleanArticle } from "../src/index.js";

const ARTICLE = [
  "Russia vows response to new sanctions",
  "MOSCOW, May 31 (Reuters) - Russia will respond in kind to the new sanctions, the foreign ministry said on Friday.",
  "The measures target several Russian banks and a number of officials close to the Kremlin.",
].join("\n\n");

describe("cleanArticle options", () => {
  it("keeps the dateline in the body by default and strips it with stripDateline", () => {
    expect(cleanArticle(ARTICLE).body.startsWith("MOSCOW, May 31 (Reuters) - Russia")).toBe(true);
    const stripped = cleanArticle(ARTICLE, { stripDateline: true });
    expect(stripped.body.startsWith("Russia will respond")).toBe(true);
    expect(stripped.dateline).toBe("MOSCOW");
  });

  it("reads ambiguous numeric dates in the order asked for", () => {
    const text = `Storm hits the coast\n\n05/06/2019\n\n${ARTICLE.split("\n\n")[2]}`;
    expect(cleanArticle(text, { dateOrder: "MDY" }).date).toBe("2019-05-06");
    expect(cleanArticle(text, { dateOrder: "DMY" }).date).toBe("2019-06-05");
  });

  it("takes the year of a dateline's date from the path, and otherwise gives no date", () => {
    expect(cleanArticle(ARTICLE, { path: "wire/2019/05/31/russia.txt" })).toMatchObject({
      date: "2019-05-31",
      date_source: "dateline",
    });
    expect(cleanArticle(ARTICLE, { path: "wire/russia.txt" }).date).toBeNull();
  });

  it("lets --source win over everything the text says", () => {
    expect(cleanArticle(ARTICLE, { source: "Wire Desk" })).toMatchObject({
      source: "Wire Desk",
      source_from: "option",
    });
  });

  it("names the agency in the dateline, normalised", () => {
    expect(cleanArticle(ARTICLE.replace("(Reuters)", "(REUTERS)")).source).toBe("Reuters");
  });
});
