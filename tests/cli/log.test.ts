import { describe, expect, it } from "vitest";
import { colorLevel } from "../../src/cli/log.js";

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe("colour", () => {
  it("is on for a terminal and off for a pipe by default", () => {
    expect(colorLevel("auto", tty, {})).toBe(1);
    expect(colorLevel("auto", pipe, {})).toBe(0);
    expect(colorLevel("auto", tty, { TERM: "dumb" })).toBe(0);
  });

  it("honours NO_COLOR (any non-empty value) over a terminal and over FORCE_COLOR", () => {
    expect(colorLevel("auto", tty, { NO_COLOR: "1" })).toBe(0);
    expect(colorLevel("auto", tty, { NO_COLOR: "1", FORCE_COLOR: "1" })).toBe(0);
    expect(colorLevel("auto", tty, { NO_COLOR: "" })).toBe(1);
  });

  it("honours FORCE_COLOR in a pipe, with its level, and FORCE_COLOR=0 on a terminal", () => {
    expect(colorLevel("auto", pipe, { FORCE_COLOR: "1" })).toBe(1);
    expect(colorLevel("auto", pipe, { FORCE_COLOR: "3" })).toBe(3);
    expect(colorLevel("auto", tty, { FORCE_COLOR: "0" })).toBe(0);
  });

  it("lets --color always/never win over the environment", () => {
    expect(colorLevel("never", tty, { FORCE_COLOR: "1" })).toBe(0);
    expect(colorLevel("always", pipe, { NO_COLOR: "1" })).toBe(1);
  });
});
