// The real built task pane in Chromium, with the fake Excel behind office.js.
import { readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { Page } from "playwright-core";
import { EXPECTED_TEMPLATE_HEADER } from "../support/expected-plan";
import { scoreLines } from "../support/in-excel";
import { pastedSeedTables, SEEDS } from "../support/seed-paste";
import {
  openPane,
  paneWithExamplePlan,
  pageErrors,
  PaneBed,
  pickFile,
  screenshotDir,
  startPaneBed,
} from "./support/pane-browser";
import { solidPng } from "../support/png";
import { expectAccessible } from "./support/axe";

let bed: PaneBed;

beforeAll(async () => {
  bed = await startPaneBed();
});

afterAll(async () => {
  await bed?.close();
});

/** Opens a step's tab and waits for its code (loaded on first opening). */
async function openStep(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.getByRole("progressbar", { name: /กำลังเปิดขั้นตอนนี้|Opening this step/ }).waitFor({
    state: "detached",
  });
}

/** Every state photographed is checked by axe too: no serious or critical violation. */
async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await expectAccessible(page, name);
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage });
}

interface SheetSummary {
  sheets: string[];
  tables: string[];
  header: unknown[];
  firstRow: unknown[];
  controls: unknown[];
}

function workbookSummary(page: Page): Promise<SheetSummary> {
  return page.evaluate(() => {
    const fake = window.fakeExcel;
    const plan = fake.model.sheets.find((s) => s.name === "แผนมาตรการ ITA");
    return {
      sheets: fake.model.sheets.map((s) => s.name),
      tables: fake.model.tables.map((t) => t.name),
      header: plan ? fake.read(plan.name, "A1:H1")[0] : [],
      firstRow: plan ? fake.read(plan.name, "A2:H2")[0] : [],
      controls: plan ? [5, 6, 7].map((c) => plan.cells.get(`1,${c}`)?.control ?? null) : [],
    };
  });
}

describe("the task pane in a real browser", () => {
  it("inserts the plan template into the workbook when the user clicks", async () => {
    const page = await openPane(bed, { host: "Excel", apiVersion: "1.18" });
    await page.getByRole("heading", { name: "เริ่มแผนใหม่", exact: true }).waitFor();
    await screenshot(page, "pane-ready-th");
    await page.getByRole("button", { name: "สร้างแผ่นงานแผนมาตรการ" }).click();
    await page.getByText('สร้างแผ่นงาน "แผนมาตรการ ITA" แล้ว').waitFor();
    await screenshot(page, "pane-template-inserted-th");

    const workbook = await workbookSummary(page);
    expect(workbook.sheets).toEqual(["Sheet1", "ตั้งค่า ITA", "แผนมาตรการ ITA", "สรุปความก้าวหน้า ITA"]);
    expect(workbook.tables).toEqual(["ITA_Plan"]);
    expect(workbook.header).toEqual(EXPECTED_TEMPLATE_HEADER.slice(0, 8));
    expect(workbook.firstRow.slice(0, 2)).toEqual([1, "ส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง"]);
    expect(workbook.controls).toEqual(["Checkbox", "Checkbox", "Checkbox"]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it.each([
    ["1.9", "PC"],
    ["1.14", "PC"],
    ["1.18", "OfficeOnline"],
  ] as const)(
    "shows live progress on ExcelApi %s (%s): a tick clears the others, a second tick is not lost",
    async (apiVersion, platform) => {
      const page = await openPane(bed, { host: "Excel", apiVersion, platform });
      await page.getByRole("button", { name: "สร้างแผ่นงานแผนมาตรการ" }).click();
      await page.getByText('แผนที่ใช้อยู่: แผ่นงาน "แผนมาตรการ ITA"').waitFor();
      await openStep(page, "ติดตาม");
      const summary = page.getByTestId("progress-summary");
      await summary.getByText("มาตรการทั้งหมด 11 รายการ · ดำเนินการแล้วเสร็จ 0%").waitFor();
      // The user ticks "done" for the first two measures in Excel, then moves the third from
      // in progress to done: the add-in's own clearing must not swallow that second tick.
      await page.evaluate(async () => {
        await window.fakeExcel.userEdit("แผนมาตรการ ITA", "H2", [[true]]);
        await window.fakeExcel.userEdit("แผนมาตรการ ITA", "H3", [[true]]);
        await window.fakeExcel.userEdit("แผนมาตรการ ITA", "G4", [[true]]);
        await window.fakeExcel.userEdit("แผนมาตรการ ITA", "H4", [[true]]);
      });
      await summary.getByText("ดำเนินการแล้วเสร็จ 27%").waitFor();
      await expect(page.getByTestId("progress-counts").innerText()).resolves.toBe(
        "ยังไม่ดำเนินการ: 8\nอยู่ระหว่างดำเนินการ: 0\nดำเนินการแล้วเสร็จ: 3"
      );
      const ticks = await page.evaluate(() => window.fakeExcel.read("แผนมาตรการ ITA", "F2:H4"));
      expect(ticks).toEqual([
        [false, false, true],
        [false, false, true],
        [false, false, true],
      ]);
      if (apiVersion === "1.18") await screenshot(page, "pane-progress-th", true);
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    }
  );

  it("checks a table pasted from a PDF, goes to a finding's cell, and tidies it", async () => {
    const page = await openPane(bed, { host: "Excel", apiVersion: "1.18" });
    const rows = pastedSeedTables(SEEDS.wangsaphung)[0].map((row) => row.map((cell) => cell ?? ""));
    await page.evaluate((pasted) => {
      window.fakeExcel.paste("Sheet1", "A1", pasted);
    }, rows);
    await page.getByRole("button", { name: "ตรวจแผนในแผ่นงานนี้" }).click();
    await page
      .getByText('แผ่นงาน "Sheet1" หัวตารางแถวที่ 5: ข้อผิดพลาด 0 รายการ คำเตือน 0 รายการ')
      .waitFor();
    await screenshot(page, "pane-check-pasted-th");
    // No status columns: a plan all the same, its reported results counted instead.
    await openStep(page, "ติดตาม");
    await page.getByText("แผนนี้ไม่มีคอลัมน์สถานะ จึงนับมาตรการที่รายงานผลการดำเนินการแล้วแทน").waitFor();
    await page.getByText("มาตรการทั้งหมด 5 รายการ").waitFor();
    await openStep(page, "แผน");
    await page.getByRole("button", { name: "จัดตารางที่วางมาจาก Word/PDF ลงแผ่นงานใหม่" }).click();
    await page.getByText("ตัดหัวตารางที่ซ้ำ 4 แถว รวมแถวที่ต่อจากหน้าก่อน 3 แถว", { exact: false }).waitFor();
    // The tidied plan is checked at once: it has every column now, and no status ticked yet.
    await page.getByText('แผ่นงาน "แผนมาตรการ ITA" หัวตารางแถวที่ 1', { exact: false }).waitFor();
    await page.getByText("F2 ยังไม่ได้ระบุสถานะการดำเนินการ").waitFor();
    await page.getByRole("button", { name: "F2" }).click();
    const selection = await page.evaluate(() => window.fakeExcel.model.selection.address);
    expect(selection).toBe("F2");
    await screenshot(page, "pane-tidied-th", true);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it("makes the printable report with four charts from a filled plan and pasted scores", async () => {
    const page = await openPane(bed, { host: "Excel", apiVersion: "1.18" });
    await page.getByRole("button", { name: "สร้างแผ่นงานแผนมาตรการ" }).click();
    await page.getByText('แผนที่ใช้อยู่: แผ่นงาน "แผนมาตรการ ITA"').waitFor();
    await page.evaluate(async () => {
      const fake = window.fakeExcel;
      fake.paste("ตั้งค่า ITA", "B3", [["เทศบาลตำบลบ้านตัวอย่าง"], ["เมือง"], ["ชัยนาท"]]);
      fake.paste("ตั้งค่า ITA", "B8", [["นางสาวสมใจ ใจดี"], ["นักวิเคราะห์นโยบายและแผน"]]);
      await fake.userEdit("แผนมาตรการ ITA", "H2", [[true]]);
      await fake.userEdit("แผนมาตรการ ITA", "I2", [["ประกาศแผนจัดซื้อจัดจ้างบนเว็บไซต์แล้ว"]]);
      await fake.userEdit("แผนมาตรการ ITA", "G3", [[true]]);
    });
    await openStep(page, "คะแนน");
    await page.getByRole("button", { name: "สร้างแผ่นงานคะแนน ITA" }).click();
    await page.getByText('สร้างแผ่นงาน "คะแนน ITA" แล้ว', { exact: false }).waitFor();
    const yearField = page.getByRole("textbox", { name: "ปีงบประมาณของคะแนน (พ.ศ.)" });
    const linesField = page.getByRole("textbox", { name: "วางบรรทัดคะแนนจากรายงานผล ITA" });
    for (const [year, scores, fiscalYear] of [
      ["2569", [93.66, 90, 88.5, 91, 85, 80.25, 79, 82, 70, 65], 2569],
      ["๒๕๗๐", [95, 92, 90, 93, 88, 85, 84, 86, 80, 75], 2570],
    ] as const) {
      await yearField.fill(year);
      await linesField.fill(scoreLines([...scores]));
      await page.getByRole("button", { name: "อ่านคะแนนลงแผ่นงาน" }).click();
      await page.getByText(`ใส่คะแนน 10 ตัวชี้วัดของปีงบประมาณ ${fiscalYear} แล้ว`).waitFor();
    }
    await openStep(page, "รายงาน");
    await page.getByRole("button", { name: "สร้างรายงาน", exact: true }).click();
    await page
      .getByText('สร้างแผ่นงาน "รายงาน 2570 รอบ12" แล้ว: 11 มาตรการ กราฟ 4 รูป', { exact: false })
      .waitFor();
    await screenshot(page, "pane-report-th", true);

    const report = await page.evaluate(() => {
      const sheet = window.fakeExcel.model.sheets.find((s) => s.name === "รายงาน 2570 รอบ12")!;
      return {
        title: window.fakeExcel.read(sheet.name, "A1:A3").flat(),
        layout: sheet.pageLayout,
        // The charts are on the report's summary sheet, where the table's header does not repeat.
        charts: window.fakeExcel.model.sheets
          .find((s) => s.name === "สรุปรายงาน 2570 รอบ12")!
          .charts.map((chart) => [chart.type, chart.title]),
        active: window.fakeExcel.model.activeSheetId === sheet.id,
      };
    });
    expect(report.title).toEqual([
      "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
      "เทศบาลตำบลบ้านตัวอย่าง อำเภอเมือง จังหวัดชัยนาท",
      "ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ (รอบ ๑๒ เดือน ระหว่างวันที่ ๑ ตุลาคม ๒๕๖๙ - ๓๐ กันยายน ๒๕๗๐)",
    ]);
    expect(report.layout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$5:$5",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      headersFooters: { centerFooter: "หน้า &P / &N" },
    });
    expect(report.charts.map(([type]) => type)).toEqual([
      "ColumnClustered",
      "LineMarkers",
      "Doughnut",
      "BarClustered",
    ]);
    expect(report.active).toBe(true);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }, 30_000);

  // The scores step's analysis of last year (issue 19): the template's plan with two indicator
  // cells emptied, so one measure's link is a proposal from its words and one weak indicator has
  // no measure; the proposal is written only on the user's click, the gap gets a row to type in.
  it.each([
    [
      "th",
      {
        step: "คะแนน",
        create: "สร้างแผ่นงานคะแนน ITA",
        created: 'สร้างแผ่นงาน "คะแนน ITA" แล้ว',
        pasted: "ใส่คะแนน 10 ตัวชี้วัดของปีงบประมาณ 2569 แล้ว",
        year: "ปีงบประมาณของคะแนน (พ.ศ.)",
        lines: "วางบรรทัดคะแนนจากรายงานผล ITA",
        read: "อ่านคะแนนลงแผ่นงาน",
        analyse: "วิเคราะห์ตัวชี้วัดที่ต้องพัฒนา",
        analysis: "ผลการประเมินปี 2569 ตัวชี้วัดที่ได้คะแนนต่ำสุดคือ ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (70.00)",
        proposed: "เผยแพร่ข้อมูลข่าวสารต่อสาธารณะ (ยังไม่ดำเนินการ) เสนอจากถ้อยคำ",
        gap: "ยังไม่มีมาตรการรองรับ",
        heading: "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน (80.00)",
        confirm: "ยืนยันตัวชี้วัด 9",
        confirmed: "บันทึกตัวชี้วัด 9 ลงแผนแล้ว",
        add: "เพิ่มมาตรการสำหรับตัวชี้วัด 6",
        added: "เพิ่มแถวใหม่ที่ B13 แล้ว พิมพ์มาตรการได้เลย",
        waiting: "เพิ่มแถวไว้แล้วที่ B13 รอพิมพ์มาตรการ",
      },
    ],
    [
      "en",
      {
        step: "Scores",
        create: "Create the ITA scores sheet",
        created: 'Created sheet "คะแนน ITA"',
        pasted: "Entered 10 indicator scores for fiscal year 2569",
        year: "Fiscal year of the scores (Buddhist era)",
        lines: "Paste the score lines from the ITA result",
        read: "Read the scores into the sheet",
        analyse: "Analyse the indicators to improve",
        analysis: "In 2569 the lowest indicator was indicator 9 การเปิดเผยข้อมูล (70.00)",
        proposed: "เผยแพร่ข้อมูลข่าวสารต่อสาธารณะ (not started) proposed from its words",
        gap: "No measure addresses it yet",
        heading: "Indicator 6 คุณภาพการดำเนินงาน (80.00)",
        confirm: "Confirm indicator 9",
        confirmed: "Indicator 9 written into the plan",
        add: "Add a measure for indicator 6",
        added: "Added a new row at B13: type the measure there",
        waiting: "A row was added at B13, waiting for its measure",
      },
    ],
  ] as const)(
    "in %s, analyses last year's scores, confirms a proposed indicator and adds a row for a gap",
    async (language, label) => {
      const page = await paneWithExamplePlan(bed, language);
      await page.evaluate(async () => {
        // Row 5 publishes information (9 from its words); row 7, the only measure for 6, is
        // left without an indicator, its words speaking of discretion (3).
        await window.fakeExcel.userEdit("แผนมาตรการ ITA", "O5", [[""]]);
        await window.fakeExcel.userEdit("แผนมาตรการ ITA", "O7", [[""]]);
      });
      await page.getByRole("tab", { name: label.step, exact: true }).click();
      await page.getByRole("button", { name: label.create }).click();
      await page.getByText(label.created, { exact: false }).waitFor();
      await page.getByRole("textbox", { name: label.year }).fill("2569");
      await page
        .getByRole("textbox", { name: label.lines })
        .fill(scoreLines([90, 90, 90, 90, 90, 80, 90, 90, 70, 90]));
      await page.getByRole("button", { name: label.read }).click();
      await page.getByText(label.pasted).waitFor();
      await page.getByRole("button", { name: label.analyse }).click();
      await page.getByText(label.analysis, { exact: false }).waitFor();
      await page.getByText(label.proposed).waitFor();
      await page.getByText(label.gap, { exact: true }).waitFor();
      // Each weak indicator is a line of its own, begun as one (capitalised in English).
      await page.getByText(label.heading, { exact: true }).waitFor({ timeout: 2000 });
      await page.getByRole("button", { name: label.add }).scrollIntoViewIfNeeded();
      await screenshot(page, `pane-weak-points-${language}`, true);
      // Nothing is written until the user confirms.
      const cells = () =>
        page.evaluate(() => window.fakeExcel.read("แผนมาตรการ ITA", "O5:O13").flat());
      expect(await cells()).toEqual(["", 3, "", 10, 8, 7, 1, 4, ""]);
      await page.getByRole("button", { name: label.confirm }).click();
      await page.getByText(label.confirmed).waitFor();
      expect((await cells())[0]).toBe(9);
      // Re-analysed: the link is the plan's now, so no proposal is left to confirm.
      await page.getByRole("button", { name: label.confirm }).waitFor({ state: "detached" });
      await page.getByRole("button", { name: label.add }).click();
      await page.getByText(label.added).waitFor();
      const added = await page.evaluate(() => ({
        indicator: window.fakeExcel.read("แผนมาตรการ ITA", "O13")[0][0],
        selection: window.fakeExcel.model.selection.address,
      }));
      expect(added).toEqual({ indicator: 6, selection: "B13" });
      // The gap stays until the measure is typed: its row is named, not offered again.
      await page.getByText(label.waiting).waitFor();
      expect(await page.getByRole("button", { name: label.add }).count()).toBe(0);
      await screenshot(page, `pane-weak-points-done-${language}`, true);
      expect(pageErrors(page)).toEqual([]);
      await page.close();
    },
    30_000
  );

  it("puts an SVG emblem in the memo with a PNG drawn from it for Word versions that draw no SVG", async () => {
    const page = await openPane(bed, { host: "Excel", apiVersion: "1.18" });
    await page.getByRole("button", { name: "สร้างแผ่นงานแผนมาตรการ" }).click();
    await page.getByText('แผนที่ใช้อยู่: แผ่นงาน "แผนมาตรการ ITA"').waitFor();
    await openStep(page, "ส่งออก");
    await page.getByRole("button", { name: "เตรียมบันทึกข้อความ (.docx)" }).click();
    await page.getByRole("textbox", { name: "ส่วนราชการ" }).fill("สำนักปลัด");
    await page.getByRole("textbox", { name: "ที่", exact: true }).fill("ชน ๕๑๐๐๑/๒๕๗");
    await page.getByRole("textbox", { name: "เรียน" }).fill("นายกเทศมนตรีตำบลบ้านตัวอย่าง");
    await pickFile(page, /^ตราครุฑ.*เลือกไฟล์ภาพ…$/, {
      name: "garuda.svg",
      mimeType: "image/svg+xml",
      buffer: Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 110"><rect width="100" height="110" fill="#c01010"/></svg>'
      ),
    });
    await page.getByText("ใช้ตราครุฑที่เลือกไว้ (SVG) และจำไว้ในสมุดงานนี้").waitFor();
    const [memo] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "ดาวน์โหลดบันทึกข้อความ" }).click(),
    ]);
    const docx = await JSZip.loadAsync(readFileSync(await memo.path()));
    const media = Object.keys(docx.files).filter((name) => name.startsWith("word/media/"));
    expect(media.map((name) => name.split(".").pop()).sort()).toEqual(["png", "svg"]);
    // The PNG is the drawing (236 px high), not the one-pixel stand-in of the command line.
    const png = await docx.file(media.find((name) => name.endsWith(".png"))!)!.async("uint8array");
    expect(Buffer.from(png).readUInt32BE(20)).toBe(236);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }, 30_000);

  it("exports the memo as a Word file and the workbook as PDF, listing missing memo fields first", async () => {
    const page = await openPane(bed, { host: "Excel", apiVersion: "1.18" });
    await page.getByRole("button", { name: "สร้างแผ่นงานแผนมาตรการ" }).click();
    await page.getByText('แผนที่ใช้อยู่: แผ่นงาน "แผนมาตรการ ITA"').waitFor();
    await openStep(page, "ส่งออก");
    await page.getByRole("button", { name: "เตรียมบันทึกข้อความ (.docx)" }).click();
    await page.getByRole("button", { name: "ดาวน์โหลดบันทึกข้อความ" }).click();
    await page.getByText("กรอกข้อมูลบันทึกข้อความให้ครบก่อน: ส่วนราชการ, ที่").waitFor();
    // Marked on the fields themselves, too.
    expect(
      await page.getByRole("textbox", { name: "ส่วนราชการ" }).getAttribute("aria-invalid")
    ).toBe("true");
    await page.getByRole("textbox", { name: "ส่วนราชการ" }).fill("สำนักปลัด โทร. ๐ ๕๖๔๑ ๑๒๓๔");
    await page.getByRole("textbox", { name: "ที่", exact: true }).fill("ชน ๕๑๐๐๑/๒๕๗");
    // The template names no organisation yet: no addressee is proposed, so the user types one.
    await page.getByRole("textbox", { name: "เรียน" }).fill("นายกเทศมนตรีตำบลบ้านตัวอย่าง");
    await page.getByRole("button", { name: "ลบลำดับที่ 1" }).click();
    await pickFile(page, /^ตราครุฑ.*เลือกไฟล์ภาพ…$/, {
      name: "garuda.png",
      mimeType: "image/png",
      buffer: solidPng(30, 33),
    });
    await page.getByText("ใช้ตราครุฑที่เลือกไว้ (PNG) และจำไว้ในสมุดงานนี้").waitFor();
    const [memo] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "ดาวน์โหลดบันทึกข้อความ" }).click(),
    ]);
    expect(memo.suggestedFilename()).toMatch(/^รายงานผลการดำเนินการ.*\.docx$/);
    const docx = await JSZip.loadAsync(readFileSync(await memo.path()));
    const body = await docx.file("word/document.xml")!.async("string");
    expect(body).toContain("บันทึกข้อความ");
    expect(body).toContain("ชน ๕๑๐๐๑/๒๕๗");
    expect(Object.keys(docx.files).filter((name) => name.startsWith("word/media/"))).toHaveLength(
      1
    );
    const remembered = await page.evaluate(() => window.fakeExcel.model.settings.get("ITA.memo"));
    expect(JSON.parse(remembered as string)).toMatchObject({
      department: "สำนักปลัด โทร. ๐ ๕๖๔๑ ๑๒๓๔",
    });
    expect(JSON.parse(remembered as string).approvers).toHaveLength(2);
    const emblem = await page.evaluate(() => window.fakeExcel.model.settings.get("ITA.memoEmblem"));
    expect(Buffer.from(JSON.parse(emblem as string), "base64")).toEqual(solidPng(30, 33));

    const [workbook] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "ดาวน์โหลดสมุดงานที่มีเฉพาะรายงาน (.xlsx)" }).click(),
    ]);
    expect(workbook.suggestedFilename()).toBe("รายงาน 2570 รอบ12.xlsx");
    const reportOnly = await JSZip.loadAsync(readFileSync(await workbook.path()));
    const book = await reportOnly.file("xl/workbook.xml")!.async("string");
    expect([...book.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "รายงาน 2570 รอบ12",
      "สรุปรายงาน 2570 รอบ12",
    ]);
    // One chart, on the summary sheet: the plan has no ITA scores, so only the status chart.
    expect(
      Object.keys(reportOnly.files).filter((name) => /^xl\/charts\/.+\.xml$/.test(name))
    ).toEqual(["xl/charts/chart2_1.xml"]);
    const sheetsAfter = await page.evaluate(() => window.fakeExcel.model.sheets.map((s) => s.name));
    expect(sheetsAfter).toEqual(["Sheet1", "ตั้งค่า ITA", "แผนมาตรการ ITA", "สรุปความก้าวหน้า ITA"]);

    await page.getByRole("button", { name: "บันทึกรายงานล่าสุดเป็น PDF" }).click();
    await page.getByText("ยังไม่มีรายงาน: กดสร้างรายงานก่อน แล้วจึงบันทึกเป็น PDF").waitFor();
    await openStep(page, "รายงาน");
    await page.getByRole("button", { name: "สร้างรายงาน", exact: true }).click();
    await page.getByText('สร้างแผ่นงาน "รายงาน 2570 รอบ12" แล้ว', { exact: false }).waitFor();
    await openStep(page, "ส่งออก");
    const [pdf] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "บันทึกรายงานล่าสุดเป็น PDF" }).click(),
    ]);
    expect(pdf.suggestedFilename()).toBe("รายงาน 2570 รอบ12.pdf");
    expect(
      readFileSync(await pdf.path())
        .subarray(0, 8)
        .toString()
    ).toBe("%PDF-1.7");
    // Office printed the report alone; every sheet is visible again afterwards.
    const visibility = await page.evaluate(() => ({
      printed: window.pdfSheets,
      after: window.fakeExcel.model.sheets.map((s) => s.visibility),
    }));
    // The report's two sheets, its table and its summary.
    expect(visibility.printed).toEqual(["รายงาน 2570 รอบ12", "สรุปรายงาน 2570 รอบ12"]);
    expect(new Set(visibility.after)).toEqual(new Set(["Visible"]));
    await screenshot(page, "pane-export-th", true);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  }, 30_000);

  it("gives the Print > Save as PDF steps where Office makes no PDF", async () => {
    const page = await openPane(bed, { host: "Excel", apiVersion: "1.18", pdf: "empty" });
    await page.getByRole("button", { name: "สร้างแผ่นงานแผนมาตรการ" }).click();
    await page.getByText('แผนที่ใช้อยู่: แผ่นงาน "แผนมาตรการ ITA"').waitFor();
    await openStep(page, "รายงาน");
    await page.getByRole("button", { name: "สร้างรายงาน", exact: true }).click();
    await page.getByText('สร้างแผ่นงาน "รายงาน 2570 รอบ12" แล้ว', { exact: false }).waitFor();
    await openStep(page, "ส่งออก");
    await page.getByRole("button", { name: "บันทึกรายงานล่าสุดเป็น PDF" }).click();
    await page.getByText("ไฟล์ > พิมพ์ > เครื่องพิมพ์ Microsoft Print to PDF", { exact: false }).waitFor();
    await page.close();
  });

  it("offers no PDF on Excel on the web, where Office's PDF is empty, and leads to the report workbook", async () => {
    const page = await openPane(bed, {
      host: "Excel",
      apiVersion: "1.18",
      platform: "OfficeOnline",
    });
    await page.getByRole("button", { name: "สร้างแผ่นงานแผนมาตรการ" }).click();
    await page.getByText('แผนที่ใช้อยู่: แผ่นงาน "แผนมาตรการ ITA"').waitFor();
    await openStep(page, "ส่งออก");
    await page
      .getByText("Excel นี้ (Excel บนเว็บหรือ iPad) ไม่ทำ PDF ให้ส่วนเสริม", { exact: false })
      .waitFor();
    await expect(page.getByRole("button", { name: "บันทึกรายงานล่าสุดเป็น PDF" }).count()).resolves.toBe(
      0
    );
    await page.getByRole("button", { name: "ดาวน์โหลดสมุดงานที่มีเฉพาะรายงาน (.xlsx)" }).waitFor();
    await screenshot(page, "pane-export-web-th", true);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it("switches to English and makes an empty plan with drop-downs on Excel 2021", async () => {
    const page = await openPane(bed, { host: "Excel", apiVersion: "1.14" });
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "Start a new plan", exact: true }).waitFor();
    await page
      .getByRole("checkbox", { name: "Start from an example of the usual measures" })
      .uncheck();
    await page.getByRole("button", { name: "Create the measure-plan sheet" }).click();
    await page.getByText("(1 measure)").waitFor();
    await screenshot(page, "pane-template-inserted-en");
    const workbook = await workbookSummary(page);
    expect(workbook.firstRow).toEqual([1, "", "", "", "", false, false, false]);
    expect(workbook.controls).toEqual([null, null, null]);
    await page.close();
  });

  it("shows Excel's error in the user's language with its code, and keeps working", async () => {
    const page = await openPane(bed, { host: "Excel", apiVersion: "1.18" });
    await page.getByRole("heading", { name: "เริ่มแผนใหม่", exact: true }).waitFor();
    await page.evaluate(() => {
      window.fakeExcel.failOnOperation(5);
    });
    await page.getByRole("button", { name: "สร้างแผ่นงานแผนมาตรการ" }).click();
    // For staff: what happened and what to do; Excel's code only in the administrator's details.
    await page.getByText("สมุดงานยังเหมือนเดิม ลองอีกครั้งได้", { exact: false }).waitFor();
    await expect(page.getByText("GeneralException", { exact: false }).isVisible()).resolves.toBe(
      false
    );
    await page.getByText("รายละเอียดสำหรับผู้ดูแลระบบ").click();
    await page.getByText("รหัสข้อผิดพลาดของ Excel: GeneralException", { exact: false }).waitFor();
    await screenshot(page, "pane-excel-error-th");
    const workbook = await workbookSummary(page);
    expect(workbook.sheets).toEqual(["Sheet1"]);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });

  it("says it must run inside Excel when opened in a plain browser", async () => {
    const page = await openPane(bed, { host: null });
    await page.getByText("เปิดนอก Excel").waitFor();
    await expect(page.getByText("อัปโหลดส่วนเสริมของฉัน").count()).resolves.toBe(1);
    await screenshot(page, "pane-outside-excel");
    await page.close();
  });

  it("names the Excel version needed when the API set is too old", async () => {
    const page = await openPane(bed, { host: "Excel", apiVersion: "1.8" });
    await page.getByText("Excel รุ่นนี้เก่าเกินไป").waitFor();
    // The API version and the command are for the administrator: in the collapsed details.
    await expect(page.getByText("ExcelApi 1.9 ขึ้นไป").isVisible()).resolves.toBe(false);
    await page.getByText("รายละเอียดสำหรับผู้ดูแลระบบ").click();
    await expect(page.getByText("ExcelApi 1.9 ขึ้นไป").isVisible()).resolves.toBe(true);
    await expect(page.getByText("npx ita-tracker template").count()).resolves.toBe(1);
    await screenshot(page, "pane-excel-too-old");
    await page.close();
  });

  it("explains an offline start instead of a blank page", async () => {
    const page = await openPane(bed, "offline");
    await page.getByText("โหลด Office ไม่สำเร็จ").waitFor();
    await screenshot(page, "pane-offline");
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});
