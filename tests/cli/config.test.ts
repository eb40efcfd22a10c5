import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean.js";
import { configJsonSchema, DEFAULT_CONFIG_FILE, loadConfig } from "../../src/cli/config.js";
import { UsageError } from "../../src/cli/usage.js";

/** Write `config` as the default config file of a fresh directory; return the directory. */
function dirWithConfig(config: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), "article-clean-config-"));
  writeFileSync(
    path.join(dir, DEFAULT_CONFIG_FILE),
    typeof config === "string" ? config : JSON.stringify(config),
  );
  return dir;
}

function errorOf(config: unknown): string {
  try {
    loadConfig(undefined, dirWithConfig(config));
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error("expected the config to be rejected");
}

describe("the config file", () => {
  it("is optional: no file, no extras", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "article-clean-config-"));
    expect(loadConfig(undefined, dir)).toEqual({ sourceMap: [] });
  });

  it("adds the user's phrases and patterns to the cleaner, with their kinds", () => {
    const config = loadConfig(
      undefined,
      dirWithConfig({
        phrases: { subscribe: ["Get the Daily Brief in your inbox"] },
        patterns: { widget: ["^Listen to this article \\(\\d+ min\\)$"] },
        dateOrder: "DMY",
        stripDateline: true,
      }),
    );
    expect(config.dateOrder).toBe("DMY");
    expect(config.stripDateline).toBe(true);
    const record = cleanArticle(
      "A title for the story here\n\nLONDON - The first paragraph of the story, long enough to read as prose.\n\nGet the Daily Brief in your inbox!\n\nListen to this article (4 min)",
      { catalog: config.catalog, explain: true },
    );
    expect(record.removed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "subscribe", rule: "catalog/user-phrase" }),
        expect.objectContaining({ kind: "widget", rule: "catalog/user-pattern" }),
      ]),
    );
    expect(record.body).not.toMatch(/Daily Brief|Listen to/);
  });

  it("names an unknown top-level key and suggests the right one", () => {
    expect(errorOf({ phrase: { share: ["x"] } })).toMatch(
      /unknown key "phrase" \(did you mean "phrases"\?\); allowed: phrases, patterns, sourceMap/,
    );
  });

  it("names an unknown kind inside phrases and lists the kinds", () => {
    const message = errorOf({ phrases: { captoin: ["x"] } });
    expect(message).toMatch(/unknown kind "captoin" in phrases \(did you mean "caption"\?\)/);
    expect(message).toMatch(/allowed: header, headline, kicker, deck, caption, credit/);
  });

  it("says which value has the wrong type, by its path", () => {
    expect(errorOf({ phrases: { share: "Share on Mastodon" } })).toMatch(
      /phrases\.share: Invalid input: expected array, received string/,
    );
    expect(errorOf({ dateOrder: "DDMMYY" })).toMatch(/dateOrder: /);
    expect(errorOf({ sourceMap: { "scrapes/tass/": 7 } })).toMatch(/sourceMap\.scrapes\/tass\/: /);
    expect(errorOf([])).toMatch(/config: Invalid input: expected object/);
  });

  it("rejects a regular expression that does not compile, quoting it", () => {
    expect(errorOf({ patterns: { ad: ["^Sponsored (by"] } })).toMatch(
      /patterns\.ad: invalid regular expression \/\^Sponsored \(by\/: /,
    );
  });

  it("rejects a pattern that matches every line", () => {
    expect(errorOf({ patterns: { nav: [".*"] } })).toMatch(
      /patterns\.nav: \/\.\*\/ matches the empty string, so it would remove every line/,
    );
  });

  it("rejects a phrase with no letters or digits", () => {
    expect(errorOf({ phrases: { widget: ["* * *"] } })).toMatch(/has no letters or digits/);
  });

  it("reports a file that is not JSON, with the parser's message", () => {
    expect(errorOf("{ phrases: [ }")).toMatch(/config is not valid JSON: /);
  });

  it("reads an explicit --config path instead of the default file", () => {
    const dir = dirWithConfig({ nonsense: true });
    const file = path.join(dir, "site.json");
    writeFileSync(file, JSON.stringify({ publishers: { "example.com": "Example News" } }));
    expect(loadConfig(file, dir).publishers).toEqual({ "example.com": "Example News" });
    expect(() => loadConfig(path.join(dir, "missing.json"), dir)).toThrow(
      /cannot read config: ENOENT/,
    );
  });

  it("has a JSON Schema that lists every key and forbids others", () => {
    const schema = configJsonSchema() as {
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties)).toEqual([
      "$schema",
      "phrases",
      "patterns",
      "sourceMap",
      "publishers",
      "dateOrder",
      "stripDateline",
    ]);
    expect(schema.additionalProperties).toBe(false);
  });

  it("accepts the README's example config, and its phrases and patterns cut what they say", () => {
    const readme = readFileSync(path.join(import.meta.dirname, "../../README.md"), "utf8");
    const example = /```json article-clean\.config\.json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example, "README has the example config").toBeDefined();
    const config = loadConfig(undefined, dirWithConfig(example as string));
    expect(config.dateOrder).toBe("DMY");
    const record = cleanArticle(
      [
        "MOSCOW, 31 May (TASS) - The talks lasted three hours, officials said on Friday.",
        "Listen to this article",
        "Subscribe to The Daily Planet for $5 a month",
        "Sponsored by Acme Widgets Ltd.",
        "Illustration: Jane Doe for the Guardian",
        "The ministers will meet again in June, a spokesman said.",
      ].join("\n\n"),
      { catalog: config.catalog, explain: true },
    );
    expect(record.removed?.map((r) => [r.kind, r.rule])).toEqual([
      ["widget", "catalog/user-phrase"],
      ["subscribe", "catalog/user-phrase"],
      ["ad", "catalog/user-pattern"],
      ["credit", "catalog/user-pattern"],
    ]);
    expect(record.body.split("\n\n")).toHaveLength(2);
  });
});
