import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/index.js";
import { commentThread } from "../../src/stages/comment-thread.js";
import { runStages } from "../helpers.js";

const ARTICLE = [
  "Apple plans a new laptop",
  "",
  "Apple plans to release a new laptop with a redesigned keyboard in the first half of next year, according to industry sources cited on Monday.",
  "",
  "The report claims the display size will remain the same, although a larger screen has not been ruled out by people familiar with the plans.",
  "",
  "Two suppliers are said to be making the keyboards, which are based on the design the company already sells for its desktop computers.",
  "",
  "The company has offered free repairs for the older keyboards since customers reported keys that stuck or repeated in daily use.",
].join("\n");

function thread(ages: string[]): string {
  return ages
    .map(
      (age, i) =>
        `Reader${i + 1}\n${age}\nI think this is a sensible move by the company, honestly.\nRating: ${10 - i} Votes`,
    )
    .join("\n\n");
}

describe("commentThread", () => {
  it("cuts a thread of signed comments after the article, with what follows it", () => {
    const text = `${ARTICLE}\n\n${thread(["2 days ago at 07:52 am", "2 days ago at 07:47 am", "3 hours ago"])}\n\nAbout us | Contact`;
    const run = runStages(text, [commentThread]);
    expect(run.kept).toEqual(ARTICLE.split("\n").filter((line) => line !== ""));
    expect(run.report.verdict(run.doc.lines.length - 1)?.rule).toBe("comment-thread/signed");
  });

  it("reads ages in other languages", () => {
    const text = `${ARTICLE}\n\n${thread(["il y a 2 jours", "vor 3 Tagen", "hace 5 horas"])}`;
    expect(runStages(text, [commentThread]).kept).toHaveLength(5);
  });

  it("leaves a live blog alone: its entries carry clock times, not ages", () => {
    const text = `${ARTICLE}\n\n${thread(["10:32 a.m.", "10:47 a.m.", "11:05 a.m."])}`;
    expect(runStages(text, [commentThread]).kinds).not.toContain("comments");
  });

  it("needs three signed comments: one or two are bylines or quotes", () => {
    const text = `${ARTICLE}\n\n${thread(["2 days ago", "3 days ago"])}`;
    expect(runStages(text, [commentThread]).kinds).not.toContain("comments");
  });

  it("needs the article first: signatures at the top of a page are not a tail", () => {
    const text = `${thread(["2 days ago", "3 days ago", "4 days ago"])}\n\n${ARTICLE}`;
    expect(runStages(text, [commentThread]).kinds).not.toContain("comments");
  });

  it("keeps the article's own text in the full cleaner's record", () => {
    const text = `${ARTICLE}\n\n${thread(["2 days ago", "3 days ago", "4 days ago"])}`;
    const record = cleanArticle(text);
    expect(record.body).toContain("redesigned keyboard");
    expect(record.body).not.toContain("Reader2");
    expect(record.body).not.toContain("sensible move");
  });
});
