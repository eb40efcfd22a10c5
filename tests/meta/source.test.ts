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
      dateline: { line: 0, text: "", place: "TOKYO", agency: "Sputnik", dateText: null },
    };
    expect(extractSource(withDateline, resolveOptions({}))).toEqual({
      source: "Sputnik",
      from: "dateline",
    });
    expect(extractSource(emptyFindings(), resolveOptions({}))).toEqual({
      source: null,
      from: null,
    });
  });

  it("matches source-map globs", () => {
    const options = resolveOptions({
      path: "data/2019/tass-123.txt",
      sourceMap: [{ match: "**/tass-*.txt", source: "TASS" }],
    });
    expect(extractSource(emptyFindings(), options).source).toBe("TASS");
  });
});
