// The pane's page before its script runs (issue 14): while office.js and the pane's script load it
// says only that it is opening; that Excel is too old only once the page has loaded and the pane
// never started (an engine that cannot run it).
import { readFileSync } from "fs";
import { JSDOM } from "jsdom";
import { join } from "path";

const html = readFileSync(join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const notice = readFileSync(join(__dirname, "../../src/taskpane/static-notice.js"), "utf8");
const NOTICE_TAG = '<script src="static-notice.js"></script>';

/** The page with its notice script run as the browser runs it (office.js, from Microsoft's CDN,
 * is not fetched). */
function page() {
  const served = html.replace(NOTICE_TAG, `<script>${notice}</script>`);
  return new JSDOM(served, { runScripts: "dangerously" }).window;
}

/** The too-old text is on the page and not hidden. */
function tooOldShown(window: JSDOM["window"]): boolean {
  const text = (window.document.body.textContent ?? "").includes("Excel รุ่นนี้");
  return text && !window.document.getElementById("static-too-old")?.hidden;
}

describe("the page before the pane starts", () => {
  it("has no inline script, which a Content-Security-Policy without 'unsafe-inline' blocks", () => {
    expect(html).toContain(NOTICE_TAG);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it("says only that it is opening while the scripts load, and that Excel is too old once loaded if the pane never started", () => {
    const window = page();
    expect(window.document.getElementById("static-notice")?.textContent).toContain("กำลังเปิด...");
    expect(tooOldShown(window)).toBe(false);
    window.dispatchEvent(new window.Event("load"));
    expect(tooOldShown(window)).toBe(true);
  });

  it("never says so when the pane started", () => {
    const window = page();
    window.document.getElementById("root")!.setAttribute("data-started", "");
    window.dispatchEvent(new window.Event("load"));
    expect(tooOldShown(window)).toBe(false);
  });
});
