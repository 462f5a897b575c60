// Writes the measure-plan template: two round trips (what names are taken, then every write).
import { areaAddress, columnLetter, quoteSheetName } from "../domain/a1";
import type { ExcelCapabilities } from "../domain/excel-capabilities";
import type { ColumnKind } from "../domain/plan-columns";
import { UNITS_NAME } from "../domain/plan-settings";
import {
  buildPlanTemplate,
  PlanTemplateSpec,
  SettingsSheetSpec,
  TemplateRequest,
  WorkbookNames,
} from "../domain/plan-template";
import type { ProgressSummarySpec } from "../domain/progress-summary";
import type { TemplateResult } from "../services/workbook-service";
import { removeCreated, undoAfter } from "./rollback";
import { FILLS, THAI_FONT } from "../domain/sheet-look";
import { UPDATED_DATE_FORMAT } from "../domain/tick-edits";
import { isFormula, literalFormats, writeLiteral } from "./literal-text";
import { charactersToPoints } from "./sheet-styles";

const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  money: "#,##0.00",
  number: "0",
  indicator: "0",
  date: UPDATED_DATE_FORMAT,
};

export async function insertPlanTemplate(
  context: Excel.RequestContext,
  request: TemplateRequest,
  capabilities: ExcelCapabilities
): Promise<TemplateResult> {
  const taken = queueTakenNames(context);
  await context.sync();
  const spec = buildPlanTemplate(request, taken());
  await writePlanWorkbook(context, spec, capabilities);
  return { sheet: spec.sheet, rows: spec.rows.length };
}

/** Queues loading the sheet, table and defined names in use; read them after the next sync. */
export function queueTakenNames(context: Excel.RequestContext): () => WorkbookNames {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name");
  return () => ({
    sheets: sheets.items.map((sheet) => sheet.name),
    definedNames: [
      ...tables.items.map((table) => table.name),
      ...names.items.map((name) => name.name),
    ],
  });
}

/** Writes a plan sheet (with settings and summary when needed) in one round trip; if any call
 * fails, removes what it created so the workbook is as it was. */
export async function writePlanWorkbook(
  context: Excel.RequestContext,
  spec: PlanTemplateSpec,
  capabilities: ExcelCapabilities
): Promise<string> {
  try {
    if (spec.settings) writeSettingsSheet(context, spec.settings);
    writePlanSheet(context, spec, capabilities);
    writeSummarySheet(context, spec.summary);
    const planSheet = context.workbook.worksheets.getItem(spec.sheet);
    // Its id in the same round trip (the pane follows the new plan by it); activating stays the
    // batch's last step, so a failure before it leaves the user's sheet active.
    planSheet.load("id");
    planSheet.activate();
    await context.sync();
    return planSheet.id;
  } catch (error) {
    const sheets = [
      spec.sheet,
      spec.summary.sheet,
      ...(spec.settings ? [spec.settings.sheet] : []),
    ];
    const names = spec.settings
      ? [...spec.settings.fields.map((f) => f.field.name), UNITS_NAME]
      : [];
    return undoAfter(error, () => removeCreated(context, { sheets, names }), sheets);
  }
}

function writeSettingsSheet(context: Excel.RequestContext, settings: SettingsSheetSpec): void {
  const sheet = context.workbook.worksheets.add(settings.sheet);
  const fieldCount = settings.fields.length;
  writeLiteral(sheet.getRange("A1"), [[settings.title]]);
  sheet.getRange("A1").format.font.bold = true;
  writeLiteral(
    sheet.getRangeByIndexes(2, 0, fieldCount, 2),
    settings.fields.map(({ field, value }) => [field.label, value])
  );

  const unitsRow = 2 + fieldCount + 1;
  writeLiteral(sheet.getRangeByIndexes(unitsRow, 0, 1, 1), [[settings.unitsHeading]]);
  sheet.getRangeByIndexes(unitsRow, 0, 1, 1).format.font.bold = true;
  const firstUnit = unitsRow + 1;
  writeLiteral(
    sheet.getRangeByIndexes(firstUnit, 0, settings.units.length, 1),
    settings.units.map((unit) => [unit])
  );

  const used = sheet.getRangeByIndexes(0, 0, firstUnit + settings.unitSlots, 2);
  used.format.font.name = THAI_FONT;
  used.format.font.size = 16;
  sheet.getRange("A:A").format.columnWidth = charactersToPoints(45);
  sheet.getRange("B:B").format.columnWidth = charactersToPoints(35);
  sheet.getRangeByIndexes(2, 1, fieldCount, 1).format.fill.color = FILLS.input;

  const quoted = quoteSheetName(settings.sheet);
  settings.fields.forEach(({ field }, index) => {
    context.workbook.names.add(field.name, `=${quoted}!$B$${3 + index}`);
  });
  // The drop-down lists only the filled cells, so users can add units below the defaults.
  const slots = `${quoted}!$A$${firstUnit + 1}:$A$${firstUnit + settings.unitSlots}`;
  context.workbook.names.add(
    UNITS_NAME,
    `=OFFSET(${quoted}!$A$${firstUnit + 1},0,0,MAX(1,COUNTA(${slots})),1)`
  );
}

function writePlanSheet(
  context: Excel.RequestContext,
  spec: PlanTemplateSpec,
  capabilities: ExcelCapabilities
): void {
  const sheet = context.workbook.worksheets.add(spec.sheet);
  const columnCount = spec.columns.length;
  const rowCount = spec.rows.length;
  const whole = sheet.getRangeByIndexes(0, 0, rowCount + 1, columnCount);
  // Number columns get their format with the text cells' "@", before the values arrive.
  writeLiteral(
    whole,
    [spec.columns.map((column) => column.header), ...spec.rows],
    (column) => NUMBER_FORMATS[spec.columns[column].kind]
  );

  const table = sheet.tables.add(
    `${quoteSheetName(spec.sheet)}!${areaAddress({ row: 0, column: 0, rowCount: rowCount + 1, columnCount })}`,
    true
  );
  table.name = spec.tableName;
  table.style = "TableStyleLight9";

  whole.format.font.name = THAI_FONT;
  whole.format.font.size = 14;
  whole.format.wrapText = true;
  whole.format.verticalAlignment = "Top";
  const header = sheet.getRangeByIndexes(0, 0, 1, columnCount);
  header.format.font.bold = true;
  header.format.horizontalAlignment = "Center";
  header.format.verticalAlignment = "Center";
  sheet.freezePanes.freezeRows(1);

  spec.columns.forEach((column, index) => {
    const letter = columnLetter(index);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = charactersToPoints(column.width);
    const body = sheet.getRangeByIndexes(1, index, rowCount, 1);
    if (column.kind === "owner") {
      body.dataValidation.rule = { list: { inCellDropDown: true, source: `=${UNITS_NAME}` } };
      // Units outside the list (e.g. งานการเจ้าหน้าที่) stay allowed: warn, do not block.
      body.dataValidation.errorAlert = {
        showAlert: true,
        style: "Warning",
        title: "ผู้รับผิดชอบ",
        message: "ไม่อยู่ในรายชื่อหน่วยงานในแผ่นงานตั้งค่า",
      };
    }
    if (column.kind === "indicator") {
      body.dataValidation.rule = {
        wholeNumber: { formula1: 1, formula2: 10, operator: "Between" },
      };
    }
    if (column.kind === "status") writeStatusColumn(body, capabilities, `${letter}2`);
  });
  header.format.fill.color = FILLS.header;
}

function writeSummarySheet(context: Excel.RequestContext, summary: ProgressSummarySpec): void {
  const sheet = context.workbook.worksheets.add(summary.sheet);
  const all = sheet.getRange("A1:C20");
  all.format.font.name = THAI_FONT;
  all.format.font.size = 16;
  sheet.getRange("A:A").format.columnWidth = charactersToPoints(34);
  sheet.getRange("B:C").format.columnWidth = charactersToPoints(16);
  for (const cell of summary.cells) {
    const range = sheet.getRange(cell.address);
    if (!isFormula(cell.content)) range.numberFormat = literalFormats([[cell.content]]);
    range.formulas = [[cell.content]];
    if (cell.style === "title" || cell.style === "heading") range.format.font.bold = true;
    if (cell.style === "heading") range.format.fill.color = FILLS.header;
    if (cell.style === "percent") range.numberFormat = [["0%"]];
  }
}

function writeStatusColumn(
  body: Excel.Range,
  capabilities: ExcelCapabilities,
  firstCell: string
): void {
  body.format.horizontalAlignment = "Center";
  if (capabilities.checkboxes) {
    // The enum's string value; Excel.CellControlType itself exists only in office.js 1.18 builds.
    body.control = { type: "Checkbox" as Excel.CellControlType.checkbox };
    return;
  }
  body.dataValidation.rule = { list: { inCellDropDown: true, source: "TRUE,FALSE" } };
  const ticked = body.conditionalFormats.add("Custom");
  ticked.custom.rule.formula = `=${firstCell}=TRUE`;
  ticked.custom.format.fill.color = FILLS.done;
}
