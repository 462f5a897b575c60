// "รวมผลจากไฟล์ของกอง" in the built pane, in Chromium at 350×700 on the fake Excel: three
// divisions' copies of the plan (one conflict, one added measure) and a file that is not a
// workbook picked through the file input, the preview, the conflict settled, the write, and the
// progress updated; axe on every state, each state photographed in Thai and English.
import { join } from "path";
import type { Page } from "playwright-core";
import { MAIN, planPackage } from "../support/raw-package";
import { expectAccessible } from "./support/axe";
import {
  pageErrors,
  paneWithExamplePlan,
  PaneBed,
  screenshotDir,
  startPaneBed,
} from "./support/pane-browser";

let bed: PaneBed;

beforeAll(async () => {
  bed = await startPaneBed();
});

afterAll(async () => {
  await bed?.close();
});

type Cell = string | number | boolean;
const PLAN = "แผนมาตรการ ITA";
// The template's columns (0-based): F to H the three status ticks, I the result, K the budget.
const [NOT_STARTED, RESULT, BUDGET] = [5, 8, 10];

function cellXml(row: number, column: number, value: Cell): string {
  const reference = `${String.fromCharCode(65 + column)}${row}`;
  if (typeof value === "boolean") return `<c r="${reference}" t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "number") return `<c r="${reference}"><v>${value}</v></c>`;
  if (value === "") return "";
  const text = value.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<c r="${reference}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
}

/** A division's copy: the plan's rows as read from the workbook, with its own edits. */
function copyOf(rows: Cell[][], edit: (rows: Cell[][]) => void): Buffer {
  const copy = rows.map((row) => [...row]);
  edit(copy);
  const xml = copy
    .map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cellXml(r + 1, c, v)).join("")}</row>`)
    .join("");
  return planPackage(`<worksheet xmlns="${MAIN}"><sheetData>${xml}</sheetData></worksheet>`);
}

const WORDS = {
  th: {
    track: "ติดตาม",
    before: "ดำเนินการแล้วเสร็จ 0%",
    after: "ดำเนินการแล้วเสร็จ 9%",
    notXlsx: "ไฟล์ บันทึก.xlsx ไม่ใช่ไฟล์ Excel แบบ .xlsx",
    conflicts: "ไม่ตรงกัน 1 รายการ: เลือกค่าที่จะใช้",
    added: "มาตรการที่เพิ่มมา 1 รายการ (ไม่รวมเข้าแผน)",
    lacking: "ไฟล์ กองการศึกษา.xlsx ไม่มีช่อง ผลการดำเนินการ (หัวตารางอาจถูกเปลี่ยนชื่อ): คงค่าของแผนในช่องนั้นไว้",
    apply: "นำผลเข้าแผน",
    applied: "เขียนลงแผนแล้ว 4 รายการ ใน 2 มาตรการ",
    input: "เลือกไฟล์ของกอง (.xlsx)",
  },
  en: {
    track: "Track",
    before: "0% done",
    after: "9% done",
    notXlsx: "บันทึก.xlsx is not an Excel .xlsx file",
    conflicts: "1 conflict: choose a value",
    added: "Measures added: 1 (not merged)",
    lacking:
      "กองการศึกษา.xlsx has no Result column (its header may have been renamed): the plan keeps its values there",
    apply: "Write into the plan",
    applied: "Wrote 4 items of 2 measures into the plan",
    input: "Choose the divisions' files (.xlsx)",
  },
};

async function visited(page: Page, state: string, shot: string): Promise<void> {
  await expectAccessible(page, state);
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect({ state, scroll: widths.scroll }).toEqual({ state, scroll: widths.client });
  await page.screenshot({ path: join(screenshotDir, `${shot}.png`) });
}

describe("the divisions' files merged in the pane", () => {
  it.each(["th", "en"] as const)(
    "in %s: preview, a conflict chosen, written, progress updated",
    async (language) => {
      const words = WORDS[language];
      const page = await paneWithExamplePlan(bed, language);
      const rows = (await page.evaluate(
        (plan) => window.fakeExcel.read(plan, "A1:P12"),
        PLAN
      )) as Cell[][];
      const measure = (row: number) => String(rows[row][1]);
      // Finance finished its measure; works and the office reported the second differently;
      // the office also added a measure of its own; education reworded its result header.
      const files = [
        {
          name: "กองคลัง.xlsx",
          buffer: copyOf(rows, (copy) => {
            copy[1].splice(NOT_STARTED, 3, false, false, true);
            copy[1][RESULT] = "เผยแพร่ครบ 12 เดือน";
            copy[1][BUDGET] = 1500;
          }),
        },
        {
          name: "กองช่าง.xlsx",
          buffer: copyOf(rows, (copy) => (copy[2][RESULT] = "ลงนามครบทุกคน")),
        },
        {
          name: "สำนักปลัด.xlsx",
          buffer: copyOf(rows, (copy) => {
            copy[2][RESULT] = "ลงนามแล้ว 20 คน";
            copy.push([12, "ตั้งจุดรับเรื่องร้องเรียนที่ตลาดสด", "ตั้งตู้", "สำนักปลัด", "ม.ค. 70"]);
          }),
        },
        // Education reworded the result header: its blank results are no report.
        {
          name: "กองการศึกษา.xlsx",
          buffer: copyOf(rows, (copy) => {
            copy[0][RESULT] = "สิ่งที่ทำไปแล้ว";
            copy[1][RESULT] = "";
          }),
        },
        { name: "บันทึก.xlsx", buffer: Buffer.from("not a workbook") },
      ].map((file) => ({ ...file, mimeType: "application/octet-stream" }));
      const before = await page.evaluate((plan) => window.fakeExcel.read(plan, "A1:P12"), PLAN);

      await page.getByRole("tab", { name: words.track, exact: true }).click();
      const summary = page.getByTestId("progress-summary");
      await summary.getByText(words.before, { exact: false }).waitFor();
      await page.getByRole("button", { name: words.input }).scrollIntoViewIfNeeded();
      await visited(page, `${language} track with merge`, `merge-1-track-${language}`);

      await page.getByLabel(words.input, { exact: true }).setInputFiles(files);
      await page.getByText(words.notXlsx).waitFor();
      await page.getByText(words.conflicts).waitFor();
      await page.getByText(words.added).waitFor();
      await page.getByText(words.lacking).waitFor();
      await page
        .getByText(`${measure(1)} — `, { exact: false })
        .first()
        .waitFor();
      // Nothing is written before the user says so.
      await expect(
        page.evaluate((plan) => window.fakeExcel.read(plan, "A1:P12"), PLAN)
      ).resolves.toEqual(before);
      await page.getByText(words.conflicts).scrollIntoViewIfNeeded();
      await visited(page, `${language} merge preview`, `merge-2-preview-${language}`);

      await page.getByRole("radio", { name: "สำนักปลัด.xlsx: ลงนามแล้ว 20 คน" }).check();
      await page.getByRole("button", { name: words.apply }).click();
      await page.getByText(words.applied).waitFor();
      await summary.getByText(words.after, { exact: false }).waitFor();
      const after = await page.evaluate((plan) => window.fakeExcel.read(plan, "A1:P12"), PLAN);
      expect(after[1].slice(NOT_STARTED, BUDGET + 1)).toEqual([
        false,
        false,
        true,
        "เผยแพร่ครบ 12 เดือน",
        before[1][RESULT + 1],
        1500,
      ]);
      expect(after[2][RESULT]).toBe("ลงนามแล้ว 20 คน");
      expect(measure(2)).toBe(after[2][1]);
      // Every other cell of the plan is as it was; the added measure was not merged in.
      const changed = after.flatMap((row, r) =>
        row.flatMap((cell, c) => (cell === before[r][c] ? [] : [`${r},${c}`]))
      );
      expect(changed.sort()).toEqual(["1,10", "1,5", "1,7", "1,8", "2,8"]);
      await expect(
        page.evaluate((plan) => window.fakeExcel.read(plan, "B13"), PLAN)
      ).resolves.toEqual([[""]]);
      await visited(page, `${language} merge applied`, `merge-3-applied-${language}`);
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    },
    90_000
  );
});
