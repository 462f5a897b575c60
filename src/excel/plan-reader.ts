// Reading a plan sheet: its used values, which rows are hidden, and the user's column mapping,
// all in one round trip. The workbook's fiscal year setting, when it exists, costs one more.
import { parseArea } from "../domain/a1";
import type { CellValue, MappingOverrides, SheetGrid } from "../domain/plan-layout";
import { SETTING_FIELDS } from "../domain/plan-settings";
import { reportSettingsFrom } from "../domain/report/report-inputs";
import type { ReportSettings } from "../domain/report/report-spec";
import { fiscalYearOf } from "../domain/thai-dates";

export const MAPPINGS_SETTING = "ITA.columnMappings";
const FISCAL_YEAR_NAME = "ITA_FiscalYear";

export interface PlanSheetRead {
  sheet: string;
  sheetId: string;
  grid: SheetGrid;
  overrides: MappingOverrides;
  /** Every sheet's saved mapping, by sheet id, to save one back without losing the others. */
  allMappings: Record<string, MappingOverrides>;
  fiscalYear?: number;
}

function rowOf(address: string): number {
  return parseArea(address.split("!").pop() ?? "")?.row ?? -1;
}

function parseMappings(value: unknown): Record<string, MappingOverrides> {
  if (typeof value !== "string") return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === "object" ? (parsed as Record<string, MappingOverrides>) : {};
  } catch {
    // A mapping someone damaged by hand is ignored: recognition still works without it.
    return {};
  }
}

/** Queues reading the named sheet (or the active one) and the workbook's names; after the next
 * sync the returned function gives the plan, without the fiscal year (see readPlanSheet). */
export function queuePlanRead(
  context: Excel.RequestContext,
  sheetId?: string
): () => PlanSheetRead & { namesInUse: string[] } {
  const worksheets = context.workbook.worksheets;
  const sheet = sheetId ? worksheets.getItem(sheetId) : worksheets.getActiveWorksheet();
  sheet.load("name,id");
  const used = sheet.getUsedRange(true);
  used.load("values,rowIndex,columnIndex,rowCount");
  const visible = used.getColumn(0).getVisibleView();
  visible.load("cellAddresses");
  const mappings = context.workbook.settings.getItemOrNullObject(MAPPINGS_SETTING);
  mappings.load("value");
  const names = context.workbook.names.load("items/name");
  // The plugin cannot see that this reader only runs after the caller's sync.
  /* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
  return () => {
    const visibleRows = new Set(visible.cellAddresses.map((row) => rowOf(row[0])));
    const hiddenRows: number[] = [];
    for (let row = used.rowIndex; row < used.rowIndex + used.rowCount; row++) {
      if (!visibleRows.has(row)) hiddenRows.push(row);
    }
    const allMappings = mappings.isNullObject ? {} : parseMappings(mappings.value);
    return {
      sheet: sheet.name,
      sheetId: sheet.id,
      grid: {
        firstRow: used.rowIndex,
        firstColumn: used.columnIndex,
        values: used.values as CellValue[][],
        hiddenRows,
      },
      overrides: allMappings[sheet.id] ?? {},
      allMappings,
      namesInUse: names.items.map((name) => name.name),
    };
  };
  /* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
}

/** Reads the named sheet, or the active one: one sync, and one more for the fiscal-year cell
 * when the workbook has the add-in's settings. */
export async function readPlanSheet(
  context: Excel.RequestContext,
  sheetId?: string
): Promise<PlanSheetRead> {
  const read = queuePlanRead(context, sheetId);
  await context.sync();
  const plan = read();
  return {
    ...plan,
    fiscalYear: plan.namesInUse.includes(FISCAL_YEAR_NAME)
      ? await readFiscalYear(context)
      : undefined,
  };
}

async function readFiscalYear(context: Excel.RequestContext): Promise<number | undefined> {
  const cell = context.workbook.names.getItem(FISCAL_YEAR_NAME).getRange();
  cell.load("values");
  await context.sync();
  const year = Number(cell.values[0]?.[0]);
  return Number.isInteger(year) && year > 2400 ? year : undefined;
}

/** Queues reading the add-in's setting cells that exist (their names are known from a plan
 * read); after the next sync the returned function gives the report settings. */
export function queueSettingsRead(
  context: Excel.RequestContext,
  namesInUse: readonly string[],
  today: Date
): () => ReportSettings {
  const cells = SETTING_FIELDS.filter((field) => namesInUse.includes(field.name)).map((field) => ({
    name: field.name,
    range: context.workbook.names.getItem(field.name).getRange().load("values"),
  }));
  return () =>
    reportSettingsFrom(
      Object.fromEntries(cells.map(({ name, range }) => [name, range.values[0][0] as CellValue])),
      fiscalYearOf(today)
    );
}
