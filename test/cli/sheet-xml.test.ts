// The XML scanners behind the command line's reading, on parts written the way Excel, LibreOffice
// and other producers write them (ExcelJS-written files are covered by the command tests).
import { strToU8, zipSync } from "fflate";
import { writeFileSync } from "fs";
import { join } from "path";
import { sharedStringsFrom, sheetGridFrom, workbookFrom } from "../../src/xlsx/sheet-xml";
import { loadWorkbook } from "../../src/xlsx/input-file";
import { choosePlanSheet } from "../../src/xlsx/xlsx-reader";
import { scratchDirectory } from "../support/xlsx-fixtures";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function sheetXml(rows: string, after = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${RELS}"><dimension ref="A1:C3"/><sheetData>${rows}</sheetData>${after}</worksheet>`;
}

describe("shared strings", () => {
  it("joins rich-text runs, leaves out phonetic guides, and keeps line breaks and escapes", () => {
    const xml =
      `<sst xmlns="${MAIN}" count="4" uniqueCount="4">` +
      `<si><t>มาตรการ</t></si>` +
      `<si><r><rPr><b/><sz val="16"/><rFont val="TH SarabunPSK"/></rPr><t>ผล</t></r><r><t xml:space="preserve"> การดำเนินการ</t></r><rPh sb="0" eb="2"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></si>` +
      `<si><t>บรรทัด 1&#10;บรรทัด 2_x000D_ &amp; &lt;3&gt; _x005F_x0041_</t></si>` +
      `<si><t/></si>` +
      `</sst>`;
    expect(sharedStringsFrom(xml)).toEqual([
      "มาตรการ",
      "ผล การดำเนินการ",
      "บรรทัด 1\nบรรทัด 2\r & <3> _x0041_",
      "",
    ]);
  });

  it("reads parts whose elements carry a namespace prefix", () => {
    const xml = `<x:sst xmlns:x="${MAIN}"><x:si><x:t>กองคลัง</x:t></x:si></x:sst>`;
    expect(sharedStringsFrom(xml)).toEqual(["กองคลัง"]);
  });

  it("decodes numeric and named entities, and CDATA", () => {
    const xml = `<sst><si><t>&#x0E01;&#3586;&quot;&apos;<![CDATA[<ค&>]]></t></si></sst>`;
    expect(sharedStringsFrom(xml)).toEqual(["กข\"'<ค&>"]);
  });
});

describe("a worksheet's grid", () => {
  const strings = ["มาตรการ", "สถานะ", "ตรวจสอบแล้ว"];

  it("gives values as Excel's API does: numbers, text, booleans, errors, formula results", () => {
    const xml = sheetXml(
      `<row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s" s="2"><v>1</v></c></row>` +
        `<row r="2"><c r="A2"><v>243.5</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c></row>` +
        `<row r="3"><c r="A3"><f>A2*2</f><v>487</v></c><c r="B3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C3" t="inlineStr"><is><t>ใน&amp;เซลล์</t></is></c></row>` +
        `<row r="4"><c r="A4" s="3"/><c r="B4"><f>NOW()</f></c><c r="C4" t="d"><v>2026-11-22T00:00:00</v></c></row>`
    );
    expect(sheetGridFrom(xml, strings).values).toEqual([
      ["มาตรการ", "สถานะ", null],
      [243.5, true, "#N/A"],
      [487, "ab", "ใน&เซลล์"],
      [null, null, 46348],
    ]);
  });

  it("places cells and rows without references after the ones before them", () => {
    const xml = sheetXml(
      `<row><c t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c><c t="s"><v>2</v></c></row>` +
        `<row><c><v>7</v></c></row><row r="5"><c r="B5"><v>9</v></c></row>`
    );
    expect(sheetGridFrom(xml, strings).values).toEqual([
      ["มาตรการ", null, "สถานะ", "ตรวจสอบแล้ว"],
      [7, null, null, null],
      [null, null, null, null],
      [null, null, null, null],
      [null, 9, null, null],
    ]);
  });

  it("lists hidden rows and keeps a merged area's value in its top-left cell only", () => {
    const xml = sheetXml(
      `<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>1</v></c></row>` +
        `<row r="2" hidden="1"><c r="A2"><v>1</v></c></row>` +
        `<row r='3' hidden='true'><c r='B3'><v>2</v></c></row>`,
      `<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>`
    );
    const grid = sheetGridFrom(xml, strings);
    expect(grid.values[0]).toEqual(["สถานะ", null]);
    expect(grid.hiddenRows).toEqual([1, 2]);
  });

  it("reads a sheet whose elements carry a namespace prefix", () => {
    const xml = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(sheetGridFrom(xml, strings).values).toEqual([
      [null, null],
      [null, "ตรวจสอบแล้ว"],
    ]);
  });

  it("is empty for a sheet without values", () => {
    expect(sheetGridFrom(sheetXml(`<row r="1"><c r="A1" s="1"/></row>`), []).values).toEqual([]);
  });
});

describe("the workbook part", () => {
  it("lists sheets with their relationship ids and only workbook-level names", () => {
    const parts = workbookFrom(
      `<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets>` +
        `<sheet name="แผน &amp; ผล" sheetId="1" r:id="rId1"/><sheet name="ตั้งค่า ITA" sheetId="2" state="hidden" r:id="rId2"/>` +
        `</sheets><definedNames>` +
        `<definedName name="_xlnm.Print_Area" localSheetId="0">'แผน &amp; ผล'!$A$1:$H$20</definedName>` +
        `<definedName name="ITA_FiscalYear">'ตั้งค่า ITA'!$B$2</definedName>` +
        `</definedNames></workbook>`
    );
    expect(parts.sheets).toEqual([
      { name: "แผน & ผล", relationshipId: "rId1" },
      { name: "ตั้งค่า ITA", relationshipId: "rId2" },
    ]);
    expect([...parts.names]).toEqual([["ITA_FiscalYear", "'ตั้งค่า ITA'!$B$2"]]);
  });
});

describe("opening a package", () => {
  const directory = scratchDirectory();

  /** A workbook as another producer might lay it out: the workbook part elsewhere, absolute and
   * relative targets, a chart sheet, a picture, inline strings and no shared strings. */
  function foreignPackage(): Uint8Array {
    const type = (name: string) => `${RELS}/${name}`;
    const text = (value: string) => strToU8(value);
    return zipSync({
      "[Content_Types].xml": text(`<Types/>`),
      "_rels/.rels": text(
        `<Relationships><Relationship Id="r1" Type="${type("officeDocument")}" Target="/book/main.xml"/></Relationships>`
      ),
      "book/main.xml": text(
        `<workbook xmlns:r="${RELS}"><sheets><sheet name="กราฟ" sheetId="1" r:id="c1"/><sheet name="ตั้งค่า" sheetId="3" r:id="s2"/><sheet name="Plan" sheetId="2" r:id="s1"/></sheets>` +
          `<definedNames><definedName name="ITA_FiscalYear">'ตั้งค่า'!$A$1</definedName></definedNames></workbook>`
      ),
      "book/_rels/main.xml.rels": text(
        `<Relationships><Relationship Id="c1" Type="${type("chartsheet")}" Target="charts/one.xml"/>` +
          `<Relationship Id="s1" Type="${type("worksheet")}" Target="/book/sheets/plan.xml"/>` +
          `<Relationship Id="s2" Type="${type("worksheet")}" Target="./sheets/../sheets/settings.xml"/></Relationships>`
      ),
      "book/charts/one.xml": text(`<chartsheet/>`),
      "book/sheets/plan.xml": text(
        sheetXml(
          `<row r="1"><c r="A1" t="inlineStr"><is><t>มาตรการ</t></is></c><c r="B1" t="inlineStr"><is><t>วิธีดำเนินการ</t></is></c><c r="C1" t="inlineStr"><is><t>ผู้รับผิดชอบ</t></is></c><c r="D1" t="inlineStr"><is><t>ระยะเวลา</t></is></c></row>`
        )
      ),
      "book/sheets/settings.xml": text(sheetXml(`<row r="1"><c r="A1"><v>2570</v></c></row>`)),
      "book/media/logo.png": new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    });
  }

  it("follows the package's relationships, skips chart sheets, and reads defined names", async () => {
    const path = join(directory, "foreign.xlsx");
    writeFileSync(path, foreignPackage());
    const file = await loadWorkbook(path);
    expect(file.sheetNames).toEqual(["ตั้งค่า", "Plan"]);
    expect(file.namedValue("ITA_FiscalYear")).toBe(2570);
    expect(file.namedValue("ITA_Round")).toBeNull();
    expect(choosePlanSheet(file, undefined)).toBe("Plan");
    expect(choosePlanSheet(file, " plan ")).toBe("Plan");
    expect(() => choosePlanSheet(file, "กราฟ")).toThrow(
      expect.objectContaining({ reason: "noSheet" })
    );
  });

  it("says a zip without a workbook is not an .xlsx file, and names a workbook without worksheets", async () => {
    const officeDocument = (target: string) =>
      strToU8(
        `<Relationships><Relationship Id="r1" Type="${RELS}/officeDocument" Target="${target}"/></Relationships>`
      );
    const files = {
      "spreadsheet.ods": {
        mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"),
        "content.xml": strToU8("<office:document-content/>"),
      },
      "memo-renamed.xlsx": {
        "_rels/.rels": officeDocument("word/document.xml"),
        "word/document.xml": strToU8("<w:document/>"),
      },
      "charts-only.xlsx": {
        "_rels/.rels": officeDocument("xl/workbook.xml"),
        "xl/workbook.xml": strToU8(
          `<workbook xmlns:r="${RELS}"><sheets><sheet name="กราฟ" sheetId="1" r:id="c1"/></sheets></workbook>`
        ),
        "xl/_rels/workbook.xml.rels": strToU8(
          `<Relationships><Relationship Id="c1" Type="${RELS}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`
        ),
      },
    };
    for (const [name, parts] of Object.entries(files))
      writeFileSync(join(directory, name), zipSync(parts));
    for (const name of ["spreadsheet.ods", "memo-renamed.xlsx"]) {
      await expect(loadWorkbook(join(directory, name))).rejects.toMatchObject({
        reason: "notXlsx",
      });
    }
    await expect(loadWorkbook(join(directory, "charts-only.xlsx"))).rejects.toMatchObject({
      reason: "noWorksheets",
      detail: join(directory, "charts-only.xlsx"),
    });
  });
});
