// The pane must open fast on an old office PC: its first JavaScript (the plan step; the other
// steps are chunks loaded when opened) stays within 150 KB gzipped.
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";

const BUDGET_BYTES = 150_000;

describe("the production bundle", () => {
  it("loads at most 150 KB of gzipped JavaScript for the task pane", () => {
    const html = readFileSync(join(__dirname, "../../dist/taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
      .map((m) => m[1])
      .filter((src) => !src.startsWith("http"));
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce(
      (sum, src) =>
        sum + gzipSync(readFileSync(join(__dirname, "../../dist", src)), { level: 9 }).length,
      0
    );
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("ships no IE-era polyfills", () => {
    const names = readdirSync(join(__dirname, "../../dist")).filter((name) => name.endsWith(".js"));
    for (const name of names) {
      // core-js's own modules, not lodash's "__core-js_shared__" feature check inside ExcelJS.
      expect(readFileSync(join(__dirname, "../../dist", name), "utf8")).not.toMatch(
        /core-js\/|regenerator-runtime|regeneratorRuntime|whatwg-fetch/
      );
    }
  });
});
