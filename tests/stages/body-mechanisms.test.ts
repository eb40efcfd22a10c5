import { describe, expect, it } from "vitest";
import { analyseArticle, cleanArticle } from "../../src/clean.js";

// Invented articles in the shape of real pages: a headline, prose, and the
// furniture under test where real layouts print it. Each mechanism is
// checked on several outlets' styles or languages.
const PROSE = {
  en: [
    "The regional council approved the new budget on Tuesday after a long debate, officials said.",
    "Opposition members argued that the plan would leave too little for schools and public transport.",
    "The mayor said the city would review the spending again in the spring, once new figures are in.",
  ],
  fr: [
    "Le conseil régional a adopté mardi le nouveau budget après un long débat, selon les responsables.",
    "Les élus de l'opposition estiment que le plan laisse trop peu d'argent pour les écoles et les transports.",
    "Le maire a indiqué que la ville réexaminerait les dépenses au printemps, une fois les chiffres connus.",
  ],
  de: [
    "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen, hieß es.",
    "Die Opposition kritisierte, dass für Schulen und den Nahverkehr zu wenig Geld übrig bleibe.",
    "Der Bürgermeister kündigte an, die Ausgaben im Frühjahr erneut zu prüfen, sobald neue Zahlen vorliegen.",
  ],
  ru: [
    "Городской совет во вторник после долгих споров утвердил новый бюджет, сообщили чиновники.",
    "Представители оппозиции заявили, что на школы и общественный транспорт денег почти не останется.",
    "Мэр сообщил, что город вернется к расходам весной, когда появятся новые данные.",
  ],
} as const;
type Lang = keyof typeof PROSE;
const HEADLINES: Record<Lang, string> = {
  en: "Council approves budget after long debate",
  fr: "Le conseil régional adopte son budget",
  de: "Stadtrat beschließt den neuen Haushalt",
  ru: "Городской совет утвердил бюджет",
};

/** Headline, first paragraph, the furniture, the other paragraphs. */
function page(lang: Lang, furniture: string[], where: "middle" | "end" = "middle"): string {
  const [first, ...rest] = PROSE[lang];
  const lines =
    where === "middle"
      ? [HEADLINES[lang], first, ...furniture, ...rest]
      : [HEADLINES[lang], first, ...rest, ...furniture];
  return lines.join("\n\n");
}

/** The rule that removed each furniture line (undefined: kept). */
function rulesFor(text: string, furniture: string[]): (string | undefined)[] {
  const result = analyseArticle(text, { explain: true });
  return furniture.map(
    (line) => result.record.removed?.find((removed) => removed.text === line.trim())?.rule,
  );
}

function expectAllProseKept(text: string, lang: Lang): void {
  const body = cleanArticle(text).body;
  for (const paragraph of PROSE[lang]) expect(body).toContain(paragraph);
}

describe("widgets glued into one line", () => {
  it.each([
    [
      "an ad slot's row",
      "en",
      "Advertisement 3 Story continues below This advertisement has not loaded yet, but your article continues below.",
    ],
    [
      "a newsletter's small print",
      "en",
      "Email Sign Up By signing up you agree to receive email newsletters or alerts from Example. You can unsubscribe at any time.",
    ],
    [
      "a French newsletter box",
      "fr",
      "Inscrivez-vous Vous pouvez vous désinscrire à tout moment. Merci pour votre inscription",
    ],
    ["a German ad marker", "de", "Anzeige Lesen Sie nach der Anzeige weiter"],
  ] as const)("removes %s", (_, lang, row) => {
    const text = page(lang, [row]);
    expect(rulesFor(text, [row])[0]).toMatch(/^(?:glued|catalog)\//u);
    expectAllProseKept(text, lang);
  });

  it.each([
    [
      "a share prompt in front",
      "Share this story The committee will meet again next week to discuss the final figures.",
    ],
    [
      "an ad label in front",
      "Advertisement The committee will meet again next week to discuss the final figures.",
    ],
    [
      "an ad marker behind",
      "The committee will meet again next week to discuss the final figures. Story continues below",
    ],
  ])("cuts %s off a paragraph and keeps the paragraph", (_, line) => {
    const body = cleanArticle(page("en", [line])).body;
    expect(body).toContain("The committee will meet again next week to discuss the final figures.");
    expect(body).not.toMatch(/Share this story|Advertisement|Story continues/u);
  });

  it.each([
    "Home Depot shares rose after the retailer reported strong third-quarter earnings on Tuesday.",
    "The singer confirmed the split in an interview, according to a new report by E! News",
  ])("leaves a paragraph whose edge only looks like a widget: %s", (line) => {
    expect(cleanArticle(page("en", [line])).body).toContain(line);
  });
});

describe("teaser labels without a separator", () => {
  it.each([
    ["fr", "Lire aussi Le budget de la ville en cinq questions"],
    ["fr", "Article réservé à nos abonnés Lire aussi « La dette ne cesse de grimper »"],
    ["fr", "A lire aussiPour un budget participatif"],
    ["en", "Related Stories Mayor faces pressure over transport spending"],
    ["en", "Explore further Schools warn of cuts as budget vote nears"],
    ["de", "Lesen Sie auch Was der neue Haushalt für Familien bedeutet"],
    ["ru", "Читайте также Мэр пообещал новые автобусы"],
  ] as const)("removes %s: %s", (lang, teaser) => {
    const text = page(lang, [teaser]);
    expect(rulesFor(text, [teaser])[0]).toBe("teaser/prefix");
    expectAllProseKept(text, lang);
  });

  it.each([
    ["en", "Mayor faces pressure over transport spending Read more"],
    ["fr", "La dette de la ville atteint un record Lire la suite"],
    ["de", "Was der Haushalt für Familien bedeutet Weiterlesen"],
    ["ru", "Мэр пообещал новые автобусы Читать далее"],
  ] as const)("removes a title ending with its read-more link (%s)", (lang, teaser) => {
    expect(rulesFor(page(lang, [teaser]), [teaser])[0]).toBe("teaser/suffix");
  });

  it.each([
    ["en", "More Politics:"],
    ["en", "Read more from Example News:"],
    ["de", "Mehr zum Thema:"],
    ["ru", "Читайте также:"],
  ] as const)("removes a related box's header (%s: %s)", (lang, header) => {
    expect(rulesFor(page(lang, [header], "end"), [header])[0]).toMatch(/^(?:teaser|catalog)\//u);
  });

  it.each([
    ["fr", "Lire nos explications : comment la ville finance ses transports"],
    ["en", "Read our full coverage: How the city pays for its buses"],
    ["de", "Lesen Sie unsere Analyse: Wie die Stadt ihre Busse bezahlt"],
  ] as const)("removes a teaser behind a 'read' label (%s)", (lang, teaser) => {
    expect(rulesFor(page(lang, [teaser]), [teaser])[0]).toBe("teaser/prefix");
  });

  it.each([
    "Read more books, the mayor urged parents at the opening of the new library on Friday.",
    "See also how the council voted in 2019, when a similar plan failed by two votes.",
  ])("keeps a sentence that opens with a label's words: %s", (line) => {
    expect(cleanArticle(page("en", [line])).body).toContain(line);
  });
});

describe("polls and forms", () => {
  it.each([
    [
      "en",
      [
        "Should the council have approved the budget?",
        "* Yes, it was the right call.",
        "No, it spends too much.",
        "I'm not sure.",
        "You may opt out at any time.",
        "You also agree to our Privacy Policy and Terms of Use.",
      ],
    ],
    [
      "fr",
      [
        "Le conseil a-t-il eu raison d'adopter ce budget ?",
        "Oui",
        "Non",
        "Vous pouvez vous désinscrire à tout moment",
      ],
    ],
    [
      "de",
      [
        "War es richtig, den Haushalt zu beschließen?",
        "Ja",
        "Nein",
        "Sie können sich jederzeit abmelden",
      ],
    ],
  ] as const)("removes a poll's question, options and small print (%s)", (lang, poll) => {
    const text = page(lang, [...poll]);
    const rules = rulesFor(text, [...poll]);
    for (const rule of rules) expect(rule).toBeDefined();
    expect(rules[0]).toBe("form/poll");
    expectAllProseKept(text, lang);
  });

  it("keeps an interview's questions: no form's small print under them", () => {
    const question = "Should the council have approved the budget?";
    const answer =
      "I think so. The plan is not perfect, but the city could not wait another year for new buses.";
    const body = cleanArticle(page("en", [question, answer])).body;
    expect(body).toContain(question);
    expect(body).toContain(answer);
  });
});

describe("captions and credits", () => {
  it.each([
    [
      "en",
      "The mayor speaks to reporters outside the town hall. Photograph: Jane Roe/Example Agency",
    ],
    ["de", "Der Bürgermeister spricht vor dem Rathaus mit Journalisten. Foto: Max Muster"],
    ["fr", "Le maire devant l'hôtel de ville, mardi. Crédit photo : AFP"],
  ] as const)(
    "removes a caption whose credit follows it after a photo word (%s)",
    (lang, caption) => {
      expect(rulesFor(page(lang, [caption]), [caption])[0]).toBe(
        "photo-credit/labelled-trailing-credit",
      );
    },
  );

  it.each([
    ["ru", "Здание городского совета - РИА Новости, 1920, 24.05.2021"],
    ["en", "Protesters outside the town hall - Reuters"],
    ["fr", "Des manifestants devant l'hôtel de ville - AFP"],
  ] as const)("removes a caption that ends with its agency after a dash (%s)", (lang, caption) => {
    expect(rulesFor(page(lang, [caption]), [caption])[0]).toBe("photo-credit/agency-after-dash");
  });

  it("keeps a paragraph signed off by its agency after a dash", () => {
    const signed = "The council will vote again in March, the mayor said. — AFP";
    expect(cleanArticle(page("en", [], "end") + `\n\n${signed}`).body).toContain(
      "The council will vote again in March, the mayor said.",
    );
  });

  it("removes a caption printed a second time without its credit", () => {
    const withCredit =
      "Der Bürgermeister spricht vor dem Rathaus mit Journalisten. Foto: Max Muster";
    const without = "Der Bürgermeister spricht vor dem Rathaus mit Journalisten.";
    const rules = rulesFor(page("de", [withCredit, without]), [withCredit, without]);
    expect(rules[1]).toBe("photo-credit/caption-printed-twice");
  });

  it.each([
    [
      "©, then the caption",
      "© Example Agency The mayor leaves the town hall after the vote on Tuesday evening",
    ],
    [
      "a photo label, then the caption",
      "Photo: Council staff count the ballots as the recount begins at the town hall on Tuesday",
    ],
    [
      "BBC-style labels",
      "Image copyright Example Agency Image caption The mayor has led the city since 2015",
    ],
    ["a French caption label", "Légende : le maire devant l'hôtel de ville, mardi soir"],
    ["a German caption label", "Bildunterschrift: Der Bürgermeister vor dem Rathaus"],
  ])("removes a caption in a credit-first layout: %s", (_, caption) => {
    const rule = rulesFor(page("en", [caption]), [caption])[0];
    expect(rule).toMatch(/^photo-credit\/(?:credit-first|caption-label)$/u);
  });

  it("does not take a paragraph that ends like a sentence for the caption above a credit", () => {
    const paragraph =
      "The housing secretary says the number of homes destroyed by the storm totals about 70,000.";
    const text = page("en", [paragraph, "JANE ROE/AFP/Getty Images"]);
    expect(cleanArticle(text).body).toContain(paragraph);
  });
});

describe("prompts to follow and to comment", () => {
  it.each([
    ["en", "Follow Example Sports' Jane Roe on Twitter @janeroe."],
    ["fr", "Suivez-nous sur Facebook"],
    ["de", "Folgen Sie uns auf Instagram"],
  ] as const)("removes a follow prompt (%s)", (lang, prompt) => {
    expect(rulesFor(page(lang, [prompt], "end"), [prompt])[0]).toBe("catalog/follow-prompt");
  });

  it.each([
    "What do you think of the new budget? Sound off below!",
    "Was halten Sie vom neuen Haushalt? Schreiben Sie es in die Kommentare!",
    "Que pensez-vous de ce budget ? Dites-le nous en commentaire.",
  ])("removes questions to the reader that end with a prompt to comment: %s", (prompt) => {
    expect(rulesFor(page("en", [prompt], "end"), [prompt])[0]).toBe("catalog/comments");
  });
});

describe("an embedded post's signature", () => {
  it("is neither a byline nor the end of a standfirst", () => {
    const text = [
      HEADLINES.en,
      ...PROSE.en.slice(0, 2),
      "This budget should be made public immediately.",
      "https://t.co/abc123 — Jane Roe (@janeroe) March 22, 2019",
      PROSE.en[2],
    ].join("\n\n");
    const record = cleanArticle(text);
    for (const paragraph of PROSE.en) expect(record.body).toContain(paragraph);
    expect(record.body).toContain("(@janeroe) March 22, 2019");
    expect(record.date).toBeNull();
  });
});

describe("look-alikes found on real pages that must stay", () => {
  it("keeps a transcript's speaker lines: capital labels the page repeats", () => {
    const transcript = [
      "HOST: So what happens to the buses if the budget fails?",
      "MAYOR: We would have to cut two lines, and nobody wants that.",
      "HOST: -- and the schools?",
      "MAYOR: The schools are protected in every version of the plan.",
    ];
    const body = cleanArticle(page("en", transcript)).body;
    for (const line of transcript) expect(body).toContain(line);
  });

  it("keeps a headline with a capital kicker at the top, in any language; the same line lower down is a teaser", () => {
    const kicked: [Lang, string][] = [
      ["en", "EXCLUSIVE: Council hid the true cost of the new budget"],
      ["en", "BREAKING: Council approves budget after all-night session"],
      ["de", "EXKLUSIV: Stadtrat verschweigt die wahren Kosten des Haushalts"],
      ["ru", "ЭКСКЛЮЗИВ: Городской совет скрыл реальную стоимость бюджета"],
    ];
    for (const [lang, headline] of kicked) {
      const text = [headline, ...PROSE[lang]].join("\n\n");
      const record = cleanArticle(text);
      expect(record.headline).toBe(headline);
      // What a second run sees: the headline alone at the top, then the body.
      expect(cleanArticle(`${record.headline}\n\n${record.body}`).headline).toBe(headline);
      // Inside the article, a capital label and a title is still a teaser.
      expect(cleanArticle(page(lang, [headline])).body).not.toContain(headline);
    }
  });

  it("keeps a speaker's initials in an interview: 'AP: ...', 'Q: ...'", () => {
    const line = "AP: And do you feel that the council listened to the opposition at all —";
    expect(cleanArticle(page("en", [line])).body).toContain(line);
  });

  it("keeps a question headline above a newsletter box: a poll has options", () => {
    const text = [
      "Is the new budget fair to schools?",
      "Sign Up",
      "You can unsubscribe at any time.",
      ...PROSE.en,
    ].join("\n\n");
    expect(cleanArticle(text).headline).toBe("Is the new budget fair to schools?");
  });

  it("keeps a reader's 'I agree, ...': a phrase followed by punctuation is the writer's own", () => {
    const line = "I agree, Sam, the council should have published the figures much earlier.";
    expect(cleanArticle(page("en", [line])).body).toContain(line);
  });
});

describe("more credits and widgets", () => {
  it.each([
    ["ru", "личный архив Анны Петровой"],
    ["ru", "Фото из личного архива"],
    ["fr", "Archives personnelles"],
    ["de", "Privatarchiv"],
    ["en", "Family handout"],
  ] as const)("removes a personal-archive credit (%s: %s)", (lang, credit) => {
    expect(rulesFor(page(lang, [credit]), [credit])[0]).toMatch(/^photo-credit\//u);
  });

  it("removes an agency's picture made for a client: '(Photo by X/Getty Images for Y)'", () => {
    const caption =
      "Jane Roe and Sam Poe pose for a photo on June 28, 2019 in Montecito, California. (Photo by Max Muster/Getty Images for Example Records)";
    expect(rulesFor(page("en", [caption]), [caption])[0]).toBe("photo-credit/trailing-credit");
  });

  it("cuts a 'Click To Tweet' button off the quote it follows", () => {
    const quote = "Every city budget is a statement of what the city values.";
    const body = cleanArticle(page("en", [`${quote}Click To Tweet`])).body;
    expect(body).toContain(quote);
    expect(body).not.toContain("Click To Tweet");
  });

  it.each([
    ["en", "If you enjoyed this article, we have a proposition for you: join our members' club."],
    ["fr", "Si vous avez aimé cet article, soutenez notre rédaction en vous abonnant."],
    ["de", "Wenn Ihnen dieser Artikel gefallen hat, unterstützen Sie unsere Arbeit."],
    ["en", "Si te ha gustado este artículo, apoya nuestro periodismo."],
  ] as const)("removes the appeal under an article (%s)", (lang, appeal) => {
    expect(rulesFor(page(lang, [appeal], "end"), [appeal])[0]).toBe("notice/subscribe");
  });

  it.each([
    ["en", "More on this topic"],
    ["de", "Weitere Beiträge zum Thema"],
    ["ru", "Другие материалы"],
  ] as const)("takes a related box's header without a colon (%s)", (lang, header) => {
    expect(rulesFor(page(lang, [header], "end"), [header])[0]).toBe("catalog/related");
  });
});

describe("the author's note at the end", () => {
  it.each([
    [
      "pt-style note with a footnote star",
      "*Jane Roe é jornalista e doutoranda em Estudos Linguísticos.",
    ],
    [
      "a contributor's note",
      "Contributor Sam Poe is a senior fellow at the Example Institute and the author of three books.",
    ],
    ["a German note", "Max Muster ist Redakteur im Ressort Politik."],
    ["a French note", "Jeanne Dupont est journaliste indépendante, spécialiste des collectivités."],
  ])("removes %s", (_, note) => {
    const text = page("en", [note], "end");
    expect(rulesFor(text, [note])[0]).toBe("bio/author-note");
    expectAllProseKept(text, "en");
  });

  it("removes an author box under its header", () => {
    const box = ["Über Max Muster", "Als Redakteur verantwortet Max Muster die Wirtschaftsseiten."];
    const rules = rulesFor(page("de", box, "end"), box);
    expect(rules).toEqual(["bio/author-box", "bio/author-box"]);
  });

  it("keeps the same sentence in the middle of a story: it is about a subject", () => {
    const line =
      "Jane Roe is a journalist who covered the council for twenty years before she retired.";
    expect(cleanArticle(page("en", [line])).body).toContain(line);
  });
});

describe("a page dump's card feed after the article", () => {
  const menu = [
    "* News",
    "* Sport",
    "* Business",
    "* Culture",
    "* Opinion",
    "* Video",
    "* Podcasts",
    "* Search",
  ];
  const card = (n: number) => [
    `Example Headline Number ${n} About The Regional Budget`,
    `by Writer ${n}`,
    `A summary of the other story number ${n}, which the feed prints under its title so that readers click through to it.`,
  ];
  it("ends the article at the anchor, however much text the feed holds", () => {
    const article = [...PROSE.en, ...PROSE.en.map((p) => p.replace("council", "assembly"))];
    const text = [
      ...menu,
      HEADLINES.en,
      ...article,
      "Related",
      ...[1, 2, 3, 4, 5, 6].flatMap(card),
      "* About us",
      "* Contact",
    ].join("\n");
    const body = cleanArticle(text).body;
    for (const paragraph of article) expect(body).toContain(paragraph);
    expect(body).not.toContain("A summary of the other story");
  });
});
