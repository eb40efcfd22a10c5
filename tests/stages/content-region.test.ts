import { describe, expect, it } from "vitest";
import { DEFAULT_PIPELINE } from "../../src/pipeline.js";
import { bestRegion } from "../../src/scoring/region.js";
import { smooth } from "../../src/scoring/smoothing.js";
import { runStages } from "../helpers.js";

const P = (n: number) =>
  `Paragraph ${n} of the article explains what the council decided on Tuesday and why the decision matters to the people who live in the city.`;

describe("best region", () => {
  it("is the run of lines with the largest total score", () => {
    expect(bestRegion([-1, -1, 3, -0.3, 2, -1, -1])).toEqual({ start: 2, end: 5 });
    expect(bestRegion([-1, -2])).toBeUndefined();
  });
});

describe("context smoothing", () => {
  it("gives short lines between good ones the good class, between bad ones the bad class", () => {
    expect(smooth(["good", "short", "good", "bad", "short", "bad"])).toEqual([
      "good",
      "good",
      "good",
      "bad",
      "bad",
      "bad",
    ]);
    expect(smooth(["bad", "neargood", "good"])).toEqual(["bad", "good", "good"]);
  });
});

describe("content region on an article scrape", () => {
  it("cuts the related-links list after a 'More from' anchor at the end of the page", () => {
    const text = [
      "Council approves budget",
      P(1),
      P(2),
      P(3),
      "More from City News",
      "Mayor opens new library in the north",
      "2 hours ago",
      "Bus lanes to be extended next year",
      "5 hours ago",
    ].join("\n\n");
    const run = runStages(text, DEFAULT_PIPELINE);
    expect(run.kept).toEqual([P(1), P(2), P(3)]);
  });

  it("keeps a list that ends the article when no furniture label opens it", () => {
    const text = [
      "Three-bean chili",
      P(1),
      P(2),
      "1 cup kidney beans",
      "1 cup black beans",
      "2 cups tomatoes",
    ].join("\n\n");
    const run = runStages(text, DEFAULT_PIPELINE);
    expect(run.kept).toEqual([
      P(1),
      P(2),
      "1 cup kidney beans",
      "1 cup black beans",
      "2 cups tomatoes",
    ]);
  });

  it("keeps a subheading and a one-sentence paragraph inside the article", () => {
    const text = [
      "Council approves budget",
      P(1),
      "What comes next",
      P(2),
      "The vote was close.",
      P(3),
    ].join("\n\n");
    expect(runStages(text, DEFAULT_PIPELINE).kept).toEqual([
      P(1),
      "What comes next",
      P(2),
      "The vote was close.",
      P(3),
    ]);
  });
});

const DE = (n: number) =>
  `Absatz ${n} des Artikels erklärt, was der Stadtrat am Dienstag beschlossen hat und warum die Entscheidung für die Menschen in der Stadt wichtig ist.`;
const ES = (n: number) =>
  `El párrafo ${n} del artículo explica lo que el ayuntamiento decidió el martes y por qué la decisión es importante para los vecinos de la ciudad.`;
/** Link titles of a box (a most-read list, staff names, recent posts): short, not sentences. */
const PLACES = [
  "north",
  "south",
  "east",
  "west",
  "river",
  "harbour",
  "market",
  "station",
  "school",
  "park",
  "bridge",
];
const links = (title: (place: string) => string) => PLACES.map(title);

describe("a long box of links ends an article scrape, prose under it included", () => {
  // Under a long box of links sits the site's own prose: an appeal for
  // support (fact-checkers, non-profit newsrooms), an about-us paragraph
  // (local papers), an author's bio under a blog's recent posts.
  const cases: [string, string[], string, string[], string][] = [
    [
      "a local paper's most-read list, then its about-us paragraph",
      [P(1), P(2), P(3), P(4)],
      "Most Read",
      links((place) => `Flooding closes roads in the ${place} district`),
      "The Example Herald has reported on the valley since 1888 and is owned by a trust that puts every penny of its profits back into local journalism.",
    ],
    [
      "a blog's recent posts, then the author's bio",
      [P(1), P(2), P(3), P(4)],
      "Recent Posts",
      links((place) => `A walk through the ${place} quarter`),
      "About the author: she has written about city planning for ten years and lives with her family in a house at the edge of the town.",
    ],
    [
      "a German blog's recent posts, then the author's bio",
      [DE(1), DE(2), DE(3), DE(4)],
      "Neueste Beiträge",
      links((place) => `Spaziergang durch den Stadtteil ${place}`),
      "Über die Autorin: Sie schreibt seit zehn Jahren über Stadtplanung und lebt mit ihrer Familie in einem Haus am Rand der Stadt.",
    ],
    [
      "a Spanish newsroom's most-read list, then its appeal for support",
      [ES(1), ES(2), ES(3), ES(4)],
      "Lo más leído",
      links((place) => `Cortan las calles del barrio ${place}`),
      "Hacemos este trabajo cada día sin coste para ti, pero producirlo no es gratis, así que te pedimos que apoyes hoy a nuestra redacción independiente.",
    ],
  ];
  for (const [name, article, label, box, siteProse] of cases)
    it(name, () => {
      const text = ["Council approves budget", ...article, label, ...box, siteProse];
      expect(runStages(text.join("\n\n"), DEFAULT_PIPELINE).kept).toEqual(article);
    });

  it("keeps the article's prose under a short inline box", () => {
    const text = [
      "Council approves budget",
      P(1),
      P(2),
      "Related",
      ...links((p) => `Roads close in the ${p} district`).slice(0, 3),
      P(3),
      P(4),
    ];
    expect(runStages(text.join("\n\n"), DEFAULT_PIPELINE).kept).toEqual([P(1), P(2), P(3), P(4)]);
  });

  it("keeps the prose under a long box when it is much of the article", () => {
    const text = [
      "Council approves budget",
      P(1),
      P(2),
      "Most Read",
      ...links((p) => `Roads close in the ${p} district`),
      P(3),
      P(4),
    ];
    expect(runStages(text.join("\n\n"), DEFAULT_PIPELINE).kept).toEqual([P(1), P(2), P(3), P(4)]);
  });
});

describe("content region on a page dump", () => {
  it("keeps the article and drops menus, footers and the comment thread", () => {
    const menu = [
      "* Home",
      "* World",
      "* Business",
      "* Sport",
      "* Culture",
      "* Opinion",
      "* Video",
      "* Podcasts",
      "(BUTTON) Search",
    ];
    const text = [
      ...menu,
      "Council approves budget",
      P(1),
      P(2),
      P(3),
      "Comments",
      "I think the council got this wrong and the mayor should have listened to the people who live downtown more.",
      "Totally agree with you, this budget will not help anyone who takes the bus to work every day of the week.",
      "* Terms of Service",
      "* Privacy Policy",
    ].join("\n\n");
    const kept = runStages(text, DEFAULT_PIPELINE).kept;
    expect(kept).toEqual([P(1), P(2), P(3)]);
  });
});

describe("a dateline opens the article", () => {
  it("drops what stands above it, prose or not", () => {
    const text = [
      "Markets slip on trade worries",
      "The president looks on as he speaks to the media before departing from the White House lawn.",
      "Hong Kong (CNN Business) A muddled view of trade talks once again seems to be weighing on investors.",
      P(1),
    ].join("\n\n");
    const kept = runStages(text, DEFAULT_PIPELINE).kept;
    expect(kept[0]).toMatch(/^Hong Kong \(CNN Business\)/);
    expect(kept).toHaveLength(2);
  });
});

describe("line scoring in Korean", () => {
  it("scores Korean prose as article text, not as a line without stopwords", async () => {
    const { lineFeatures, classify } = await import("../../src/scoring/line-features.js");
    const { profileFor } = await import("../../src/language/profile.js");
    const { scanLine } = await import("../../src/text/facts.js");
    // Particles attach to words (정부는, 발표했다), so whitespace tokens are
    // almost never stopwords; density must read as unknown, not as zero.
    const line =
      "정부는 오늘 내년도 예산안을 발표했다. 이번 예산안은 복지와 교육 분야에 대한 지출을 크게 늘리는 내용을 담고 있으며 국회 심의를 거쳐 확정될 예정이다.";
    const facts = scanLine(line, profileFor("ko")) as Parameters<typeof lineFeatures>[0];
    expect(classify(lineFeatures(facts))).toBe("good");
  });
});
