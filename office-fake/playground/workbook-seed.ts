// What the playground's in-memory workbook starts from: a file's sheets (values only) and its
// defined names, read on the server with the project's own reader (src/xlsx), which treats every
// file as hostile. Plain data, so the page can carry it to the fake Excel in the browser.
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { CellValue } from "../../src/domain/plan-layout";
import { loadWorkbook } from "../../src/xlsx/input-file";
import { sheetTables } from "../../src/xlsx/sheet-tables";
import { choosePlanSheet, SpreadsheetFile } from "../../src/xlsx/xlsx-reader";
import { writeExamplePlan } from "../../test/support/example-plan-workbook";

export interface SeedSheet {
  name: string;
  /** 0-based position of values[0][0] on the sheet. */
  firstRow: number;
  firstColumn: number;
  values: CellValue[][];
}

export interface WorkbookSeed {
  /** Where it came from, shown beside the sheets: a file's name, or empty for the example plan. */
  source: string;
  sheets: SeedSheet[];
  /** Workbook-level names, e.g. { name: "ITA_Organisation", reference: "'ตั้งค่า ITA'!$B$3" }. */
  names: { name: string; reference: string }[];
  /** The file's Excel tables, e.g. { sheet: "แผนมาตรการ ITA", name: "ITA_Plan", reference: "A1:L12" }. */
  tables: { sheet: string; name: string; reference: string }[];
  /** The sheet active when the workbook opens: the plan, when one is found. */
  activeSheet: string;
  /** A new, empty workbook (npm run playground -- --empty), as Excel's File > New makes. */
  empty?: boolean;
}

/** A new workbook's seed: one empty sheet, as Excel opens a blank workbook. */
export function emptySeed(): WorkbookSeed {
  return {
    source: "",
    sheets: [{ name: "Sheet1", firstRow: 0, firstColumn: 0, values: [] }],
    names: [],
    tables: [],
    activeSheet: "Sheet1",
    empty: true,
  };
}

export function seedFromFile(file: SpreadsheetFile, source: string): WorkbookSeed {
  return {
    source,
    sheets: file.sheetNames.map((name) => {
      const { firstRow, firstColumn, values } = file.grid(name);
      return { name, firstRow, firstColumn, values };
    }),
    names: [...file.definedNames].map(([name, reference]) => ({ name, reference })),
    tables: file.sheetNames.flatMap((sheet) =>
      sheetTables(file, sheet).map((table) => ({ sheet, ...table }))
    ),
    activeSheet: choosePlanSheet(file, undefined),
  };
}

/** The seed of an .xlsx file (an UnreadableFileError when it cannot be read), or, without a
 * file, of the demo's example plan written as a file and read back the same way. */
export async function loadSeed(file: string | undefined): Promise<WorkbookSeed> {
  if (file !== undefined) return seedFromFile(await loadWorkbook(file), basename(file));
  const folder = mkdtempSync(join(tmpdir(), "ita-playground-"));
  try {
    const example = join(folder, "example-plan.xlsx");
    await writeExamplePlan(example, new Date());
    return seedFromFile(await loadWorkbook(example), "");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
