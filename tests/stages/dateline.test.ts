import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean.js";
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

describe("dateline families", () => {
  // Each family as several outlets and languages print it.
  it.each([
    // place, date, dash, agency, full stop: Russian-language agencies and their foreign services
    ["МОСКВА, 27 сен — РИА Новости. Президент Владимир Путин", "МОСКВА", "RIA Novosti", "27 сен"],
    ["БИШКЕК, 10 дек — Sputnik. Марса Бодошева, обвиняемого", "БИШКЕК", "Sputnik", "10 дек"],
    ["МИНСК, 5 дек — Sputnik. Белорусские власти", "МИНСК", "Sputnik", "5 дек"],
    ["КИЕВ, 3 мар — ТАСС. Украинские власти заявили", "КИЕВ", "TASS", "3 мар"],
    // an agency the table does not know still counts: a capitalised name in the slot
    ["АСТАНА, 12 янв — Казинформ. Глава государства подписал", "АСТАНА", "Казинформ", "12 янв"],
    // ANSA: the date before the bracketed agency, or the agency first
    ["ROMA, 31 MAG - (ANSA) - Il governo ha approvato", "ROMA", "ANSA", "31 MAG"],
    ["MILANO, 4 GIU - (ANSA) - La Borsa ha chiuso", "MILANO", "ANSA", "4 GIU"],
    ["(ANSA) - ROMA, 31 MAG - Il governo ha approvato", "ROMA", "ANSA", "31 MAG"],
    ["(AGI) - Roma, 12 mar - Il presidente ha firmato", "Roma", "AGI", "12 mar"],
    // Yonhap: place=agency in brackets, then the reporter
    ["(서울=연합뉴스) 홍길동 기자 = 정부는 오늘 예산안을 발표했다.", "서울", "Yonhap", null],
    ["(워싱턴=연합뉴스) 미국 정부는 오늘 발표했다.", "워싱턴", "Yonhap", null],
    // place (agency) - in Arabic, German and Turkish
    ["القاهرة (رويترز) - قالت وزارة الخارجية المصرية", "القاهرة", "Reuters", null],
    ["بيروت (أ ف ب) - أعلنت الحكومة اللبنانية", "بيروت", "AFP", null],
    ["BERLIN, 31. Mai (Reuters) - Die Bundesregierung will", "BERLIN", "Reuters", "31. Mai"],
    [
      "FRANKFURT, 2. März (Reuters) - Die Europäische Zentralbank",
      "FRANKFURT",
      "Reuters",
      "2. März",
    ],
    ["ANKARA (AA) - Cumhurbaşkanı açıkladı", "ANKARA", "Anadolu", null],
    ["İSTANBUL (AA) - Borsa güne yükselişle başladı", "İSTANBUL", "Anadolu", null],
  ])("parses %s", (text, place, agency, dateText) => {
    const found = parseDateline(text, 0);
    expect(found?.place).toBe(place);
    expect(found?.agency).toBe(agency);
    expect(found?.dateText ?? null).toBe(dateText);
  });

  it.each([
    // a dash and a capitalised name, but a sentence, not an agency's stop
    "LONDON, May 31 — Prime Minister Theresa May said she would resign.",
    "ROMA, 31 MAG - Il governo ha approvato la manovra.",
  ])("takes no agency from %s", (text) => {
    expect(parseDateline(text, 0)?.agency ?? null).toBeNull();
  });
});

describe("a dateline glued behind furniture", () => {
  const HEADLINE = "Senate passes the disaster aid bill";
  const NEXT =
    "Opposition members argued that the plan would leave too little for schools and public transport.";
  it.each([
    [
      "a share bar",
      "Share this article Share ",
      "WASHINGTON (AP) — The Senate approved a disaster aid bill on Thursday after months of wrangling.",
      "AP",
    ],
    [
      "a copyright line",
      "© 2019 Reuters ",
      "LONDON (Reuters) - Britain's parliament approved the new budget on Thursday after a long debate.",
      "Reuters",
    ],
    [
      "a French share button",
      "Partager sur Facebook ",
      "PARIS (AFP) - Le gouvernement a présenté jeudi son nouveau budget après un long débat au parlement.",
      "AFP",
    ],
    [
      "an ad label",
      "Advertisement ",
      "MOSCOW (Reuters) - Russia said on Thursday that it would hold talks with officials next week.",
      "Reuters",
    ],
  ])("cuts %s in front of the dateline, and reads the dateline", (_, furniture, lead, agency) => {
    const record = cleanArticle([HEADLINE, furniture + lead, NEXT].join("\n\n"));
    expect(record.body.startsWith(lead)).toBe(true);
    expect(record.source).toBe(agency);
  });

  it("leaves a capitalised place inside a sentence alone", () => {
    const lead =
      "The minister said in WASHINGTON (AP) — that nothing changed, according to a statement released on Friday.";
    const record = cleanArticle([HEADLINE, lead, NEXT].join("\n\n"));
    expect(record.body.startsWith(lead)).toBe(true);
  });
});

describe("a dateline on a line of its own", () => {
  // Scrapers split the dateline from its paragraph when the page sets it in
  // an element of its own (CNN's "Washington (CNN)", an AP or Reuters
  // dateline in a span).
  const LEAD =
    "The senate approved the spending plan late on Tuesday after a debate that lasted most of the day, officials said.";
  const MORE =
    "Opposition members said the plan would leave too little for schools and public transport in the coming year.";
  it.each([
    ["Washington (CNN)", "Washington", "CNN"],
    ["WASHINGTON (AP) —", "WASHINGTON", "AP"],
    ["BERLIN, 31. Mai (Reuters) -", "BERLIN", "Reuters"],
  ])("takes %s, with its paragraph on the next line", (line, place, agency) => {
    const record = cleanArticle(["Senate approves spending plan", line, LEAD, MORE].join("\n"));
    expect(record.dateline).toBe(place);
    expect(record.source).toBe(agency);
    // The dateline stays where the page printed it, as one inside a paragraph does.
    expect(record.body.split("\n")[0]).toBe(line);
  });

  it("leaves a name and a party alone, and a dateline-like line with no paragraph under it", () => {
    const name = cleanArticle(
      ["Senate approves spending plan", "Jane Doe (D-Calif.)", LEAD, MORE].join("\n"),
    );
    expect(name.dateline).toBeNull();
    expect(name.source).toBeNull();
    const list = cleanArticle(
      ["Senate approves spending plan", LEAD, "Related", "Washington (CNN)", "Short item"].join(
        "\n",
      ),
    );
    expect(list.dateline).toBeNull();
  });
});
