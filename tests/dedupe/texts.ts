/** Small articles written for these tests, and helpers to vary them. */

/** mulberry32: seeded, so a failing case fails the same way again. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  "The council",
  "A spokesman",
  "The minister",
  "Residents",
  "The company",
  "Police",
];
const VERBS = ["said", "announced", "denied", "confirmed", "warned", "reported"];
const OBJECTS = [
  "that the bridge would close for repairs in the spring",
  "a plan to build four hundred homes near the river",
  "that talks with the union had broken down on Monday",
  "record rainfall across the northern valleys this week",
  "that the museum will reopen after a two-year renovation",
  "new rules for electric scooters on city pavements",
  "a rise in ticket prices from the first of March",
  "that the harbour dredging had found a wartime wreck",
];

/** A made-up article of `paragraphs` paragraphs of three sentences, fixed by `seed`. */
export function article(seed: number, paragraphs = 8): string {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 3; s++) {
      const number = Math.floor(rand() * 1000);
      sentences.push(`${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}, about ${number} of them.`);
    }
    out.push(sentences.join(" "));
  }
  return out.join("\n\n");
}
