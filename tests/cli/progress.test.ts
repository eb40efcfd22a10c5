import { Writable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { createLogger, isInteractive } from "../../src/cli/log.js";
import { ProgressDisplay } from "../../src/cli/progress.js";
import { RunSummary } from "../../src/run/summary.js";

/** A stand-in for a terminal: isTTY, a width, and everything written to it. */
function fakeTerminal(columns = 80) {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    }),
    { isTTY: true, columns },
  );
  return { stream, text: () => chunks.join("") };
}

function summaryOf(written: number, failed = 0): RunSummary {
  const summary = new RunSummary();
  for (let i = 0; i < written; i++)
    summary.add({
      status: "ok",
      path: `a/${i}.txt`,
      json: "{}",
      removed: { caption: 2, credit: 1 },
      warnings: [],
    });
  for (let i = 0; i < failed; i++) summary.fail("empty file, skipped");
  return summary;
}

const plain = new Chalk({ level: 0 });
const ESC = String.fromCharCode(27);
/** Any terminal control sequence: colour, cursor moves, clearing. */
const CONTROL = new RegExp(`${ESC}\\[[0-9;]*[A-Za-z]`);

describe("the progress display", () => {
  it("shows nothing for a run that ends before the delay", async () => {
    const terminal = fakeTerminal();
    const display = new ProgressDisplay({ stream: terminal.stream, chalk: plain, delayMs: 200 });
    display.progress(summaryOf(3));
    display.finish();
    await sleep(300);
    expect(terminal.text()).toBe("");
  });

  it("counts files until discovery is done, then shows a bar with done/total", async () => {
    const terminal = fakeTerminal();
    const display = new ProgressDisplay({
      stream: terminal.stream,
      chalk: plain,
      delayMs: 0,
      fps: 50,
    });
    display.progress(summaryOf(1));
    await sleep(100);
    expect(terminal.text()).toMatch(/1 file · [\d.]+s \(total not known yet\)/);
    display.discoveryDone(8);
    display.progress(summaryOf(4));
    await sleep(600);
    display.progress(summaryOf(6));
    await sleep(100);
    const shown = terminal.text();
    expect(shown).toMatch(/█+░+ 6\/8 75% · [\d.]+ files\/s · ETA [\d.]+s/);
    display.finish();
    expect(display.visible).toBe(false);
    // Cleared, not left behind: the cursor goes back to the bar's line and clears below.
    expect(terminal.text().slice(shown.length)).toContain(`${ESC}[1G${ESC}[0J`);
  });

  it("never draws wider than the terminal", async () => {
    const terminal = fakeTerminal(50);
    const display = new ProgressDisplay({ stream: terminal.stream, chalk: plain, delayMs: 0 });
    display.discoveryDone(1000);
    display.progress(summaryOf(500));
    await sleep(150);
    display.finish();
    const drawn = terminal
      .text()
      .split(new RegExp(CONTROL, "g"))
      .filter((piece) => piece.includes("/1,000"));
    expect(drawn.length).toBeGreaterThan(0);
    for (const line of drawn) expect(line.length).toBeLessThan(50);
  });

  it("wipes the bar before a log line, so warnings never run into it", async () => {
    const terminal = fakeTerminal();
    const display = new ProgressDisplay({ stream: terminal.stream, chalk: plain, delayMs: 0 });
    const logger = createLogger({
      quiet: false,
      color: "never",
      stream: terminal.stream,
      beforeWrite: () => display.beforeWrite(),
    });
    display.progress(summaryOf(2));
    await sleep(150);
    logger.error("a/bad.txt", "binary file, skipped");
    display.finish();
    const text = terminal.text();
    const line = "article-clean: a/bad.txt: binary file, skipped\n";
    // The bar's line is cleared (cursor to column 1, erase line) right before the log line.
    expect(text).toContain(`${ESC}[1G${ESC}[2K${line}`);
    expect(text.slice(0, text.indexOf(line))).toMatch(/2 files/);
  });

  it("draws no bar when told not to (records on the same terminal)", async () => {
    const terminal = fakeTerminal();
    const display = new ProgressDisplay({
      stream: terminal.stream,
      chalk: plain,
      delayMs: 0,
      bar: false,
    });
    display.progress(summaryOf(2));
    await sleep(150);
    display.summary(summaryOf(2));
    expect(terminal.text()).toMatch(/^article-clean: 2 inputs in /);
  });

  it("ends with the multi-line summary, after clearing the bar", async () => {
    const terminal = fakeTerminal();
    const display = new ProgressDisplay({ stream: terminal.stream, chalk: plain, delayMs: 0 });
    const summary = summaryOf(3, 2);
    display.progress(summary);
    await sleep(150);
    display.summary(summary, "interrupted by SIGINT");
    const text = terminal.text();
    const summaryAt = text.indexOf("article-clean: interrupted by SIGINT; 5 inputs in ");
    expect(summaryAt).toBeGreaterThan(text.lastIndexOf(`${ESC}[0J`));
    expect(text.slice(summaryAt)).toMatch(
      /written +3 +records\n +failed +2 +skipped or unreadable:\n +2 +empty file, skipped\n +lines removed +9 +6 caption, 3 credit\n$/,
    );
  });
});

describe("who gets the bar", () => {
  it("is a terminal, not --quiet, and not TERM=dumb", () => {
    expect(isInteractive({ isTTY: true }, false, {})).toBe(true);
    expect(isInteractive({ isTTY: false }, false, {})).toBe(false);
    expect(isInteractive({}, false, {})).toBe(false);
    expect(isInteractive({ isTTY: true }, true, {})).toBe(false);
    expect(isInteractive({ isTTY: true }, false, { TERM: "dumb" })).toBe(false);
    // NO_COLOR takes the colour away, not the bar.
    expect(isInteractive({ isTTY: true }, false, { NO_COLOR: "1" })).toBe(true);
  });
});
