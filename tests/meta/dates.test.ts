import { describe, expect, it } from "vitest";
import { formatDate, parseWrittenDate } from "../../src/meta/parse-date.js";
import { dateFromPath } from "../../src/meta/path-date.js";

const parse = (text: string, lang: string | null = "en", order: "DMY" | "MDY" | "YMD" = "MDY") => {
  const date = parseWrittenDate(text, lang, order);
  return date ? formatDate(date) : null;
};

describe("parseWrittenDate", () => {
  it.each([
    ["2019-05-31", "en", "2019-05-31"],
    ["2019-11-18T23:04:24-05:00", "en", "2019-11-18"],
    ["Wed, 18 Apr 2018 14:39:09 +0000", "en", "2018-04-18"],
    ["November 19, 2019, 9:02 AM", "en", "2019-11-19"],
    ["31.05.2019 12:04", "de", "2019-05-31"],
    ["31 mai 2019", "fr", "2019-05-31"],
    ["31 мая 2019", "ru", "2019-05-31"],
    ["31 травня 2019", "uk", "2019-05-31"],
    ["31 de mayo de 2019", "es", "2019-05-31"],
    ["31 maggio 2019", "it", "2019-05-31"],
    ["31 de maio de 2019", "pt", "2019-05-31"],
    ["31. Mai 2019", "de", "2019-05-31"],
    ["2019年5月31日", "ja", "2019-05-31"],
    ["2019年5月31日", "zh", "2019-05-31"],
  ])("reads %s (%s)", (text, lang, expected) => {
    expect(parse(text, lang)).toBe(expected);
  });

  it("reads ambiguous numeric dates in the requested order", () => {
    expect(parse("05/06/2019", "en", "MDY")).toBe("2019-05-06");
    expect(parse("05/06/2019", "en", "DMY")).toBe("2019-06-05");
    expect(parse("25/06/2019", "en", "MDY")).toBe("2019-06-25");
  });

  it("reads dotted numeric dates day first, whatever the order asked for slashes", () => {
    // German, Russian, Polish, Turkish pages write dates with dots, day first;
    // US dates use slashes, so the US order never applies to dots.
    expect(parse("02.05.2020", "en", "MDY")).toBe("2020-05-02");
    expect(parse("Опубликовано: 12.03.2021 14:05", "ru", "MDY")).toBe("2021-03-12");
    expect(parse("02/05/2020", "en", "MDY")).toBe("2020-02-05");
  });

  it("reads a year a scraper glued to the time, and returns text that is in the line", () => {
    const line = "Mar 2, 20209:15 AM";
    const date = parseWrittenDate(line, "en", "MDY");
    expect(date && formatDate(date)).toBe("2020-03-02");
    expect(line.includes(date?.text ?? "\u0000")).toBe(true);
    // A long number is not a glued year and time.
    expect(parse("Order 120209:15")).toBeNull();
  });

  it("never makes a date from a relative expression or a missing year", () => {
    expect(parse("13 hours ago")).toBeNull();
    expect(parse("May 31")).toBeNull();
    expect(parse("Updated yesterday")).toBeNull();
  });
});

describe("dateFromPath", () => {
  it.each([
    ["scrapes/2019/05/31/story.txt", "2019-05-31"],
    ["2019-05-31_slug.txt", "2019-05-31"],
    ["out/20190531-slug.txt", "2019-05-31"],
    ["scrapes/story-123456.txt", null],
    ["2019/02/30/x.txt", null],
  ])("%s", (path, expected) => {
    const date = dateFromPath(path);
    expect(date ? formatDate(date) : null).toBe(expected);
  });
});
