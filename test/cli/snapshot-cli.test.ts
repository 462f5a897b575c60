// `ita-tracker snapshot`: the plan's workbook copied with the round's block added to the history
// sheet; every other part as it was, the input never written, a second snapshot of a round
// refused until --again, and the round-12 report reading what the snapshots kept.
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { HISTORY_SHEET, readSnapshots } from "../../src/domain/plan/round-snapshot";
import { loadWorkbook } from "../../src/xlsx/input-file";
import { ZipReader } from "../../src/xlsx/zip-reader";
import { runCommand } from "../support/cli-run";
import { writeExamplePlan } from "../support/example-plan-workbook";
import { planPackage, planSheetXml, RELS } from "../support/raw-package";
import { scratchDirectory } from "../support/xlsx-fixtures";

jest.setTimeout(120_000);
const directory = scratchDirectory();
const at = (name: string) => join(directory, name);
const ROUND_SIX_DAY = new Date(Date.UTC(2023, 3, 2));
const ROUND_TWELVE_DAY = new Date(Date.UTC(2023, 9, 5));
// The parts that list the sheets: the only ones a new history sheet changes.
const LISTING_PARTS = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"];

let plan: string;
beforeAll(async () => {
  plan = at("plan.xlsx");
  await writeExamplePlan(plan, ROUND_SIX_DAY);
});

async function historyOf(path: string) {
  const book = await loadWorkbook(path);
  return readSnapshots(book.grid(book.sheetNamed(HISTORY_SHEET)!).values);
}

it("copies every part unchanged, adds the history sheet, and never writes the input", async () => {
  const before = readFileSync(plan);
  const output = at("after-6.xlsx");
  const made = await runCommand(["snapshot", plan, "-o", output, "--round", "6"], ROUND_SIX_DAY);
  expect(made).toMatchObject({ code: 0, err: [] });
  expect(readFileSync(plan).equals(before)).toBe(true);

  const original = unzipSync(before);
  const copy = unzipSync(readFileSync(output));
  for (const [name, bytes] of Object.entries(original)) {
    // Folder entries (ExcelJS writes them) are no parts and are not copied.
    if (LISTING_PARTS.includes(name) || name.endsWith("/")) continue;
    expect([name, Buffer.from(copy[name]).equals(Buffer.from(bytes))]).toEqual([name, true]);
  }
  const added = Object.keys(copy).filter((name) => !(name in original));
  expect(added).toEqual([expect.stringMatching(/^xl\/worksheets\/sheet\d+\.xml$/)]);

  // ExcelJS reads it: the user's sheets first, in their order, the history last.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(output);
  const originalBook = new ExcelJS.Workbook();
  await originalBook.xlsx.readFile(plan);
  expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
    ...originalBook.worksheets.map((sheet) => sheet.name),
    HISTORY_SHEET,
  ]);
  const snapshots = await historyOf(output);
  expect(snapshots.map(({ round, fiscalYear }) => [round, fiscalYear])).toEqual([[6, 2566]]);
  expect(snapshots[0].measures).toHaveLength(5);

  // LibreOffice opens it and finds the block on the history sheet.
  const csv = at("csv");
  execFileSync("soffice", [
    "--headless",
    "--convert-to",
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
    "--outdir",
    csv,
    output,
  ]);
  const historyCsv = readdirSync(csv).find((name) => name.includes(HISTORY_SHEET))!;
  const lines = readFileSync(join(csv, historyCsv), "utf8").split("\n");
  expect(lines[0]).toBe("รอบ 6 เดือน ปีงบประมาณ 2566,บันทึกเมื่อ 2023-04-02,,");
  expect(lines[1]).toBe("มาตรการ,สถานะ,ผลการดำเนินการ,งบประมาณที่ใช้ (บาท)");
});

it("copies parts as they were stored: uncompressed ones, and one it could not inflate within its limits", async () => {
  // A package with stored (uncompressed) parts and an unreferenced part that inflates past the
  // 100 MB part limit: Excel opens it, the reader never needs the part, so the copy must not either.
  const parts = unzipSync(readFileSync(plan));
  const unusual = at("unusual.xlsx");
  writeFileSync(
    unusual,
    zipSync({
      ...Object.fromEntries(
        Object.entries(parts).map(([name, bytes]) => [name, [bytes, { level: 0 }]])
      ),
      "xl/media/unused.bin": [new Uint8Array(101 * 1024 * 1024), { level: 9 }],
    })
  );
  const output = at("unusual-after-6.xlsx");
  const made = await runCommand(["snapshot", unusual, "-o", output, "--round", "6"], ROUND_SIX_DAY);
  expect(made).toMatchObject({ code: 0, err: [] });
  const before = new ZipReader(readFileSync(unusual));
  const after = new ZipReader(readFileSync(output));
  const copied = (name: string) => !LISTING_PARTS.includes(name) && !name.endsWith("/");
  for (const name of before.names.filter(copied)) {
    const [was, is] = [before.stored(name)!, after.stored(name)!];
    expect([name, is.method, is.crc, is.size]).toEqual([name, was.method, was.crc, was.size]);
    expect([name, Buffer.from(is.bytes).equals(Buffer.from(was.bytes))]).toEqual([name, true]);
  }
  expect((await historyOf(output)).map(({ round }) => round)).toEqual([6]);
});

it("refuses a second snapshot of a round until --again, then keeps both; round 12 reports since round 6", async () => {
  const roundSix = at("after-6b.xlsx");
  await runCommand(["snapshot", plan, "-o", roundSix, "--round", "6"], ROUND_SIX_DAY);
  const refused = await runCommand(
    ["snapshot", roundSix, "-o", at("refused.xlsx"), "--round", "6"],
    ROUND_TWELVE_DAY
  );
  expect(refused.code).toBe(1);
  expect(refused.err.join("\n")).toContain("2023-04-02");
  expect(existsSync(at("refused.xlsx"))).toBe(false);

  const again = at("again.xlsx");
  const kept = await runCommand(
    ["snapshot", roundSix, "-o", again, "--round", "6", "--again", "--lang", "en"],
    new Date(Date.UTC(2023, 3, 5))
  );
  expect(kept.code).toBe(0);
  // The earlier block's part patched, not rewritten: its rows are there as they were.
  expect((await historyOf(again)).map((s) => s.takenOn.toISOString().slice(0, 10))).toEqual([
    "2023-04-02",
    "2023-04-05",
  ]);

  const roundTwelve = at("after-12.xlsx");
  expect(
    (await runCommand(["snapshot", again, "-o", roundTwelve, "--round", "12"], ROUND_TWELVE_DAY))
      .code
  ).toBe(0);
  const report = at("report-12.xlsx");
  expect(
    (await runCommand(["report", roundTwelve, "-o", report, "--round", "12"], ROUND_TWELVE_DAY))
      .code
  ).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(report);
  const lines = book.getWorksheet("สรุปรายงาน 2566 รอบ12")!.getSheetValues().flat().map(String);
  // Compared with the latest round-6 block (5 April): nothing changed between then and now.
  expect(lines).toContain(
    "เทียบกับรอบ 6 เดือน (บันทึกผลเมื่อ 5 เมษายน 2566): ไม่มีมาตรการที่ดำเนินการแล้วเสร็จหรือรายงานผลเพิ่มขึ้น"
  );
});

it("says plainly why a broken or clashing workbook gets no snapshot, and writes nothing", async () => {
  const broken = at("broken.xlsx");
  writeFileSync(broken, readFileSync(plan).subarray(0, 3000));
  const damaged = await runCommand(["snapshot", broken, "-o", at("x.xlsx"), "--round", "6"]);
  expect(damaged).toMatchObject({ code: 2, out: [] });
  expect(damaged.err).toEqual([`อ่านไฟล์ Excel ไม่ได้ ไฟล์อาจเสียหาย (${broken})`]);

  // The history sheet's name held by a chart sheet: adding a worksheet of that name would make
  // Excel repair the file.
  const clash = at("clash.xlsx");
  const chartType = `${RELS}/chartsheet`;
  writeFileSync(
    clash,
    planPackage(planSheetXml(3), {
      replace: {
        "xl/workbook.xml": {
          data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${RELS}"><sheets><sheet name="แผน" sheetId="1" r:id="rId1"/><sheet name="${HISTORY_SHEET}" sheetId="2" r:id="rId2"/></sheets></workbook>`,
        },
        "xl/_rels/workbook.xml.rels": {
          data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${chartType}" Target="chartsheets/sheet1.xml"/></Relationships>`,
        },
      },
    })
  );
  const output = at("clash-out.xlsx");
  const taken = await runCommand(
    ["snapshot", clash, "-o", output, "--round", "6", "--year", "2566", "--lang", "en"],
    ROUND_SIX_DAY
  );
  expect(taken.code).toBe(2);
  expect(taken.err).toEqual([
    `${output} was not written: "${HISTORY_SHEET}" is the name of a chart sheet or another kind of sheet in the plan; rename that sheet first`,
  ]);
  expect(existsSync(output)).toBe(false);
});
