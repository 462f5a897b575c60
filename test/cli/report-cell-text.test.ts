// Any text a plan's cell holds comes back from the report file unchanged: XML's special
// characters, control characters and carriage returns (written as _xHHHH_), a literal "_x0041_"
// (written _x005F_x0041_), Thai combining marks and characters outside the BMP. Read back by the
// project's reader, which undoes SpreadsheetML's escapes as Excel does (ECMA-376 §22.9.2.19;
// ExcelJS does not, so it is no judge here).
import { writeFileSync } from "fs";
import { join } from "path";
import { deflateWithZlib } from "../../src/cli/zlib-deflate";
import { reportWorkbookBytes } from "../../src/xlsx/report-file";
import { loadWorkbook } from "../../src/xlsx/input-file";
import { reportFixtureSpec } from "../support/report-fixture";
import { scratchDirectory } from "../support/xlsx-fixtures";

const TEXTS = [
  `ผล <ดี> & "ครบ" 'แล้ว'`,
  "บรรทัด\r\nใหม่\tแท็บ",
  "ควบคุม\u0001\u0008\u001F",
  "ตามตัวอักษร _x0041_ และ _x005F_",
  "น้ำ่ ๑๒๓ 𠀀 😀",
];

describe("cell text in the report file", () => {
  it("reads back exactly as the plan gave it", async () => {
    const spec = reportFixtureSpec("results", 10);
    const table = spec.blocks.find((block) => block.style === "tableBody")!;
    TEXTS.forEach((text, index) => (table.values[index][1] = text));
    const file = join(scratchDirectory(), "texts.xlsx");
    writeFileSync(file, await reportWorkbookBytes(spec, deflateWithZlib));

    const ours = await loadWorkbook(file);
    const grid = ours.grid(spec.sheetName);
    const read = TEXTS.map(
      (_, index) => grid.values[table.row + index - grid.firstRow][1 - grid.firstColumn]
    );
    expect(read).toEqual(TEXTS);
  });
});
