import { describe, expect, it } from "vitest";
import { catalogPhrases } from "../../src/stages/catalog-phrases.js";
import { headline } from "../../src/stages/headline.js";
import { duplicateLines, layoutJunk, layoutShape } from "../../src/stages/layout-junk.js";
import { linkList } from "../../src/stages/link-list.js";
import { siteNotice } from "../../src/stages/site-notice.js";
import { staffCredit } from "../../src/stages/staff-credit.js";
import { runStages } from "../helpers.js";

describe("site notices (topic + the site's voice)", () => {
  it.each([
    "We use cookies to give you the best experience on our website.",
    "Nous utilisons des cookies pour améliorer votre expérience sur notre site.",
    "Este sitio web utiliza cookies para mejorar su experiencia.",
    "Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie zu.",
    "Мы используем файлы cookie, чтобы сайт работал лучше.",
    "Get the latest updates right in your inbox. Subscribe to our newsletters.",
    "This site is protected by reCAPTCHA and the Google Privacy Policy applies.",
    "CLICK HERE TO GET THE FOX NEWS APP",
  ])("removes %s", (line) => {
    expect(runStages(line, [siteNotice]).kinds[0]).not.toBe("keep");
  });

  it.each([
    "The EU requires websites to ask before they store cookies, a rule that critics call ineffective.",
    "Readers must accept cookies to read the site, the regulator said on Monday.",
    'One editor said the campaign urging people to "Sign up for our newsletter" had doubled sign-ups.',
  ])("keeps the article sentence %s", (line) => {
    expect(runStages(line, [siteNotice]).kinds).toEqual(["keep"]);
  });
});

describe("layout leftovers", () => {
  const lead =
    "The company said on Tuesday that sales fell in the third quarter, citing weaker demand in Europe.";

  it.each([
    "Image 1 of 9",
    "Photo 3/12",
    "Slide 2 of 10",
    "Bild 2 von 5",
    "Foto 4 de 7",
    "Фото 1 из 9",
  ])("removes the gallery counter %s", (counter) => {
    const run = runStages([lead, counter].join("\n\n"), [layoutShape, layoutJunk, duplicateLines]);
    expect(run.report.verdict(1)?.rule).toBe("layout/gallery-counter");
  });

  it("keeps a sentence that counts photos", () => {
    const run = runStages([lead, "Photo 3 of 12 shows the minister arriving."].join("\n\n"), [
      layoutJunk,
    ]);
    expect(run.kinds).toEqual(["keep", "keep"]);
  });

  it("removes pagers, a line printed twice, the headline repeated and long capitals links", () => {
    const text = [
      "Sales fall at the company",
      lead,
      "1",
      "/",
      "A caption printed twice by the slideshow widget",
      "A caption printed twice by the slideshow widget",
      "SALES FALL AT RIVAL AS DEMAND SLUMPS IN EUROPE AND ASIA",
      "US FALLS",
      "Sales fall at the company",
    ].join("\n\n");
    const run = runStages(text, [layoutShape, headline, layoutJunk, duplicateLines]);
    expect(run.kinds).toEqual([
      "headline",
      "keep",
      "widget",
      "widget",
      "keep",
      "repeated",
      "teaser",
      "keep",
      "teaser",
    ]);
  });
});

describe("link lists", () => {
  it("removes the short lines under a link-box label, up to the next sentence", () => {
    const text = [
      "The minister resigned on Friday after weeks of pressure from her own party.",
      "More:",
      "Afghan politician sees talks as only hope",
      "China invites officials for two-day talks",
      "The resignation takes effect next month, a spokesman said.",
    ].join("\n\n");
    expect(runStages(text, [catalogPhrases, linkList]).kinds).toEqual([
      "keep",
      "related",
      "related",
      "related",
      "keep",
    ]);
  });

  it("keeps a single subheading after a widget label", () => {
    const text = [
      "Advertisement",
      "What comes next",
      "The resignation takes effect next month, a spokesman said.",
    ].join("\n\n");
    expect(runStages(text, [catalogPhrases, linkList]).kinds).toEqual(["ad", "keep", "keep"]);
  });
});

describe("staff credits, bios and contacts", () => {
  it.each([
    "Phil Helsel is a reporter for NBC News.",
    "jane.roe@example-news.com",
    "twitter.com/janeroe",
    "(Reporting by Jane Doe; Editing by John Roe)",
  ])("removes %s", (line) => {
    expect(runStages(line, [staffCredit]).kinds).toEqual(["byline"]);
  });
});

describe("UI strings in wordings no catalogue lists whole", () => {
  it.each([
    "Thank you! Your message has been sent.",
    "Thanks! Your submission has been received.",
    "Danke! Ihre Nachricht wurde versendet.",
    "Grazie! Il tuo messaggio è stato inviato.",
    "Спасибо! Ваше сообщение отправлено.",
    "Oops! Something went wrong while submitting the form.",
    "Une erreur est survenue, veuillez réessayer plus tard.",
    "Click to share on Facebook (Opens in new window)",
  ])("removes %s", (line) => {
    const lead =
      "The minister said on Friday that the negotiations would resume next week after a new timetable was agreed.";
    expect(runStages(`${lead}\n\n${line}`, [catalogPhrases, siteNotice]).kinds[1]).not.toBe("keep");
  });

  it.each([
    "His request was received by the court last week.",
    "An error in the software forced users to try again later.",
  ])("keeps the news sentence %s", (line) => {
    expect(runStages(line, [catalogPhrases, siteNotice]).kinds).toEqual(["keep"]);
  });
});
