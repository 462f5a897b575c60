// The reader on broken and hostile packages (issue 17): a damaged file is refused whole, a file
// past a limit is refused naming it, and what is legitimate reads exactly.
import { writeFileSync } from "fs";
import { join } from "path";
import { deflateRawSync } from "zlib";
import { sheetGridFrom } from "../../src/xlsx/sheet-xml";
import { loadWorkbook } from "../../src/xlsx/input-file";
import { inflateWithFflate } from "../../src/xlsx/inflated-part";
import { choosePlanSheet, SpreadsheetFile, workbookFromBytes } from "../../src/xlsx/xlsx-reader";
import { inflateWithZlib } from "../../src/xlsx/zlib-inflate";
import { MAIN, PLAN_HEADER, planPackage, planSheetXml, RELS, rowXml } from "../support/raw-package";
import { scratchDirectory } from "../support/xlsx-fixtures";

const directory = scratchDirectory();
let counter = 0;

async function opened(bytes: Buffer): Promise<SpreadsheetFile> {
  const path = join(directory, `case-${++counter}.xlsx`);
  writeFileSync(path, bytes);
  return loadWorkbook(path);
}

/** The plan sheet's grid of a package, or the reason it is refused. */
async function planGrid(bytes: Buffer) {
  const file = await opened(bytes);
  return file.grid("แผน").values;
}

const FULL = planSheetXml(11);

describe("damaged XML is refused whole, never read in part", () => {
  it.each([
    ["a part cut in the middle of a tag", FULL.slice(0, FULL.indexOf('<row r="5"') + 7)],
    ["an unquoted attribute", FULL.replace('<row r="3">', "<row r=3>")],
    ["a mismatched end tag", FULL.replace("</sheetData>", "</sheetdata>")],
    ["an undefined entity", FULL.replace("กองคลัง", "&nbsp;กองคลัง")],
    ["a bare ampersand", FULL.replace("กองคลัง", "กอง & คลัง")],
    ["a character reference XML forbids", FULL.replace("กองคลัง", "&#0;")],
    ["a character reference past Unicode", FULL.replace("กองคลัง", "&#x110000;")],
    ["a repeated attribute", FULL.replace('<row r="3">', '<row r="3" r="4">')],
    ["a DTD", FULL.replace("<worksheet", '<!DOCTYPE worksheet [<!ENTITY x "y">]><worksheet')],
    ["an unterminated comment", FULL.replace("<sheetData>", "<sheetData><!-- note")],
    ["a second root", `${FULL}<worksheet/>`],
    ["a control character", FULL.replace("กองคลัง", "กอง\u0001คลัง")],
    ["a number in hexadecimal", FULL.replace("<v>1000</v>", "<v>0x10</v>")],
    ["a number JavaScript reads, XML Schema not", FULL.replace("<v>1000</v>", "<v>Infinity</v>")],
    [
      "a shared string that does not exist",
      FULL.replace('<c r="G2"><v>1000</v></c>', '<c r="G2" t="s"><v>7</v></c>'),
    ],
  ])("%s", async (_, sheet) => {
    await expect(planGrid(planPackage(sheet))).rejects.toMatchObject({ reason: "corrupt" });
  });
});

describe("legitimate XML reads exactly", () => {
  const strings: string[] = [];
  it("skips comments and processing instructions, reads CDATA and either quote", () => {
    const xml = planSheetXml(
      1,
      "",
      `<!-- ${rowXml(9, ["ไม่ใช่แถว"])} --><?producer note?><row r='3'><c r='A3' t='inlineStr'><is><t><![CDATA[<ก&ข>]]></t></is></c></row>`
    );
    const values = sheetGridFrom(xml, strings).values;
    expect(values).toHaveLength(3);
    expect(values[2][0]).toBe("<ก&ข>");
  });

  it("reads a part saved as UTF-16 with its byte-order mark", async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(FULL.replace('encoding="UTF-8"', 'encoding="UTF-16"'), "utf16le"),
    ]);
    const values = await planGrid(
      planPackage(FULL, { replace: { "xl/worksheets/sheet1.xml": { data: utf16 } } })
    );
    expect(values).toHaveLength(12);
    expect(values[0]).toEqual(PLAN_HEADER);
  });

  it("makes a number that is not finite the error #NUM!, never Infinity or NaN", () => {
    const xml = planSheetXml(
      1,
      "",
      `<row r="3"><c r="E3"><v>1e999</v></c><c r="F3"><v>NaN</v></c><c r="G3"><v>-INF</v></c>` +
        `<c r="H3"><v> +1.5E2 </v></c><c r="I3"><v>.5</v></c></row>`
    );
    expect(sheetGridFrom(xml, strings).values[2].slice(4, 9)).toEqual([
      "#NUM!",
      "#NUM!",
      "#NUM!",
      150,
      0.5,
    ]);
  });
});

describe("references past Excel's sheet are limits, and sparse areas are not expanded", () => {
  it.each([
    ["a column past XFD", FULL.replace('r="A2"', 'r="ZZZZZZ2"'), "columns"],
    ["a row past 1,048,576", FULL.replace('<row r="3">', '<row r="999999999">'), "rows"],
    [
      "cells at both corners of the sheet",
      planSheetXml(1, "", `<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`),
      "gridCells",
    ],
  ])("%s", async (_, sheet, limit) => {
    await expect(planGrid(planPackage(sheet))).rejects.toMatchObject({ reason: "tooLarge", limit });
  });

  it("counts a shared string each time a cell uses it: a small file cannot stand for gigabytes of text", () => {
    // One string of a million characters used by 60 cells: 60 million characters of text from a
    // part of one megabyte (with 20 MB strings, every command ran past 10 s before this limit).
    const long = "ผลการดำเนินการ".repeat(70_000);
    const cells = Array.from(
      { length: 60 },
      (_, i) => `<row r="${i + 2}"><c r="F${i + 2}" t="s"><v>0</v></c></row>`
    );
    const xml = `<worksheet xmlns="${MAIN}"><sheetData>${cells.join("")}</sheetData></worksheet>`;
    expect(() => sheetGridFrom(xml, [long])).toThrow(
      expect.objectContaining({ name: "LimitError", limit: "sheetText" })
    );
    // The same text used by 40 cells is read.
    const fewer = xml.replace(/<row r="(4[2-9]|5\d|6\d)">.*?<\/row>/g, "");
    expect(sheetGridFrom(fewer, [long]).values).toHaveLength(41);
  });

  it("bounds the cells of all the sheets read from one file, a part shared by sheets read once", async () => {
    // 101 sheets over one part of 50,000 cells, the plan last: 5 million cells to look through
    // for a plan from a file of 10 KB (1,300 sheets of 10,000 cells took validate past 10 s).
    const row = `<row>${"<c><v>1</v></c>".repeat(50)}</row>`;
    const numbers = `<worksheet xmlns="${MAIN}"><sheetData>${row.repeat(1000)}</sheetData></worksheet>`;
    const many = (count: number) =>
      planPackage(FULL, {
        replace: {
          "xl/workbook.xml": {
            data: `<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets>${Array.from({ length: count }, (_, i) => `<sheet name="s${i}" sheetId="${i + 2}" r:id="rId2"/>`).join("")}<sheet name="แผน" sheetId="1" r:id="rId1"/></sheets></workbook>`,
          },
          "xl/_rels/workbook.xml.rels": {
            data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${RELS}/worksheet" Target="worksheets/other.xml"/></Relationships>`,
          },
        },
        extra: [{ name: "xl/worksheets/other.xml", data: numbers }],
      });
    const file = await opened(many(101));
    expect(() => choosePlanSheet(file, undefined)).toThrow(
      expect.objectContaining({ reason: "tooLarge", limit: "fileCells" })
    );
    expect(choosePlanSheet(await opened(many(90)), undefined)).toBe("แผน");
  });

  it("reads a defined name over the whole sheet only as far as the sheet is used", async () => {
    const file = await opened(
      planPackage(FULL, { names: { ITA_Scores: "'แผน'!$A$1:$XFD$1048576" } })
    );
    const range = file.namedRange("ITA_Scores")!;
    expect(range).toHaveLength(12);
    expect(range[0]).toEqual(PLAN_HEADER);
  });

  it("applies merges over the whole sheet within the used area, and refuses overlapping ones", async () => {
    const merges = (refs: string[]) =>
      `<mergeCells>${refs.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`;
    const values = await planGrid(
      planPackage(planSheetXml(11, merges(["B13:XFD1048576", "A2:A3"])))
    );
    expect(values[2][0]).toBeNull();
    expect(values[1][0]).toBe("มาตรการที่ 1 เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง");
    await expect(
      planGrid(planPackage(planSheetXml(11, merges(["A2:B3", "B3:C4"]))))
    ).rejects.toMatchObject({ reason: "corrupt" });
  });
});

// Both inflates the reader is given: zlib's in the command line, fflate's in the pane.
describe.each([
  ["Node's zlib (the command line)", inflateWithZlib],
  ["fflate (the pane)", inflateWithFflate],
])("the zip container, inflated by %s", (_, inflate) => {
  const planGrid = async (bytes: Buffer) =>
    workbookFromBytes(bytes, "case.xlsx", inflate).grid("แผน").values;
  const opened = async (bytes: Buffer) => workbookFromBytes(bytes, "case.xlsx", inflate);

  it("refuses a part whose stated size understates it, and one whose CRC is wrong", async () => {
    const short = planPackage(FULL, { replace: { "xl/worksheets/sheet1.xml": { size: 2000 } } });
    await expect(planGrid(short)).rejects.toMatchObject({ reason: "corrupt" });
    const crc = planPackage(FULL, { replace: { "xl/worksheets/sheet1.xml": { crc: 1234 } } });
    await expect(planGrid(crc)).rejects.toMatchObject({ reason: "corrupt" });
  });

  it("refuses a part whose compressed data is cut short or is not DEFLATE", async () => {
    const whole = deflateRawSync(Buffer.from(FULL));
    for (const raw of [
      whole.subarray(0, whole.length >> 1),
      Buffer.alloc(0),
      Buffer.from([0xff]),
    ]) {
      const part = { raw, size: Buffer.byteLength(FULL) };
      const bytes = planPackage(FULL, { replace: { "xl/worksheets/sheet1.xml": part } });
      await expect(planGrid(bytes)).rejects.toMatchObject({ reason: "corrupt" });
    }
  });

  it("refuses duplicate part names, whatever their case", async () => {
    const again = { name: "xl/worksheets/SHEET1.xml", data: planSheetXml(2) };
    await expect(opened(planPackage(FULL, { extra: [again] }))).rejects.toMatchObject({
      reason: "corrupt",
    });
  });

  it("never inflates a part the relationships do not reach", async () => {
    const junk = {
      name: "xl/unused.xml",
      data: "",
      raw: Buffer.from([0xff, 0xff, 0xff]),
      size: 10,
    };
    expect(await planGrid(planPackage(FULL, { extra: [junk] }))).toHaveLength(12);
  });

  it("stops inflating a part at the per-part limit, from the stream", async () => {
    const huge = Buffer.alloc(101 * 1024 * 1024, 0x20);
    const bomb = { raw: deflateRawSync(huge, { level: 1 }), size: 1000 };
    const bytes = planPackage(FULL, { replace: { "xl/worksheets/sheet1.xml": bomb } });
    expect(bytes.length).toBeLessThan(1024 * 1024);
    await expect(planGrid(bytes)).rejects.toMatchObject({ reason: "tooLarge", limit: "partBytes" });
  });
});
