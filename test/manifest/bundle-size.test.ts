// The pane must open fast on an old office PC: its first JavaScript (the plan step; the other
// steps are chunks loaded when opened) stays within 150 KB gzipped.
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";

const BUDGET_BYTES = 150_000;
const dist = join(__dirname, "../../dist");

// Text from the fake Excel, the office.js double and the playground, which the product must never
// carry: each survives minification, as the playground's own production bundle shows.
const NOT_PRODUCT = [
  "Injected failure at operation", // office-fake/excel/host.ts
  "The fake does not calculate formulas", // office-fake/excel/range.ts
  "is not the add-in's", // office-fake/office/office-double.ts
  "office.js double", // office-fake/office/document-file.ts
  "สนามทดลอง ITA", // office-fake/playground/messages.ts
];

describe("the production bundle", () => {
  it("loads at most 150 KB of gzipped JavaScript for the task pane", () => {
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
      .map((m) => m[1])
      .filter((src) => !src.startsWith("http"));
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce(
      (sum, src) => sum + gzipSync(readFileSync(join(dist, src)), { level: 9 }).length,
      0
    );
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("ships no IE-era polyfills", () => {
    const names = readdirSync(dist).filter((name) => name.endsWith(".js"));
    for (const name of names) {
      // core-js's own modules, not lodash's "__core-js_shared__" feature check inside ExcelJS.
      expect(readFileSync(join(dist, name), "utf8")).not.toMatch(
        /core-js\/|regenerator-runtime|regeneratorRuntime|whatwg-fetch/
      );
    }
  });

  it("carries none of the fake Excel, the office.js double or the playground", () => {
    const bundles = join(__dirname, "../../artifacts/playground");
    const playground = ["pane-office.js", "view.js"]
      .map((name) => readFileSync(join(bundles, name), "utf8"))
      .join("\n");
    for (const text of NOT_PRODUCT)
      expect(`${text}: ${playground.includes(text)}`).toBe(`${text}: true`);
    for (const name of readdirSync(dist).filter((file) => file.endsWith(".js"))) {
      const code = readFileSync(join(dist, name), "utf8");
      for (const text of NOT_PRODUCT)
        expect(`${name}: ${code.includes(text)}`).toBe(`${name}: false`);
    }
  });
});
