import { describe, expect, it } from "vitest";
import { emptyFindings } from "../../src/findings.js";
import { extractSource } from "../../src/meta/source.js";
import { normaliseSourceName, sourceFromUrl } from "../../src/meta/source-names.js";
import { resolveOptions } from "../../src/options.js";

describe("source names", () => {
  it("normalises agency and publisher spellings", () => {
    expect(normaliseSourceName("REUTERS")).toBe("Reuters");
    expect(normaliseSourceName("Sputnik International")).toBe("Sputnik");
    expect(normaliseSourceName("Agence France-Presse")).toBe("AFP");
    expect(normaliseSourceName("Some Local Paper")).toBe("Some Local Paper");
  });

  it("maps a URL to its publisher, else to the registrable domain", () => {
    expect(sourceFromUrl("https://www.bbc.co.uk/news/x")).toBe("BBC");
    expect(sourceFromUrl("https://news.example.co.uk/a/b")).toBe("example.co.uk");
    expect(sourceFromUrl("https://example.com/x", { "example.com": "Example News" })).toBe(
      "Example News",
    );
  });
});

describe("extractSource", () => {
  it("prefers the user's --source, then the source map, then the header, then the dateline", () => {
    const findings = { ...emptyFindings(), header: { url: "https://www.reuters.com/x" } };
    expect(extractSource(findings, resolveOptions({ source: "Mine" }))).toEqual({
      source: "Mine",
      from: "option",
    });
    expect(
      extractSource(
        findings,
        resolveOptions({
          path: "scrapes/tass/a.txt",
          sourceMap: [{ match: "scrapes/tass", source: "TASS" }],
        }),
      ),
    ).toEqual({ source: "TASS", from: "source-map" });
    expect(extractSource(findings, resolveOptions({}))).toEqual({ source: "Reuters", from: "url" });
    const withDateline = {
      ...emptyFindings(),
      sourceCandidates: [
        { name: "Sputnik", weight: 6, from: "dateline" as const, evidence: "TOKYO (Sputnik) -" },
      ],
    };
    expect(extractSource(withDateline, resolveOptions({}))).toEqual({
      source: "Sputnik",
      from: "dateline",
      evidence: "TOKYO (Sputnik) -",
    });
    expect(extractSource(emptyFindings(), resolveOptions({}))).toEqual({
      source: null,
      from: null,
    });
  });

  it("adds up the page's self-mentions: spellings of one publisher vote together", () => {
    const candidate = (name: string, weight: number, from: "byline" | "copyright" | "url") => ({
      name,
      weight,
      from,
      evidence: name,
    });
    const findings = {
      ...emptyFindings(),
      sourceCandidates: [
        candidate("Example Post", 3, "byline"),
        candidate("Agence France-Presse", 2, "copyright"),
        candidate("afp.com", 1, "url"),
        candidate("AFP", 1, "byline"),
      ],
    };
    // AFP's three spellings (4) outvote the single, stronger byline (3); the
    // strongest of AFP's own evidence names where it came from.
    expect(extractSource(findings, resolveOptions({}))).toMatchObject({
      source: "AFP",
      from: "copyright",
    });
  });

  it("names no source on a lone weak mention", () => {
    const findings = {
      ...emptyFindings(),
      sourceCandidates: [{ name: "example.org", weight: 1, from: "url" as const, evidence: "" }],
    };
    expect(extractSource(findings, resolveOptions({}))).toEqual({ source: null, from: null });
  });

  it("matches source-map globs", () => {
    const options = resolveOptions({
      path: "data/2019/tass-123.txt",
      sourceMap: [{ match: "**/tass-*.txt", source: "TASS" }],
    });
    expect(extractSource(emptyFindings(), options).source).toBe("TASS");
  });
});
