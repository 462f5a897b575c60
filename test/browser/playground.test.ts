// The playground as a newcomer uses it: served on 127.0.0.1 with the example plan, the pane in its
// frame beside the sheet view, from the template to the report and its download.
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { Browser, chromium, Page } from "playwright-core";
import { emptySeed, loadSeed, WorkbookSeed } from "../../office-fake/playground/workbook-seed";
import { missingBuild, Playground, startPlayground } from "../../office-fake/playground/server";
import { CHROMIUM_ARGS, screenshotDir } from "./support/pane-browser";
import { pastedSeedTables, SEEDS } from "../support/seed-paste";
import { scratchDirectory, writeWorkbook } from "../support/xlsx-fixtures";

const PANE = 'iframe[title="บานหน้าต่าง ITA"]';
let browser: Browser;

beforeAll(async () => {
  const missing = missingBuild();
  if (missing.length > 0)
    throw new Error(
      `${missing.join(", ")} missing: run "npm run build && npm run build:playground"`
    );
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
});

/** Serves the playground with the seed of `file` (the example plan without one), opens it in a
 * browser, runs `use`, then checks that nothing left 127.0.0.1 and nothing failed in the page. */
async function inPlayground(
  file: string | undefined | WorkbookSeed,
  query: string,
  use: (page: Page) => Promise<void>
): Promise<void> {
  const seed = typeof file === "object" ? file : await loadSeed(file);
  const playground: Playground = await startPlayground(seed, 0);
  const page = await browser.newPage({
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
  // Requests for anything not on the playground's own address; uncaught errors and
  // Content-Security-Policy refusals.
  const outside: string[] = [];
  const problems: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith(playground.url) && !/^(blob|data):/.test(request.url()))
      outside.push(request.url());
  });
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (entry) => {
    if (/Content.Security.Policy/i.test(entry.text())) problems.push(entry.text());
  });
  try {
    await page.goto(`${playground.url}${query}`);
    await use(page);
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await page.close();
    await playground.close();
  }
}

const shoot = (page: Page, name: string) =>
  page.screenshot({ path: join(screenshotDir, `${name}.png`) });

describe("the playground", () => {
  it("runs the pane on the example plan from the template to the report, the sheet view following", async () => {
    await inPlayground(undefined, "", async (page) => {
      const pane = page.frameLocator(PANE);
      const tabs = page.getByRole("tablist", { name: "แผ่นงาน" });
      await page.getByText("สนามทดลอง ITA: ไม่ใช่ Excel จริง").waitFor();
      await page.getByText("เริ่มจาก: แผนตัวอย่าง", { exact: false }).waitFor();
      // The example plan is open on its plan sheet, its ticks read from the file.
      await expect(tabs.getByRole("tab", { selected: true }).innerText()).resolves.toBe(
        "แผนมาตรการ ITA"
      );
      await page.getByRole("grid", { name: "แผนมาตรการ ITA" }).waitFor();
      // The pane knows the example's plan as it would in Excel: by the file's plan table.
      await pane.getByTestId("plan-known").getByText('แผนที่ใช้อยู่: แผ่นงาน "แผนมาตรการ ITA"').waitFor();
      await shoot(page, "playground-example-th");

      await pane.getByRole("button", { name: "สร้างแผ่นงานแผนมาตรการ" }).click();
      const created = pane.getByText(/^สร้างแผ่นงาน "(.+)" แล้ว/);
      await created.waitFor();
      // The new sheet's name from the pane's message: the sheet view may not have switched to it
      // yet (reading the selected tab first raced with it under load, and named the old sheet).
      const planSheet = /^สร้างแผ่นงาน "(.+)" แล้ว/.exec(await created.innerText())![1];
      await tabs.getByRole("tab", { name: planSheet, selected: true }).waitFor();
      const grid = page.getByRole("grid", { name: planSheet });
      await grid.waitFor();
      // The pane checks the new sheet, the plan it then follows.
      await pane.getByRole("button", { name: "ตรวจแผนในแผ่นงานนี้" }).click();
      await pane.getByText(`แผ่นงาน "${planSheet}" หัวตารางแถวที่ 1`, { exact: false }).waitFor();
      // Ticked in the sheet view as a user ticks in Excel: the pane's progress follows.
      await grid.getByRole("checkbox", { name: `${planSheet}!H2` }).check();
      await grid.getByRole("checkbox", { name: `${planSheet}!G3` }).check();
      await pane.getByRole("tab", { name: "ติดตาม", exact: true }).click();
      await pane.getByText("ดำเนินการแล้วเสร็จ 9%", { exact: false }).waitFor();
      await expect(
        grid.getByRole("checkbox", { name: `${planSheet}!F2` }).isChecked()
      ).resolves.toBe(false);

      await pane.getByRole("tab", { name: "รายงาน", exact: true }).click();
      await pane.getByRole("button", { name: "สร้างรายงาน", exact: true }).click();
      const made = pane.getByText(/^สร้างแผ่นงาน "รายงาน .+" แล้ว/);
      await made.waitFor();
      const reportSheet = /"(.+)"/.exec(await made.innerText())![1];

      // The view shows the report sheet the pane made and activated, with its title and charts.
      // The view redraws on its next look at the workbook (every 250 ms).
      await tabs.getByRole("tab", { selected: true, name: reportSheet, exact: true }).waitFor();
      const report = page.getByRole("grid", { name: reportSheet });
      await report
        .getByText("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน")
        .waitFor();
      // The charts are on the report's summary sheet, where the table's header does not repeat.
      const summarySheet = `สรุป${reportSheet}`;
      await tabs.getByRole("tab", { name: summarySheet }).click();
      await page.getByRole("grid", { name: summarySheet }).waitFor();
      const charts = await page.getByTestId("chart-titles").getByRole("listitem").allInnerTexts();
      expect(charts.length).toBeGreaterThan(0);
      expect(charts.every((title) => !title.startsWith("แผนภูมิไม่มีชื่อ"))).toBe(true);
      await shoot(page, "playground-report-th");

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        pane
          .getByRole("tab", { name: "ส่งออก" })
          .click()
          .then(() =>
            pane.getByRole("button", { name: "ดาวน์โหลดสมุดงานที่มีเฉพาะรายงาน (.xlsx)" }).click()
          ),
      ]);
      expect(download.suggestedFilename()).toBe(`${reportSheet}.xlsx`);
      const workbook = await JSZip.loadAsync(readFileSync(await download.path()));
      const book = await workbook.file("xl/workbook.xml")!.async("string");
      expect([...book.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([
        reportSheet,
        summarySheet,
      ]);
    });
  }, 60_000);

  it("opens an .xlsx given on the command line, in English, on its plan sheet, and takes typed edits", async () => {
    const file = join(scratchDirectory(), "ayutthaya.xlsx");
    await writeWorkbook(file, [
      { name: "Notes", rows: [["ร่างแผนจากไฟล์ PDF"]] },
      { name: "วางจาก PDF", rows: pastedSeedTables(SEEDS.ayutthaya)[0] },
    ]);
    await inPlayground(file, "?lang=en", async (page) => {
      const pane = page.frameLocator('iframe[title="ITA pane"]');
      await page.getByText("ITA playground: no real Excel").waitFor();
      await page.getByText("Started from: ayutthaya.xlsx").waitFor();
      const tabs = page.getByRole("tablist", { name: "Sheets" });
      await expect(tabs.getByRole("tab", { selected: true }).innerText()).resolves.toBe(
        "วางจาก PDF"
      );
      await pane.getByRole("button", { name: "Check the plan on this sheet" }).click();
      await pane.getByText(/^Sheet "วางจาก PDF", header in row \d+/).waitFor();

      // A value typed into the cell box is the local user's edit in the fake Excel.
      await tabs.getByRole("tab", { name: "Notes" }).click();
      const notes = page.getByRole("grid", { name: "Notes" });
      await notes.getByText("ร่างแผนจากไฟล์ PDF").click();
      await page.getByRole("textbox", { name: /^Cell A1/ }).fill("ทบทวนแล้ว");
      await page.getByRole("textbox", { name: /^Cell A1/ }).press("Enter");
      await notes.getByText("ทบทวนแล้ว").waitFor();
      const typed = await page.evaluate(() => {
        const frame = document.querySelector("iframe")!.contentWindow as Window;
        return frame.fakeExcel.read("Notes", "A1");
      });
      expect(typed).toEqual([["ทบทวนแล้ว"]]);
      await shoot(page, "playground-file-en");
    });
  }, 60_000);

  it("starts from an empty workbook with --empty, as a new user making a plan from nothing", async () => {
    await inPlayground(emptySeed(), "", async (page) => {
      const pane = page.frameLocator(PANE);
      await page.getByText("เริ่มจาก: สมุดงานเปล่า").waitFor();
      const tabs = page.getByRole("tablist", { name: "แผ่นงาน" });
      await expect(tabs.getByRole("tab").allInnerTexts()).resolves.toEqual(["Sheet1"]);
      await page.getByText("แผ่นงานนี้ว่าง").waitFor();
      // No plan yet: the pane says so and offers the template.
      await pane.getByText("ยังไม่พบแผนในสมุดงานนี้", { exact: false }).waitFor();
      await pane.getByRole("button", { name: "สร้างแผ่นงานแผนมาตรการ" }).click();
      await pane.getByText(/^สร้างแผ่นงาน "แผนมาตรการ ITA" แล้ว/).waitFor();
      await page.getByRole("grid", { name: "แผนมาตรการ ITA" }).waitFor();
      await shoot(page, "playground-empty-th");
    });
  }, 60_000);

  it("takes --empty on the command line, and refuses it together with a file", () => {
    const run = (args: string[]) =>
      spawnSync(
        process.execPath,
        [require.resolve("ts-node/dist/bin.js"), "scripts/playground.ts", ...args],
        { cwd: resolve(__dirname, "../.."), encoding: "utf8", timeout: 60_000 }
      );
    const both = run(["plan.xlsx", "--empty", "--port", "0"]);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain("--empty");
  }, 60_000);

  it("refuses a damaged file in one plain line, before serving anything", () => {
    const folder = mkdtempSync(join(tmpdir(), "ita-playground-test-"));
    const broken = join(folder, "plan.xlsx");
    writeFileSync(broken, Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(64, 7)]));
    const run = spawnSync(
      process.execPath,
      [require.resolve("ts-node/dist/bin.js"), "scripts/playground.ts", broken, "--port", "0"],
      { cwd: resolve(__dirname, "../.."), encoding: "utf8", timeout: 60_000 }
    );
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`อ่านไฟล์ Excel ไม่ได้ ไฟล์อาจเสียหาย (${broken})`);
    expect(run.stdout).toBe("");
  }, 60_000);
});
