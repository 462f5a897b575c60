// The playground opens a file as Excel does, with its tables: the pane then finds the plan of
// the example workbook (the add-in's own plan table) as it would in Excel, and a file without
// that table leaves the pane asking.
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { cellAddress } from "../../src/domain/a1";
import { TEMPLATE_COLUMNS } from "../../src/domain/plan-columns";
import { findPlanSheet } from "../../src/excel/plan-sheet-actions";
import { loadWorkbook } from "../../src/xlsx/input-file";
import { sheetTables } from "../../src/xlsx/sheet-tables";
import { fakeFromSeed } from "../../office-fake/playground/seeded-fake";
import { loadSeed, seedFromFile } from "../../office-fake/playground/workbook-seed";
import { writeExamplePlan } from "../support/example-plan-workbook";
import { inExcel } from "../support/in-excel";

const PROFILE = { apiVersion: "1.18", platform: "desktop" } as const;

describe("the playground's workbook", () => {
  const folder = mkdtempSync(join(tmpdir(), "ita-seed-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("reads a sheet's tables from its table parts, and none from a sheet without", async () => {
    const file = join(folder, "example.xlsx");
    const measures = await writeExamplePlan(file, new Date(Date.UTC(2026, 10, 22)));
    const workbook = await loadWorkbook(file);
    // The header row and one row per measure, over the template's columns.
    const last = cellAddress(measures.length, TEMPLATE_COLUMNS.length - 1);
    expect(sheetTables(workbook, "แผนมาตรการ ITA")).toEqual([
      { name: "ITA_Plan", reference: `A1:${last}` },
    ]);
    expect(sheetTables(workbook, "ตั้งค่า ITA")).toEqual([]);
  });

  it("opens the example plan with its plan table, which the pane takes for the plan", async () => {
    const host = fakeFromSeed(await loadSeed(undefined), PROFILE);
    await expect(inExcel(host)(findPlanSheet)).resolves.toEqual({
      sheetId: host.sheet("แผนมาตรการ ITA").id,
      remembered: false,
    });
  });

  it("leaves the pane asking when the file has no plan table of the add-in", async () => {
    const file = join(folder, "example.xlsx");
    const seed = seedFromFile(await loadWorkbook(file), "example.xlsx");
    const host = fakeFromSeed({ ...seed, tables: [] }, PROFILE);
    await expect(inExcel(host)(findPlanSheet)).resolves.toBeNull();
  });
});
