// The year's cycle in the pane, in Chromium at a task pane's 350×700, on the fake Excel: a
// round's results kept ("บันทึกผลรอบนี้": the history sheet made, a second snapshot asked about
// first and the earlier block kept), the round-12 report's status chart of both rounds, and next
// year's plan (a new sheet, this year's plan untouched, periods one year on). axe-core on every
// state; each state photographed in Thai and English.
import { join } from "path";
import type { Page } from "playwright-core";
import { HISTORY_SHEET } from "../../src/domain/plan/round-snapshot";
import { expectAccessible } from "./support/axe";
import {
  pageErrors,
  paneWithExamplePlan,
  PaneBed,
  screenshotDir,
  startPaneBed,
} from "./support/pane-browser";

const PLAN = "แผนมาตรการ ITA";
const SETTINGS = "ตั้งค่า ITA";

const WORDS = {
  th: {
    report: "รายงาน",
    makeReport: "สร้างรายงาน",
    reportMade: /^สร้างแผ่นงาน "รายงาน \S+ รอบ12" แล้ว/,
    keep: "บันทึกผลรอบนี้",
    kept: /^บันทึกผลรอบ 6 เดือน ปีงบประมาณ \d{4} \(11 มาตรการ\) ลงแผ่นงาน "ประวัติรอบรายงาน ITA" แล้ว/,
    asks: /^รอบ 6 เดือน ปีงบประมาณ \d{4} บันทึกไว้แล้วเมื่อ .+ จะบันทึกเพิ่มอีกชุดหรือไม่/,
    again: "บันทึกเพิ่มอีกชุด",
    nextYear: "สร้างแผนปีถัดไป",
    nextYearMade: /^สร้างแผนปีงบประมาณ \d{4} \(11 มาตรการ\) ลงแผ่นงาน "(.+)" แล้ว/,
  },
  en: {
    report: "Report",
    makeReport: "Make the report",
    reportMade: /^Created sheet "รายงาน \S+ รอบ12"/,
    keep: "Keep this round's results",
    kept: /^Kept round 6 of fiscal year \d{4} \(11 measures\) in sheet "ประวัติรอบรายงาน ITA"/,
    asks: /^Round 6 of fiscal year \d{4} was already kept on .+ Keep another set\?/,
    again: "Keep another set",
    nextYear: "Make next year's plan",
    nextYearMade: /^Made the plan for fiscal year \d{4} \(11 measures\) on sheet "(.+)"/,
  },
};
type Language = keyof typeof WORDS;

let bed: PaneBed;

beforeAll(async () => {
  bed = await startPaneBed();
});

afterAll(async () => {
  await bed?.close();
});

/** axe on the state, nothing wider than the pane, and its photograph. */
async function visited(page: Page, state: string, language: Language): Promise<void> {
  await expectAccessible(page, `${state} ${language}`);
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect({ state, scroll: widths.scroll }).toEqual({ state, scroll: widths.client });
  await page.screenshot({ path: join(screenshotDir, `year-cycle-${state}-${language}.png`) });
}

/** The section's heading sits on a line of its own, above its hint (measured, not read). */
async function headingAbove(page: Page, section: string): Promise<void> {
  const heading = await page.locator(`#${section}`).boundingBox();
  const hint = await page.locator(`section[aria-labelledby="${section}"] p`).first().boundingBox();
  expect({ section, below: hint!.y >= heading!.y + heading!.height }).toEqual({
    section,
    below: true,
  });
}

/** What the pane says of the plan in use, once it names `expected` or after 30 s. */
async function planKnownSoon(page: Page, expected: string): Promise<string> {
  let said = "";
  for (const started = Date.now(); Date.now() - started < 30_000; await page.waitForTimeout(200)) {
    said = (await page.getByTestId("plan-known").allTextContents()).join(" ");
    if (said.includes(expected)) break;
  }
  return said;
}

/** A sheet's used cells as the fake holds them, row by row. */
async function sheetRows(page: Page, sheet: string, address: string) {
  return page.evaluate(([name, area]) => window.fakeExcel.read(name, area), [sheet, address]);
}

async function tick(page: Page, cells: string[]): Promise<void> {
  await page.evaluate(
    async ([plan, addresses]) => {
      for (const address of addresses as string[])
        await window.fakeExcel.userEdit(plan as string, address, [[true]]);
    },
    [PLAN, cells] as const
  );
}

async function setRound(page: Page, round: 6 | 12): Promise<void> {
  await page.evaluate(
    async ([sheet, value]) => window.fakeExcel.userEdit(sheet as string, "B7", [[value]]),
    [SETTINGS, round] as const
  );
}

describe.each(["th", "en"] as const)("the year's cycle in the pane (%s)", (language) => {
  const words = WORDS[language];

  it("keeps round 6 in the history sheet, asks before keeping it again, keeps both blocks, and the round-12 report charts both rounds", async () => {
    const page = await paneWithExamplePlan(bed, language);
    await setRound(page, 6);
    // Round 6: the first measure done (H: ดำเนินการแล้วเสร็จ), the second under way (G).
    await tick(page, ["H2", "G3"]);
    await page.getByRole("tab", { name: words.report, exact: true }).click();
    const keep = page.getByRole("button", { name: words.keep, exact: true });
    await headingAbove(page, "snapshot-heading");
    await headingAbove(page, "next-year-heading");
    await keep.click();
    await page.getByText(words.kept).waitFor();
    const sheets = () => page.evaluate(() => window.fakeExcel.model.sheets.map((s) => s.name));
    await expect(sheets()).resolves.toContain(HISTORY_SHEET);
    const firstBlock = await sheetRows(page, HISTORY_SHEET, "A1:D13");
    expect(firstBlock[0][0]).toMatch(/^รอบ 6 เดือน ปีงบประมาณ \d{4}$/);
    expect(firstBlock.slice(2, 4).map((row) => row[1])).toEqual([
      "ดำเนินการแล้วเสร็จ",
      "อยู่ระหว่างดำเนินการ",
    ]);
    await visited(page, "snapshot-kept", language);

    // The third measure finished since: asked first, nothing written until the answer.
    await tick(page, ["H4"]);
    const before = await page.evaluate(() => window.fakeExcel.snapshot());
    await keep.click();
    await page.getByText(words.asks).waitFor();
    await expect(page.evaluate(() => window.fakeExcel.snapshot())).resolves.toBe(before);
    await visited(page, "snapshot-asks", language);
    await page.getByRole("button", { name: words.again }).click();
    await page.getByText(words.kept).waitFor();
    // The earlier block as it was, the new one below it (a blank row between).
    const history = await sheetRows(page, HISTORY_SHEET, "A1:D28");
    expect(history.slice(0, 13)).toEqual(firstBlock);
    expect(history[13].every((cell) => cell === "")).toBe(true);
    expect(history[14][0]).toBe(firstBlock[0][0]);
    expect(history[18][1]).toBe("ดำเนินการแล้วเสร็จ");
    await visited(page, "snapshot-both-kept", language);

    // Round 12: the report's status chart shows both rounds, one series each.
    await setRound(page, 12);
    await tick(page, ["H3"]);
    await page.getByRole("button", { name: words.makeReport, exact: true }).click();
    await page.getByText(words.reportMade).waitFor();
    const chart = await page.evaluate(() => {
      const summary = window.fakeExcel.model.sheets.find((s) => s.name.startsWith("สรุปรายงาน"))!;
      const status = summary.charts.find((c) => c.title?.startsWith("มาตรการจำแนก"))!;
      return { type: status.type, series: status.series.map((s) => s.name) };
    });
    // The report panel's Thai digits are on by default.
    expect(chart).toEqual({ type: "ColumnClustered", series: ["รอบ ๖ เดือน", "รอบ ๑๒ เดือน"] });
    await visited(page, "round-12-report", language);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }, 90_000);

  it("makes next year's plan on a new sheet, this year's untouched, periods one year on", async () => {
    const page = await paneWithExamplePlan(bed, language);
    await tick(page, ["H2", "G3"]);
    await page.evaluate(
      async ([plan]) => window.fakeExcel.userEdit(plan, "I2", [["ประกาศนโยบายแล้ว"]]),
      [PLAN]
    );
    const thisYear = await sheetRows(page, PLAN, "A1:P12");
    const year = Number((await sheetRows(page, SETTINGS, "B6"))[0][0]);
    await page.getByRole("tab", { name: words.report, exact: true }).click();
    await page.getByRole("button", { name: words.nextYear, exact: true }).click();
    const made = page.getByText(words.nextYearMade);
    await made.waitFor();
    const sheet = words.nextYearMade.exec((await made.textContent()) ?? "")![1];
    await visited(page, "next-year", language);

    // Named by its year, beside this year's plan.
    expect(sheet).toBe(`${PLAN} ${year + 1}`);
    // The pane follows the new plan.
    // A refresh of this year's plan, queued by the edits just before, must not take the pane back.
    const following = language === "th" ? `แผ่นงาน "${sheet}"` : `sheet "${sheet}"`;
    await expect(planKnownSoon(page, following)).resolves.toContain(following);
    await expect(sheetRows(page, PLAN, "A1:P12")).resolves.toEqual(thisYear);
    const next = await sheetRows(page, sheet, "A1:P12");
    // The same measures, each not started and its result cleared; each period a year on.
    expect(next.map((row) => row[1])).toEqual(thisYear.map((row) => row[1]));
    expect(next.slice(1).map((row) => row.slice(5, 9))).toEqual(
      thisYear.slice(1).map(() => [true, false, false, ""])
    );
    const shift = (text: unknown) =>
      String(text).replace(/\d{4}/g, (found) => String(Number(found) + 1));
    expect(next.slice(1).map((row) => row[4])).toEqual(
      thisYear.slice(1).map((row) => shift(row[4]))
    );
    expect(String(next[1][4])).not.toBe(String(thisYear[1][4]));
    // The settings moved to next year's round 6.
    await expect(sheetRows(page, SETTINGS, "B6:B7")).resolves.toEqual([[year + 1], [6]]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }, 90_000);
});
