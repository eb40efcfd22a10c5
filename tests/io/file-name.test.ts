import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CommandLine } from "../../src/cli/raw-argv.js";
import { fsPathOf, spellBytes, spelledAsText, spellText, unspell } from "../../src/io/file-name.js";
import { outputKeyFor } from "../../src/io/out-dir.js";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((part) => (typeof part === "string" ? Buffer.from(part) : Buffer.from(part))),
  );

/** Names as Linux has them: any bytes but NUL and `/`. */
const nameBytes = fc
  .uint8Array({ minLength: 1, maxLength: 24 })
  .map((array) => Buffer.from(array.map((byte) => (byte === 0 || byte === 0x2f ? 0x41 : byte))));

describe("the spelling of file names", () => {
  it("leaves ordinary names as they are, Unicode included", () => {
    for (const name of ["a.txt", "Ünïcödé 東京 😀.txt", "a\\b.txt", "story[1].txt", "a b"])
      expect(spellText(name)).toBe(name);
  });

  it("writes invalid bytes, control characters and % as %XX", () => {
    expect(spellBytes(bytes("latin", [0xe9], ".txt"))).toBe("latin%E9.txt");
    expect(spellBytes(bytes("caf", [0xc3, 0xa9], "-", [0xff, 0xfe]))).toBe("café-%FF%FE");
    // A truncated sequence and an encoded surrogate are bytes, not characters.
    expect(spellBytes(bytes("a", [0xe2, 0x82]))).toBe("a%E2%82");
    expect(spellBytes(bytes([0xed, 0xa0, 0x80]))).toBe("%ED%A0%80");
    expect(spellBytes(bytes([0xc0, 0xaf]))).toBe("%C0%AF");
    expect(spellText("evil\nname\t.txt")).toBe("evil%0Aname%09.txt");
    expect(spellText("100%.txt")).toBe("100%25.txt");
    expect(spellText("a%E9.txt")).toBe("a%25E9.txt");
  });

  it("is reversible: decoding the spelling gives the name's bytes back, for any name", () => {
    fc.assert(
      fc.property(nameBytes, (name) => {
        const spelled = spellBytes(name);
        expect(unspell(spelled).equals(name)).toBe(true);
        // One line, valid text: safe in a message, a JSON string, `jq -r`.
        // biome-ignore lint/suspicious/noControlCharactersInRegex: checking for control characters
        expect(spelled).not.toMatch(/[\u0000-\u001f\u007f\uFFFD]/);
        const file = fsPathOf(spelled);
        expect(Buffer.isBuffer(file) ? file.equals(name) : Buffer.from(file).equals(name)).toBe(
          true,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("is injective: two names never share a spelling", () => {
    fc.assert(
      fc.property(nameBytes, nameBytes, (a, b) => {
        fc.pre(!a.equals(b));
        expect(spellBytes(a)).not.toBe(spellBytes(b));
      }),
      { numRuns: 2000 },
    );
  });

  it("is matched by globs as text", () => {
    expect(spelledAsText("100%25 caf%C3%A9.txt")).toBe("100% café.txt");
    expect(spelledAsText("plain.txt")).toBe("plain.txt");
  });
});

describe("output file names", () => {
  it("are the spelled relative path, with \\ as %5C: one file, never a folder", () => {
    expect(outputKeyFor("a\\b.txt")).toBe("a%5Cb.txt.json");
    expect(outputKeyFor(spellBytes(bytes("d/latin", [0xe9], ".txt")))).toBe("d/latin%E9.txt.json");
    // Reversible: decoding the name (less .json) gives the relative path back.
    const rel = bytes("x\\", [0xff], "%.txt");
    const key = outputKeyFor(spellBytes(rel));
    expect(unspell(key.slice(0, -".json".length)).equals(rel)).toBe(true);
  });
});

describe("the command line's bytes", () => {
  /** What the kernel's /proc/self/cmdline holds for node, an option, the script and `args`. */
  const cmdline = (...args: Buffer[]) =>
    Buffer.concat(
      [
        Buffer.from("node"),
        Buffer.from("--max-old-space-size=100"),
        Buffer.from("bin.js"),
        ...args,
      ].map((part) => Buffer.concat([part, Buffer.from([0])])),
    );

  it("gives back the bytes of an argument that is not UTF-8, spelled for commander", () => {
    const latin = bytes("latin", [0xe9], ".txt");
    const argv = ["node", "bin.js", latin.toString(), "ok.txt", "-o", "out"];
    const line = CommandLine.of(argv, cmdline(latin, ...argv.slice(3).map((a) => Buffer.from(a))));
    expect(line.argv).toEqual(["node", "bin.js", "latin%E9.txt", "ok.txt", "-o", "out"]);
    expect(line.inputArg("latin%E9.txt")).toEqual(latin);
    expect(line.inputArg("ok.txt")).toBe("ok.txt");
    expect(() => line.textOnly("-o", "latin%E9.txt")).toThrow(/not UTF-8/);
  });

  it("keeps Node's argv when the kernel's list does not match it", () => {
    const argv = ["node", "bin.js", "a.txt"];
    const line = CommandLine.of(argv, cmdline(Buffer.from("other.txt")));
    expect(line.argv).toEqual(argv);
    expect(CommandLine.of(argv, undefined).argv).toEqual(argv);
  });
});
