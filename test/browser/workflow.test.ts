// The pane as a new user meets it, in Chromium at a task pane's 350×700: the three ways to start
// (a new plan, an existing plan, a table pasted from a PDF) walked through every step to the
// exported memo; axe-core on every state visited; every step photographed in Thai and English,
// light and dark; nothing scrolls sideways, at 100 % or 200 % zoom.
import { readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import type { Page } from "playwright-core";
import { scoreLines } from "../support/in-excel";
import { pastedSeedTables, SEEDS } from "../support/seed-paste";
import { expectAccessible } from "./support/axe";
import { openPane, pageErrors, PaneBed, screenshotDir, startPaneBed } from "./support/pane-browser";

let bed: PaneBed;
// "Needs review" items axe could not decide, by rule, with the states they came up in.
const review = new Map<string, Set<string>>();

beforeAll(async () => {
  bed = await startPaneBed();
});

afterAll(async () => {
  await bed?.close();
  console.log(
    "axe needs review:",
    JSON.stringify([...review].map(([id, states]) => [id, [...states].slice(0, 3)]))
  );
});

async function visited(page: Page, state: string): Promise<void> {
  for (const item of await expectAccessible(page, state)) {
    review.set(item.id, (review.get(item.id) ?? new Set()).add(`${state}: ${item.targets[0]}`));
  }
  // Nothing wider than the pane: no sideways scrolling.
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect({ state, scroll: widths.scroll }).toEqual({ state, scroll: widths.client });
}

const STEPS = {
  th: ["แผน", "ติดตาม", "คะแนน", "รายงาน", "ส่งออก"],
  en: ["Plan", "Track", "Scores", "Report", "Export"],
};

async function openStep(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
  // Only the step opened is on screen (measured, not read from the hidden attribute).
  await page.locator('[role="tabpanel"]:visible').first().waitFor();
  await expect(page.locator('[role="tabpanel"]:visible').count()).resolves.toBe(1);
  await expect(page.locator('[role="tabpanel"]:visible').getAttribute("id")).resolves.toBe(
    await page.getByRole("tab", { name, exact: true }).getAttribute("aria-controls")
  );
  // A step loaded on demand shows a spinner until its chunk is in.
  await page.getByRole("progressbar", { name: /กำลังเปิดขั้นตอนนี้|Opening this step/ }).waitFor({
    state: "detached",
  });
}

async function closeIntro(page: Page): Promise<void> {
  await page.getByText("เริ่มต้นใช้งาน").waitFor();
  await visited(page, "first-run intro");
  await page.getByRole("button", { name: "เข้าใจแล้ว" }).click();
}

/** From the plan step on: scores, report, and the memo downloaded; returns the memo's text. */
async function reportAndMemo(page: Page, start: string): Promise<string> {
  await page.getByRole("tab", { name: "ติดตาม" }).click();
  await page.getByTestId("progress-summary").waitFor();
  await visited(page, `${start}: track`);
  await openStep(page, "คะแนน");
  await page.getByRole("button", { name: "สร้างแผ่นงานคะแนน ITA" }).click();
  // Made now, or already there (a start that made it before).
  await page
    .getByRole("status")
    .getByText(/"คะแนน ITA"/)
    .waitFor();
  await page.getByRole("textbox", { name: "ปีงบประมาณของคะแนน (พ.ศ.)" }).fill("2569");
  await page
    .getByRole("textbox", { name: "วางบรรทัดคะแนนจากรายงานผล ITA" })
    .fill(scoreLines([93.66, 90, 88.5, 91, 85, 80.25, 79, 82, 70, 65]));
  await page.getByRole("button", { name: "อ่านคะแนนลงแผ่นงาน" }).click();
  await page.getByText("ใส่คะแนน 10 ตัวชี้วัด", { exact: false }).waitFor();
  await visited(page, `${start}: scores`);
  // The step is done: the next one is suggested.
  await page.getByRole("button", { name: "ไปขั้น รายงาน" }).click();
  await page.getByRole("button", { name: "สร้างรายงาน", exact: true }).click();
  await page.getByText(/^สร้างแผ่นงาน "รายงาน \S+ รอบ\S+" แล้ว/).waitFor();
  await visited(page, `${start}: report`);
  await page.getByRole("button", { name: "ไปขั้น ส่งออก" }).click();
  await page.getByRole("button", { name: "เตรียมบันทึกข้อความ (.docx)" }).click();
  await page.getByRole("textbox", { name: "ส่วนราชการ" }).fill("สำนักปลัด");
  await page.getByRole("textbox", { name: "ที่", exact: true }).fill("ชน ๕๑๐๐๑/๒๕๗");
  await page.getByRole("textbox", { name: "เรียน" }).fill("นายกเทศมนตรีตำบลบ้านตัวอย่าง");
  await visited(page, `${start}: export`);
  const [memo] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "ดาวน์โหลดบันทึกข้อความ" }).click(),
  ]);
  expect(memo.suggestedFilename()).toMatch(/\.docx$/);
  const docx = await JSZip.loadAsync(readFileSync(await memo.path()));
  return docx.file("word/document.xml")!.async("string");
}

describe("the three ways to start, each to an exported memo", () => {
  it("a new plan from the template", async () => {
    const page = await openPane(bed, { host: "Excel", apiVersion: "1.18" });
    await closeIntro(page);
    await page
      .getByTestId("plan-known")
      .getByText(/^ยังไม่พบแผนในสมุดงานนี้/)
      .waitFor();
    await visited(page, "new: no plan yet");
    await page.getByRole("button", { name: "สร้างแผ่นงานแผนมาตรการ" }).click();
    await page.getByText('แผนที่ใช้อยู่: แผ่นงาน "แผนมาตรการ ITA"').waitFor();
    await visited(page, "new: template inserted");
    await page.evaluate(async () => {
      await window.fakeExcel.userEdit("แผนมาตรการ ITA", "H2", [[true]]);
    });
    const body = await reportAndMemo(page, "new");
    expect(body).toContain("ชน ๕๑๐๐๑/๒๕๗");
    // The plan sheet is remembered in the workbook.
    const remembered = await page.evaluate(() => ({
      setting: window.fakeExcel.model.settings.get("ITA.planSheet"),
      plan: window.fakeExcel.model.sheets.find((s) => s.name === "แผนมาตรการ ITA")!.id,
    }));
    expect(remembered.setting).toBe(remembered.plan);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }, 90_000);

  it("an existing plan: checked on its sheet, kept when another sheet is checked", async () => {
    const page = await openPane(bed, { host: "Excel", apiVersion: "1.18" });
    await closeIntro(page);
    // A plan typed in Excel before the add-in came: the seed's table as its own sheet.
    const rows = pastedSeedTables(SEEDS.wangsaphung)[0].map((row) => row.map((cell) => cell ?? ""));
    await page.evaluate((pasted) => {
      window.fakeExcel.paste("Sheet1", "A1", pasted);
    }, rows);
    await page.getByRole("button", { name: "ตรวจแผนในแผ่นงานนี้" }).click();
    await page.getByText('แผนที่ใช้อยู่: แผ่นงาน "Sheet1"').waitFor();
    await visited(page, "existing: checked");
    const body = await reportAndMemo(page, "existing");
    expect(body).toContain("บันทึกข้อความ");
    // The report made is the active sheet: checking it says what it is, and the plan stays.
    await openStep(page, "แผน");
    await page.getByRole("button", { name: "ตรวจแผนในแผ่นงานนี้" }).click();
    await page.getByText(/^แผ่นงาน "รายงาน \S+ รอบ\S+" เป็นรายงานที่ส่วนเสริมสร้างไว้ ไม่ใช่แผน/).waitFor();
    await page.getByText('แผนยังเป็นแผ่นงาน "Sheet1" ตามเดิม', { exact: false }).waitFor();
    await page.getByText('แผนที่ใช้อยู่: แผ่นงาน "Sheet1"').waitFor();
    await visited(page, "existing: report sheet checked");
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }, 90_000);

  it("a table pasted from a PDF, tidied onto a plan sheet", async () => {
    const page = await openPane(bed, { host: "Excel", apiVersion: "1.18" });
    await closeIntro(page);
    const rows = pastedSeedTables(SEEDS.wangsaphung)[0].map((row) => row.map((cell) => cell ?? ""));
    await page.evaluate((pasted) => window.fakeExcel.paste("Sheet1", "A1", pasted), rows);
    await page.getByRole("button", { name: "จัดตารางที่วางมาจาก Word/PDF ลงแผ่นงานใหม่" }).click();
    await page.getByText("ตัดหัวตารางที่ซ้ำ 4 แถว", { exact: false }).waitFor();
    await page.getByText('แผนที่ใช้อยู่: แผ่นงาน "แผนมาตรการ ITA"').waitFor();
    await visited(page, "pasted: tidied");
    // The tidied plan has status columns, none ticked yet: the clerk ticks each measure's status.
    await page.evaluate(async () => {
      for (const row of [2, 3, 4, 5, 6]) {
        await window.fakeExcel.userEdit("แผนมาตรการ ITA", `H${row}`, [[true]]);
      }
    });
    await page.getByRole("button", { name: "ไปขั้น ติดตาม" }).waitFor();
    const body = await reportAndMemo(page, "pasted");
    expect(body).toContain("สำนักปลัด");
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }, 90_000);
});

describe("every step at a task pane's size", () => {
  it.each([
    ["th", "light"],
    ["th", "dark"],
    ["en", "light"],
    ["en", "dark"],
  ] as const)(
    "in %s, %s: photographed, accessible, nothing sideways",
    async (language, theme) => {
      const page = await openPane(bed, {
        host: "Excel",
        apiVersion: "1.18",
        theme,
        displayLanguage: language === "th" ? "th-TH" : "en-US",
      });
      await page.evaluate(() => window.localStorage.setItem("ita-tracker.introSeen", "true"));
      await page.reload();
      await page.getByRole("tab").first().waitFor();
      await page
        .getByRole("button", { name: /สร้างแผ่นงานแผนมาตรการ|Create the measure-plan sheet/ })
        .click();
      await page.getByText(/แผนที่ใช้อยู่|Plan in use/).waitFor();
      for (const [index, name] of STEPS[language].entries()) {
        await openStep(page, name);
        const state = `step ${index + 1} ${language} ${theme}`;
        await visited(page, state);
        await page.screenshot({
          path: join(screenshotDir, `step-${index + 1}-${language}-${theme}.png`),
        });
      }
      // The memo's form, its emblem picker in the pane's language (the browser's own file input
      // names its button in the browser's language).
      await page.getByRole("button", { name: /เตรียมบันทึกข้อความ|Prepare the memo/ }).click();
      const emblem = page.getByRole("button", { name: /^(ตราครุฑ|Emblem)/ });
      await expect(emblem.innerText()).resolves.toBe(
        language === "th" ? "เลือกไฟล์ภาพ…" : "Choose an image file…"
      );
      await emblem.scrollIntoViewIfNeeded();
      await visited(page, `memo form ${language} ${theme}`);
      await page.screenshot({ path: join(screenshotDir, `step-5-memo-${language}-${theme}.png`) });
      // 200 % zoom: the same pane at half the CSS width.
      await page.setViewportSize({ width: 175, height: 350 });
      for (const name of STEPS[language]) {
        await openStep(page, name);
        await visited(page, `${name} at 200 %`);
      }
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    },
    90_000
  );
});
