// Reading a plan sheet: its used values, which rows are hidden, and the user's column mapping,
// all in one round trip (a plan too large for one response: see syncPlanRead). The workbook's
// fiscal year setting, when it exists, costs one more.
import { parseArea } from "../domain/a1";
import type { CellValue, MappingOverrides, SheetGrid } from "../domain/plan-layout";
import { SETTING_FIELDS } from "../domain/plan-settings";
import { reportSettingsFrom } from "../domain/report/report-inputs";
import type { ReportSettings } from "../domain/report/report-spec";
import { StoredSetting, storedMappings } from "../domain/stored-settings";
import { fiscalYearOf } from "../domain/thai-dates";
import { isResponseTooLarge, readRowBlocks } from "./plan-blocks";

export const MAPPINGS_SETTING = "ITA.columnMappings";
const FISCAL_YEAR_NAME = "ITA_FiscalYear";
export const ROUND_NAME = "ITA_Round";

export interface PlanSheetRead {
  sheet: string;
  sheetId: string;
  grid: SheetGrid;
  overrides: MappingOverrides;
  /** Every sheet's saved mapping, by sheet id, to save one back without losing the others. */
  allMappings: Record<string, MappingOverrides>;
  /** "mappings" when the stored mappings were malformed (in part) and are ignored. */
  ignoredSettings: StoredSetting[];
  fiscalYear?: number;
}

function rowOf(address: string): number {
  return parseArea(address.split("!").pop() ?? "")?.row ?? -1;
}

export type PlanRead = PlanSheetRead & { namesInUse: string[] };

/** Everything of a plan read but its values: small, whatever the plan's size. */
function queueSheetParts(context: Excel.RequestContext, sheetId?: string) {
  const worksheets = context.workbook.worksheets;
  const sheet = sheetId ? worksheets.getItem(sheetId) : worksheets.getActiveWorksheet();
  sheet.load("name,id");
  const used = sheet.getUsedRange(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const mappings = context.workbook.settings.getItemOrNullObject(MAPPINGS_SETTING);
  mappings.load("value");
  const names = context.workbook.names.load("items/name");
  return { sheet, used, mappings, names };
}

type SheetParts = ReturnType<typeof queueSheetParts>;

/** The sheet rows (0-based) a visible view's first-column addresses leave out. */
function hiddenRowsOf(addresses: string[][], firstRow: number, rowCount: number): number[] {
  const visibleRows = new Set(addresses.map((row) => rowOf(row[0])));
  const hidden: number[] = [];
  for (let row = firstRow; row < firstRow + rowCount; row++) {
    if (!visibleRows.has(row)) hidden.push(row);
  }
  return hidden;
}

// The plugin cannot see that these readers only run after the caller's sync.
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
function assemble(parts: SheetParts, values: CellValue[][], hiddenRows: number[]): PlanRead {
  const { sheet, used, mappings, names } = parts;
  // A mapping someone damaged by hand is ignored: recognition still works without it.
  const stored = storedMappings(mappings.isNullObject ? undefined : mappings.value);
  const allMappings = stored.value;
  return {
    sheet: sheet.name,
    sheetId: sheet.id,
    grid: { firstRow: used.rowIndex, firstColumn: used.columnIndex, values, hiddenRows },
    overrides: allMappings[sheet.id] ?? {},
    allMappings,
    ignoredSettings: stored.ignored ? ["mappings"] : [],
    namesInUse: names.items.map((name) => name.name),
  };
}

/** Queues reading the named sheet (or the active one) and the workbook's names in one request;
 * after the next sync the returned function gives the plan, without the fiscal year. A plan
 * whose values pass Excel on the web's 5 MB response limit fails that sync: syncPlanRead then
 * reads it in row blocks. */
export function queuePlanRead(context: Excel.RequestContext, sheetId?: string): () => PlanRead {
  const parts = queueSheetParts(context, sheetId);
  parts.used.load("values");
  const visible = parts.used.getColumn(0).getVisibleView();
  visible.load("cellAddresses");
  return () =>
    assemble(
      parts,
      parts.used.values as CellValue[][],
      hiddenRowsOf(visible.cellAddresses, parts.used.rowIndex, parts.used.rowCount)
    );
}
/* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load */

/** Syncs a plan read queued with whatever else `queueOthers` queues: one round trip. A plan too
 * large for one response is read again: its size (and the others) in one, then its rows in as
 * few blocks as fit under the limit (see plan-blocks.ts). */
export async function syncPlanRead<T>(
  context: Excel.RequestContext,
  sheetId: string | undefined,
  queueOthers: () => () => T
): Promise<{ plan: PlanRead; others: T }> {
  const others = queueOthers();
  const plan = queuePlanRead(context, sheetId);
  try {
    await context.sync();
    return { plan: plan(), others: others() };
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
  }
  const othersAgain = queueOthers();
  const parts = queueSheetParts(context, sheetId);
  await context.sync();
  const blocks = await readRowBlocks(context, parts.sheet, {
    row: parts.used.rowIndex,
    column: parts.used.columnIndex,
    rowCount: parts.used.rowCount,
    columnCount: parts.used.columnCount,
  });
  return {
    plan: assemble(
      parts,
      blocks.values,
      hiddenRowsOf(blocks.addresses, parts.used.rowIndex, parts.used.rowCount)
    ),
    others: othersAgain(),
  };
}

/** Reads the named sheet, or the active one, with whatever else `queueOthers` queues: one
 * sync, and one more for the fiscal-year cell when the workbook has the add-in's settings.
 * `queueLater` may queue reads that need the first round's answers into that second sync; it
 * costs a sync of its own only when the workbook has no fiscal-year cell. */
export async function readPlanSheetWith<T, U = undefined>(
  context: Excel.RequestContext,
  sheetId: string | undefined,
  queueOthers: () => () => T,
  queueLater?: (plan: PlanRead, others: T) => (() => U) | null
): Promise<{ plan: PlanSheetRead; others: T; later?: U }> {
  const { plan, others } = await syncPlanRead(context, sheetId, queueOthers);
  const fiscalYear = plan.namesInUse.includes(FISCAL_YEAR_NAME)
    ? queueFiscalYearRead(context)
    : null;
  const later = queueLater?.(plan, others) ?? null;
  if (fiscalYear || later) await context.sync();
  return { plan: { ...plan, fiscalYear: fiscalYear?.() }, others, later: later?.() };
}

export async function readPlanSheet(
  context: Excel.RequestContext,
  sheetId?: string
): Promise<PlanSheetRead> {
  return (await readPlanSheetWith(context, sheetId, () => () => undefined)).plan;
}

function queueFiscalYearRead(context: Excel.RequestContext): () => number | undefined {
  const cell = context.workbook.names.getItem(FISCAL_YEAR_NAME).getRange();
  cell.load("values");
  return () => {
    // Read after the caller's sync, which the plugin cannot see.
    // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
    const year = Number(cell.values[0]?.[0]);
    return Number.isInteger(year) && year > 2400 ? year : undefined;
  };
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
