// Serves the built pane (dist/) on 127.0.0.1 and opens it in Debian's Chromium, with the
// office.js request answered by the double (or failed, to play offline).
import { existsSync, mkdirSync } from "fs";
import { createServer, Server } from "http";
import { AddressInfo } from "net";
import { join, resolve } from "path";
import { Browser, chromium, Page } from "playwright-core";
import type { OfficeDoubleConfig } from "../../../office-fake/browser/entry";
import { requestPath, sendFile } from "../../../office-fake/playground/static-files";

const root = resolve(__dirname, "../../..");
const dist = join(root, "dist");
export const OFFICE_DOUBLE = join(root, "artifacts/office-double.js");
export const screenshotDir = join(root, "artifacts/screenshots");
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface PaneBed {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** `chromiumArgs`: more of Chromium's switches (the bench's office.js server: bench/). */
export async function startPaneBed(chromiumArgs: string[] = []): Promise<PaneBed> {
  for (const needed of [join(dist, "taskpane.html"), OFFICE_DOUBLE]) {
    if (!existsSync(needed))
      throw new Error(`${needed} is missing: run "npm run build && npm run build:double" first`);
  }
  const server: Server = createServer((request, response) =>
    sendFile(dist, requestPath(request.url), response)
  );
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, ...chromiumArgs],
  });
  mkdirSync(screenshotDir, { recursive: true });
  return {
    url: `http://127.0.0.1:${port}/taskpane.html`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** Opens the pane at task-pane size; office.js is the double with this config, or fails (offline).
 * `served`: a server answers office.js's address (the bench's), so no request is intercepted. */
export async function openPane(
  bed: PaneBed,
  config: Partial<OfficeDoubleConfig> | "offline",
  { served = false } = {}
): Promise<Page> {
  const page = await bed.browser.newPage({ viewport: { width: 350, height: 700 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  (page as Page & { errors: string[] }).errors = errors;
  if (!served) await routeOfficeJs(page, bed, config);
  if (config !== "offline")
    await page.addInitScript((c) => (window.officeDoubleConfig = c as OfficeDoubleConfig), config);
  await page.goto(bed.url);
  return page;
}

async function routeOfficeJs(
  page: Page,
  bed: PaneBed,
  config: Partial<OfficeDoubleConfig> | "offline"
): Promise<void> {
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) {
      return config === "offline"
        ? route.abort("internetdisconnected")
        : route.fulfill({ path: OFFICE_DOUBLE, contentType: "text/javascript" });
    }
    // Nothing else may leave the machine: the pane needs only its own files.
    return url.startsWith(bed.url.replace("taskpane.html", ""))
      ? route.continue()
      : route.abort("blockedbyclient");
  });
}

const EXAMPLE_PLAN_WORDS = {
  th: { create: "สร้างแผ่นงานแผนมาตรการ", planInUse: 'แผนที่ใช้อยู่: แผ่นงาน "แผนมาตรการ ITA"' },
  en: { create: "Create the measure-plan sheet", planInUse: 'Plan in use: sheet "แผนมาตรการ ITA"' },
};

/** The pane on Microsoft 365 on the web, past the intro, with the template's example plan (11
 * measures, none started) made and in use: where the year's flows start. */
export async function paneWithExamplePlan(bed: PaneBed, language: "th" | "en"): Promise<Page> {
  const page = await openPane(bed, {
    host: "Excel",
    apiVersion: "1.18",
    displayLanguage: language === "th" ? "th-TH" : "en-US",
  });
  await page.evaluate(() => window.localStorage.setItem("ita-tracker.introSeen", "true"));
  await page.reload();
  const words = EXAMPLE_PLAN_WORDS[language];
  await page.getByRole("button", { name: words.create }).click();
  await page.getByText(words.planInUse).waitFor();
  return page;
}

export function pageErrors(page: Page): string[] {
  return (page as Page & { errors: string[] }).errors;
}

/** Picks a file as a user does: the button opens the browser's file chooser, which gets the file. */
export async function pickFile(
  page: Page,
  button: RegExp,
  file: { name: string; mimeType: string; buffer: Buffer }
): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: button }).click(),
  ]);
  await chooser.setFiles(file);
}
