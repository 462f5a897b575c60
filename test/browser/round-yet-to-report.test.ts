// "Which division has yet to report for the round", in Chromium at a task pane's 350×700 on the
// fake Excel: round 6 kept, the settings moved to round 12, and a result left as round 6 wrote it
// on a measure not done is listed as no report for round 12 until its division writes a new one.
// axe-core on the state; its photograph in Thai and English.
import { join } from "path";
import type { Page } from "playwright-core";
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
    track: "ติดตาม",
    report: "รายงาน",
    keep: "บันทึกผลรอบนี้",
    kept: /^บันทึกผลรอบ 6 เดือน/,
    heading: "หน่วยงานที่ยังรายงานผลรอบ 12 เดือนไม่ครบ",
    financeStale: "กองคลัง: ยังไม่รายงานผลรอบ 12 เดือน 1 มาตรการ",
  },
  en: {
    track: "Track",
    report: "Report",
    keep: "Keep this round's results",
    kept: /^Kept round 6/,
    heading: "Units yet to report on every measure for round 12",
    financeStale: "กองคลัง: 1 measure with no report for round 12",
  },
};

let bed: PaneBed;

beforeAll(async () => {
  bed = await startPaneBed();
});

afterAll(async () => {
  await bed?.close();
});

async function edit(
  page: Page,
  sheet: string,
  address: string,
  value: string | number | boolean
): Promise<void> {
  await page.evaluate(
    async ([name, cell, written]) =>
      window.fakeExcel.userEdit(name as string, cell as string, [[written]]),
    [sheet, address, value] as const
  );
}

const items = (page: Page) => page.getByTestId("yet-to-report").locator("li").allInnerTexts();

describe.each(["th", "en"] as const)("units yet to report for round 12 (%s)", (language) => {
  const words = WORDS[language];

  it("lists a division whose result is still round 6's, until it writes a new one", async () => {
    const page = await paneWithExamplePlan(bed, language);
    await edit(page, SETTINGS, "B7", 6);
    // กองคลัง owns the first and the last measure (rows 2 and 12): both under way, with results.
    for (const row of [2, 12]) {
      await edit(page, PLAN, `G${row}`, true);
      await edit(page, PLAN, `I${row}`, `ผลรอบ 6 แถว ${row}`);
    }
    await page.getByRole("tab", { name: words.report, exact: true }).click();
    await page.getByRole("button", { name: words.keep, exact: true }).click();
    await page.getByText(words.kept).waitFor();

    // Round 12: the last measure's result rewritten (the plan's change refreshes the pane).
    await edit(page, SETTINGS, "B7", 12);
    await edit(page, PLAN, "I12", "ผลรอบ 12");
    await page.getByRole("tab", { name: words.track, exact: true }).click();
    const heading = page.getByRole("heading", { name: words.heading });
    await heading.waitFor();
    await expect(items(page)).resolves.toContain(words.financeStale);

    // The heading, its note and the list stack downwards (measured, not read).
    const list = await page.getByTestId("yet-to-report").boundingBox();
    const headingBox = await heading.boundingBox();
    const note = await page
      .locator("xpath=//ul[@data-testid='yet-to-report']/preceding-sibling::p[1]")
      .boundingBox();
    expect(note!.y).toBeGreaterThanOrEqual(headingBox!.y + headingBox!.height);
    expect(list!.y).toBeGreaterThanOrEqual(note!.y + note!.height);
    await expectAccessible(page, `round-12 yet to report ${language}`);
    await page.screenshot({
      path: join(screenshotDir, `round-yet-to-report-${language}.png`),
      fullPage: true,
    });

    // กองคลัง writes round 12's result on its first measure: no longer listed.
    await edit(page, PLAN, "I2", "ผลรอบ 12 แถว 2");
    await page
      .getByTestId("yet-to-report")
      .locator("li", { hasText: "กองคลัง" })
      .waitFor({ state: "detached" });
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }, 90_000);
});
