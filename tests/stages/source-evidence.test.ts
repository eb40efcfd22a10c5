import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean.js";

// Invented articles: a headline, two paragraphs of prose, and the furniture
// under test in the place real pages print it.
const LEAD =
  "The regional council approved the new budget on Tuesday after a long debate, officials said.";
const SECOND =
  "Opposition members argued that the plan would leave too little for schools and public transport.";
const article = (...furniture: { before?: string[]; after?: string[] }[]) =>
  [
    "Council approves budget after long debate",
    ...furniture.flatMap((part) => part.before ?? []),
    LEAD,
    SECOND,
    ...furniture.flatMap((part) => part.after ?? []),
  ].join("\n\n");

const sourceOf = (text: string) => {
  const record = cleanArticle(text);
  return { source: record.source, from: record.source_from };
};

describe("source from the page's self-mentions", () => {
  it.each([
    ["an agency's footer", "© 2020 AFP", "AFP"],
    [
      "a wire footer with rights",
      "Copyright 2019 The Associated Press. All rights reserved.",
      "AP",
    ],
    [
      "a broadcaster's footer",
      "Copyright 2021 Example Channel 9. All rights reserved.",
      "Example Channel 9",
    ],
    ["name before year", "© Example Media Group Limited 2019", "Example Media Group Limited"],
  ])("reads a copyright line: %s", (_, footer, expected) => {
    expect(sourceOf(article({ after: [footer] }))).toEqual({ source: expected, from: "copyright" });
  });

  it.each([
    ["English, comma", "By Jane Roe, Example Tribune", "Example Tribune"],
    ["English, bar", "By Sam Poe | Fox News", "Fox News"],
    ["French", "Par Jean Dupont, Le Monde", "Le Monde"],
    ["German, slash", "Von Max Muster / dpa", "dpa"],
  ])("reads the outlet after a byline: %s", (_, byline, expected) => {
    const found = sourceOf(article({ before: [byline] }));
    expect(found.from).toBe("byline");
    expect(found.source?.toLowerCase()).toBe(expected.toLowerCase());
  });

  it("takes the agency out of a byline role ('AP Science Writer')", () => {
    expect(sourceOf(article({ before: ["By JANE ROE", "Jane Roe, AP Science Writer"] }))).toEqual({
      source: "AP",
      from: "byline",
    });
  });

  it.each([
    ["English", "Originally published on The Conversation", "The Conversation"],
    ["German", "Quelle: dpa", "dpa"],
    ["Russian", "Источник: ТАСС", "TASS"],
  ])("reads a 'published on' or 'source' line: %s", (_, line, expected) => {
    const found = sourceOf(article({ after: [line] }));
    expect(found.from).toBe("text");
    expect(found.source?.toLowerCase()).toBe(expected.toLowerCase());
  });

  it("reads a staff address's domain, but never a web-mail one", () => {
    expect(sourceOf(article({ after: ["jane.roe@example-news.com"] })).source).toBe(
      "example-news.com",
    );
    expect(sourceOf(article({ after: ["jane.roe@gmail.com"] })).source).toBeNull();
  });

  it("never takes a photo's credit or caption for the publisher", () => {
    for (const credit of [
      "Photo: Reuters",
      "© AFP 2019 / JEAN DUPONT",
      "(Photo by Sam Poe/Getty Images)",
      "Фото: РИА Новости",
    ])
      expect(sourceOf(article({ before: [credit] })).source).toBeNull();
  });

  it("never takes a name the prose mentions", () => {
    const text = article({
      after: ["The minister told Reuters that the budget would be reviewed again in the spring."],
    });
    expect(sourceOf(text).source).toBeNull();
  });

  it("needs more than a lone link in the furniture", () => {
    expect(sourceOf(article({ after: ["Share: www.example.org"] })).source).toBeNull();
  });

  it("lets the page's mentions of one publisher outvote a single stronger one", () => {
    const text = article({
      before: ["By Jane Roe, Example Tribune"],
      after: ["© 2020 AFP", "Follow AFP on Twitter"],
    });
    expect(sourceOf(text)).toEqual({ source: "AFP", from: "copyright" });
  });
});
