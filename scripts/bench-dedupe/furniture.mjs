// Page furniture written for the dedupe benchmark (made up, not taken from
// any page): the header, widgets, captions and footer a syndicating outlet
// wraps around someone else's article.
import { pick } from "./corpus.mjs";

export const OUTLETS = [
  { name: "The Valley Courier", domain: "valleycourier.example" },
  { name: "Northern Herald", domain: "northernherald.example" },
  { name: "Coastline Daily", domain: "coastlinedaily.example" },
  { name: "Metro Ledger", domain: "metroledger.example" },
  { name: "Lakeside Times", domain: "lakesidetimes.example" },
  { name: "The Prairie Post", domain: "prairiepost.example" },
];

const WIDGETS = [
  "Share this article",
  "Share on Facebook",
  "Tweet",
  "Email",
  "Advertisement",
  "Subscribe to our newsletter",
  "Sign up for our morning briefing",
  "Follow us on Twitter",
  "Most read",
  "Print this page",
];
const CAPTIONS = [
  "Protesters gather outside the building on Monday.",
  "The site seen from the air earlier this week.",
  "Officials speak to reporters after the meeting.",
  "A file photo of the main square.",
];
const CREDITS = ["Photo: Reuters", "(AP Photo/Staff)", "© AFP 2019 / Staff", "Getty Images"];

/**
 * `text` as `outlet` would print it: its own header (one of three styles),
 * a caption and credit and a teaser between paragraphs, widgets, a footer.
 */
export function furnished(rand, text, title, outlet, otherTitle) {
  const paragraphs = text.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/);
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 60);
  const header = pick(rand, [
    `Title: ${title} | ${outlet.name}\nURL: https://www.${outlet.domain}/news/${slug}\nDate: 2019-06-0${1 + Math.floor(rand() * 9)}`,
    ` date 2019-06-0${1 + Math.floor(rand() * 9)} Register`,
    `${outlet.name}\nHome | News | World | Sport`,
  ]);
  const inserts = [
    `${pick(rand, CAPTIONS)}\n${pick(rand, CREDITS)}`,
    `READ MORE: ${otherTitle}`,
    pick(rand, WIDGETS),
  ];
  for (const insert of inserts) {
    const at = 1 + Math.floor(rand() * Math.max(1, paragraphs.length - 1));
    paragraphs.splice(at, 0, insert);
  }
  const footer = [
    pick(rand, WIDGETS),
    `More from ${outlet.name}`,
    `${1 + Math.floor(rand() * 40)} comments`,
    `© 2019 ${outlet.name}. All rights reserved.`,
  ].join("\n");
  return `${header}\n\n${paragraphs.join("\n\n")}\n\n${footer}\n`;
}
