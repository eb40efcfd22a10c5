import { describe, expect, it } from "vitest";
import { matchCredit, photoCredit } from "../../src/stages/photo-credit.js";
import { runStages } from "../helpers.js";

describe("photo credits", () => {
  it.each([
    "© AFP 2019 / ANDREY KOVALENKO",
    "© Sputnik / Ivan Petrov / Go to the photo bank",
    "Photo: Reuters",
    "Crédit photo : Jean Dupont / AFP",
    "Фото: РИА Новости",
    "Image copyright Getty Images",
    "David Harris/Getty Images",
    "REUTERS/Kim Kyung-Hoon",
    "Photo by Jane Doe on Unsplash",
    "(Photo by Dmitri Wang/Getty Images)",
    "Getty Images",
    "Credit: Kwame Rahman/Bloomberg",
  ])("recognises %s", (line) => {
    expect(matchCredit(line)).toBeDefined();
  });

  it.each([
    "The photographer said he had waited for hours.",
    "Imagen de archivo de un campo de trigo",
    "Reuters reported the deal on Monday, citing three sources familiar with the matter.",
  ])("does not take %s for a credit", (line) => {
    expect(matchCredit(line)).toBeUndefined();
  });

  it("takes the caption above and the teaser below a credit, and keeps the glued paragraph", () => {
    const run = runStages(
      [
        "A picture taken on December 12, 2016 shows the town of Kurilsk",
        "© AFP 2019 / ANDREY KOVALENKO",
        "Kremlin Rules Out Kurils Transfer to Japan, Says Experts Working on Peace Treaty",
        "On Thursday, the foreign and defence ministers held talks in the so-called 2+2 format.",
      ].join("\n"),
      [photoCredit],
    );
    expect(run.kinds).toEqual(["caption", "credit", "teaser", "keep"]);
  });

  it("removes a caption that carries its credit in brackets (AP style)", () => {
    const run = runStages(
      "Senators leave the chamber after a vote in Washington, Thursday, May 23, 2019. (AP Photo/J. Scott Applewhite)",
      [photoCredit],
    );
    expect(run.kinds).toEqual(["caption"]);
  });

  it("removes a caption credited to a member paper or a handout 'via' an agency", () => {
    const run = runStages(
      [
        "A shopper looks at extension cords at a hardware store, Tuesday, Nov. 19, 2019, in Grass Valley, Calif. (Elias Funez/The Union via AP)",
        "The family of the missing hiker shared this picture of him taken last summer. (Courtesy of the family via Reuters)",
        "The utility said the shutdown would last until Thursday, a decision first reported via AP.",
      ].join("\n\n"),
      [photoCredit],
    );
    expect(run.kinds).toEqual(["caption", "caption", "keep"]);
  });

  it("does not take a sentence below a credit for a teaser", () => {
    const run = runStages("© Reuters\nThe minister resigned on Friday after weeks of pressure.", [
      photoCredit,
    ]);
    expect(run.kinds).toEqual(["credit", "keep"]);
  });
});
