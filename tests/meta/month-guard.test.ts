import { describe, expect, it } from "vitest";
import { mayNameMonth } from "../../src/meta/intl-months.js";
import { parseWrittenDate } from "../../src/meta/parse-date.js";

describe("mayNameMonth: the guard in front of chrono", () => {
  it.each([
    ["Friday, May 31, 2019", "en"],
    ["Sept. 3, 2019", "en"],
    ["31. Mai 2019", "de"],
    ["le 31 mai 2019", "fr"],
    ["3 sept. 2019", "fr"],
    ["31 mayo de 2019", "es"],
    ["31 мая 2019", "ru"],
    ["31 травня 2019", "uk"],
    ["31 maja 2019", "pl"],
    ["31 Mayıs 2019", "tr"],
    ["May 31, 2019", "de"], // English is always tried after the article's language
    ["2019年5月31日", "zh"], // unspaced: always looked at
    ["2019년 5월 31일", "ko"], // Korean is spaced: "월" names the month
    ["31 May 2019", null],
  ])("lets %s (%s) through", (text, language) => {
    expect(mayNameMonth(text, language)).toBe(true);
  });

  it.each([
    ["In 2019 the economy grew by 3 percent", "en"],
    ["Im Jahr 2019 wuchs die Wirtschaft", "de"],
    ["В 2019 году экономика выросла", "ru"],
    ["2019년에 경제가 성장했다", "ko"],
  ])("stops %s (%s), which names no month", (text, language) => {
    expect(mayNameMonth(text, language)).toBe(false);
  });

  it("changes no date the parser finds", () => {
    expect(parseWrittenDate("Updated: Friday, May 31, 2019 10:02", "en", "MDY")?.month).toBe(5);
    expect(parseWrittenDate("Опубликовано 31 мая 2019", "ru", "DMY")?.day).toBe(31);
    expect(parseWrittenDate("Posted in 2019 by staff", "en", "MDY")).toBeUndefined();
  });
});
