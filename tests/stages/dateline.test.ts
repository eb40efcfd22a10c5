import { describe, expect, it } from "vitest";
import { parseDateline } from "../../src/stages/dateline.js";

describe("datelines", () => {
  it.each([
    ["TOKYO (Sputnik) - Japanese Foreign Minister Taro Kono said", "TOKYO", "Sputnik", null],
    [
      "GENEVA, November 18 (UPI) - Following the 16-inch MacBook Pro",
      "GENEVA",
      "UPI",
      "November 18",
    ],
    ["MOSCOW, May 31 (Reuters) - Russia said", "MOSCOW", "Reuters", "May 31"],
    ["Madrid, 31 may (EFE).- El Gobierno aprobó", "Madrid", "EFE", "31 may"],
    ["МОСКВА, 31 мая. /ТАСС/. Министр иностранных дел", "МОСКВА", "TASS", "31 мая"],
    ["Berlin (dpa) - Ein Warnstreik", "Berlin", "dpa", null],
    ["WASHINGTON (AP) — The Senate approved", "WASHINGTON", "AP", null],
    ["MADRID — Rafael Nadal kept Spain's hopes alive", "MADRID", null, null],
    ["新华社北京5月31日电 国务院常务会议31日决定", "北京", "新华社", "5月31日"],
  ])("parses %s", (text, place, agency, dateText) => {
    const found = parseDateline(text, 0);
    expect(found?.place).toBe(place);
    expect(found?.agency).toBe(agency === "新华社" ? "Xinhua" : agency);
    expect(found?.dateText).toBe(dateText);
  });

  it.each([
    "The minister (left) - who arrived late - spoke first.",
    "Kremlin Rules Out Kurils Transfer to Japan",
    "In a statement (published on Monday) - the ministry said",
  ])("finds no dateline in %s", (text) => {
    expect(parseDateline(text, 0)).toBeUndefined();
  });
});

describe("dateline traps", () => {
  it("does not take a Getty-style caption for a dateline", () => {
    expect(
      parseDateline(
        "SHANGHAI, CHINA - SEPTEMBER 17: Alibaba Chairman Jack Ma speaks during the opening ceremony",
        0,
      ),
    ).toBeUndefined();
  });
});
