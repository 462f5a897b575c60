// The plan template (and the scores sheet) as an .xlsx file with ExcelJS, from the same specs the
// add-in writes: for offices whose Excel cannot run the add-in. Status columns are TRUE/FALSE
// drop-downs with a highlight, as on Excel versions without in-cell check boxes.
import ExcelJS from "exceljs";
import { columnLetter, quoteSheetName } from "../domain/a1";
import { UNITS_NAME } from "../domain/plan-settings";
import type { PlanTemplateSpec } from "../domain/plan-template";
import type { ScoresSheetSpec } from "../domain/scores-sheet";
import { UPDATED_DATE_FORMAT } from "../domain/tick-edits";
import { FILLS, THAI_FONT } from "../domain/sheet-look";
import { solidFill, WIDTH_FACTOR } from "./file-look";

const NUMBER_FORMATS: Record<string, string | undefined> = {
  money: "#,##0.00",
  number: "0",
  indicator: "0",
  date: UPDATED_DATE_FORMAT,
};

function content(value: string | number): ExcelJS.CellValue {
  return typeof value === "string" && value.startsWith("=") ? { formula: value.slice(1) } : value;
}

function addSettingsSheet(
  workbook: ExcelJS.Workbook,
  spec: NonNullable<PlanTemplateSpec["settings"]>
): void {
  const sheet = workbook.addWorksheet(spec.sheet);
  sheet.getColumn(1).width = 45 * WIDTH_FACTOR;
  sheet.getColumn(2).width = 35 * WIDTH_FACTOR;
  sheet.getCell("A1").value = spec.title;
  spec.fields.forEach(({ field, value }, index) => {
    const row = 3 + index;
    sheet.getCell(`A${row}`).value = field.label;
    sheet.getCell(`B${row}`).value = value === "" ? null : value;
    sheet.getCell(`B${row}`).fill = solidFill(FILLS.input);
    workbook.definedNames.add(`${quoteSheetName(spec.sheet)}!$B$${row}`, field.name);
  });
  const unitsRow = 3 + spec.fields.length + 1;
  sheet.getCell(`A${unitsRow}`).value = spec.unitsHeading;
  spec.units.forEach((unit, index) => (sheet.getCell(`A${unitsRow + 1 + index}`).value = unit));
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell(
      { includeEmpty: true },
      (cell) =>
        (cell.font = {
          name: THAI_FONT,
          size: 16,
          bold: row.number === 1 || row.number === unitsRow,
        })
    )
  );
  // ExcelJS keeps defined names as ranges only: the units list is the fixed block of slots, and
  // the drop-down shows its blanks after the filled units.
  const first = unitsRow + 1;
  workbook.definedNames.add(
    `${quoteSheetName(spec.sheet)}!$A$${first}:$A$${first + spec.unitSlots - 1}`,
    UNITS_NAME
  );
}

function addPlanSheet(workbook: ExcelJS.Workbook, spec: PlanTemplateSpec): void {
  const sheet = workbook.addWorksheet(spec.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addTable({
    name: spec.tableName,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: spec.columns.map((column) => ({ name: column.header })),
    rows: spec.rows,
  });
  spec.columns.forEach((column, index) => {
    const letter = columnLetter(index);
    sheet.getColumn(index + 1).width = column.width * WIDTH_FACTOR;
    for (let row = 1; row <= spec.rows.length + 1; row++) {
      const cell = sheet.getCell(`${letter}${row}`);
      cell.font = { name: THAI_FONT, size: 14, bold: row === 1 };
      cell.alignment = {
        wrapText: true,
        vertical: row === 1 ? "middle" : "top",
        horizontal: row === 1 || column.kind === "status" ? "center" : undefined,
      };
      if (row === 1) {
        cell.fill = solidFill(FILLS.header);
        continue;
      }
      const format = NUMBER_FORMATS[column.kind];
      if (format) cell.numFmt = format;
      if (column.kind === "owner") {
        cell.dataValidation = {
          type: "list",
          allowBlank: true,
          formulae: [UNITS_NAME],
          showErrorMessage: true,
          errorStyle: "warning",
          errorTitle: "ผู้รับผิดชอบ",
          error: "ไม่อยู่ในรายชื่อหน่วยงานในแผ่นงานตั้งค่า",
        };
      }
      if (column.kind === "indicator") {
        cell.dataValidation = {
          type: "whole",
          operator: "between",
          allowBlank: true,
          formulae: [1, 10],
        };
      }
      if (column.kind === "status") {
        cell.dataValidation = { type: "list", allowBlank: true, formulae: ['"TRUE,FALSE"'] };
      }
    }
    if (column.kind === "status") {
      sheet.addConditionalFormatting({
        ref: `${letter}2:${letter}${spec.rows.length + 1}`,
        rules: [
          {
            type: "expression",
            priority: 1,
            formulae: [`${letter}2=TRUE`],
            style: { fill: solidFill(FILLS.done) },
          },
        ],
      });
    }
  });
}

function addSummarySheet(workbook: ExcelJS.Workbook, spec: PlanTemplateSpec["summary"]): void {
  const sheet = workbook.addWorksheet(spec.sheet);
  sheet.getColumn(1).width = 34 * WIDTH_FACTOR;
  sheet.getColumn(2).width = 16 * WIDTH_FACTOR;
  sheet.getColumn(3).width = 16 * WIDTH_FACTOR;
  for (const cell of spec.cells) {
    const target = sheet.getCell(cell.address);
    target.value = content(cell.content);
    target.font = {
      name: THAI_FONT,
      size: 16,
      bold: cell.style === "title" || cell.style === "heading",
    };
    if (cell.style === "heading") target.fill = solidFill(FILLS.header);
    if (cell.style === "percent") target.numFmt = "0%";
  }
}

/** The plan workbook: settings (when the spec has them), the plan table and its summary. */
export function addPlanSheets(workbook: ExcelJS.Workbook, spec: PlanTemplateSpec): void {
  addPlanSheet(workbook, spec);
  if (spec.settings) addSettingsSheet(workbook, spec.settings);
  addSummarySheet(workbook, spec.summary);
}

/** The ITA scores sheet, its formulas and names. */
export function addScoresSheet(
  workbook: ExcelJS.Workbook,
  spec: ScoresSheetSpec,
  scores: Record<string, number> = {}
): void {
  const sheet = workbook.addWorksheet(spec.sheet);
  sheet.getColumn(1).width = 44 * WIDTH_FACTOR;
  sheet.getColumn(2).width = 10 * WIDTH_FACTOR;
  spec.yearColumns.forEach((letter) => (sheet.getColumn(letter).width = 12 * WIDTH_FACTOR));
  for (const cell of spec.cells) {
    const target = sheet.getCell(cell.address);
    const given = scores[cell.address];
    target.value = given ?? (cell.content === "" ? null : content(cell.content));
    target.font = {
      name: THAI_FONT,
      size: 14,
      bold: cell.style === "title" || cell.style === "header",
    };
    if (cell.style === "header") target.fill = solidFill(FILLS.header);
    if (cell.style === "input") target.fill = solidFill(FILLS.input);
    if (cell.style === "input" || cell.style === "formula") target.numFmt = "0.00";
  }
  for (const name of spec.names) workbook.definedNames.add(name.reference.slice(1), name.name);
}
