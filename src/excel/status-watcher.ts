// Watches every sheet for a user's edits: a ticked status clears the other two of its row and
// stamps the row's updated date; then the pane is told so it can refresh progress.
import type { ExcelCapabilities } from "../domain/excel-capabilities";
import { areaAddress, parseArea } from "../domain/a1";
import { CellValue, HEADER_SEARCH_ROWS, recognisePlan } from "../domain/plan-layout";
import { serialFromDate } from "../domain/periods";
import { ChangedCell, tickEdits } from "../domain/tick-edits";
import { storedMappings } from "../domain/stored-settings";
import { MAPPINGS_SETTING } from "./plan-reader";

/** Pastes larger than this are not scanned for ticks (their progress is still refreshed). */
const MAX_SCANNED_CELLS = 5_000;
// The header lies in the first 20 rows; two header rows and a margin make 22.
const HEADER_ROWS_READ = HEADER_SEARCH_ROWS + 2;
const HEADER_COLUMNS_READ = 52;

export type RunInExcel = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Cells the add-in wrote, for hosts before ExcelApi 1.14 whose events do not say who wrote. */
export class OwnWrites {
  private readonly pending = new Set<string>();

  add(sheetId: string, address: string): void {
    this.pending.add(`${sheetId}!${address}`);
  }

  /** True (and forgotten) when the event is about a cell the add-in itself wrote. */
  consume(sheetId: string, address: string): boolean {
    return this.pending.delete(`${sheetId}!${address}`);
  }
}

function localToday(now: Date): number {
  return serialFromDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

async function applyTickRules(
  context: Excel.RequestContext,
  event: Excel.WorksheetChangedEventArgs,
  ownWrites: OwnWrites | null,
  now: Date
): Promise<void> {
  const area = parseArea(event.address);
  if (!area || area.rowCount * area.columnCount > MAX_SCANNED_CELLS) return;
  const sheet = context.workbook.worksheets.getItem(event.worksheetId);
  const changed = sheet.getRange(event.address);
  changed.load("values");
  const top = sheet.getRangeByIndexes(0, 0, HEADER_ROWS_READ, HEADER_COLUMNS_READ);
  top.load("values");
  const mappings = context.workbook.settings.getItemOrNullObject(MAPPINGS_SETTING);
  mappings.load("value");
  await context.sync();

  // Malformed mappings are ignored here as on a check (which tells the user).
  const stored = storedMappings(mappings.isNullObject ? undefined : mappings.value);
  const overrides = stored.value[event.worksheetId] ?? {};
  const layout = recognisePlan(
    { firstRow: 0, firstColumn: 0, values: top.values as CellValue[][] },
    overrides
  );
  if (!layout) return;
  const cells: ChangedCell[] = (changed.values as unknown[][]).flatMap((row, r) =>
    row.map((value, c) => ({ row: area.row + r, column: area.column + c, value }))
  );
  const edits = tickEdits(layout, cells, localToday(now));
  if (edits.length === 0) return;
  for (const edit of edits) {
    const cell = sheet.getRangeByIndexes(edit.row, edit.column, 1, 1);
    if (edit.numberFormat) cell.numberFormat = [[edit.numberFormat]];
    cell.values = [[edit.value]];
    ownWrites?.add(event.worksheetId, areaAddress({ ...edit, rowCount: 1, columnCount: 1 }));
  }
  await context.sync();
}

/** Excel refuses every batch while the user edits a cell (error InvalidOperationInCellEditMode,
 * @types/office-js Excel.ErrorCodes; Excel.RunOptions.delayForCellEdit). */
function isCellEditRefusal(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "InvalidOperationInCellEditMode";
}

/** Registers once for the pane's lifetime: handlers die with the pane, so there is no removal. */
export async function watchPlans(
  run: RunInExcel,
  capabilities: Pick<ExcelCapabilities, "triggerSource">,
  onChange: (sheetId: string) => void,
  onError: (error: unknown) => void,
  now: () => Date = () => new Date()
): Promise<void> {
  const ownWrites = new OwnWrites();
  const deferred: Excel.WorksheetChangedEventArgs[] = [];
  const handler = async (event: Excel.WorksheetChangedEventArgs) => {
    // ExcelApi 1.14 says who wrote; before it, the add-in's own record does. Never both: a
    // record the 1.14 path never consumes would later swallow the user's tick on that cell.
    const saysWho = capabilities.triggerSource;
    const ours = capabilities.triggerSource
      ? event.triggerSource === "ThisLocalAddin"
      : ownWrites.consume(event.worksheetId, event.address);
    if (ours) return;
    // A co-author's change: their own pane applies the tick rules; this one only refreshes,
    // so two panes never both stamp a date or clear each other's ticks.
    if (event.source === "Remote") {
      onChange(event.worksheetId);
      return;
    }
    // Changes Excel refused while the user was typing in a cell come first: finishing that
    // edit is itself a change, so they are applied as soon as Excel accepts batches again.
    for (const change of [...deferred.splice(0), event]) {
      try {
        await run((context) => applyTickRules(context, change, saysWho ? null : ownWrites, now()));
      } catch (error) {
        if (isCellEditRefusal(error)) deferred.push(change);
        // A protected sheet, or Excel busy: the user's tick stands; the pane says why the
        // others did not clear.
        else onError(error);
      }
    }
    onChange(event.worksheetId);
  };
  await run(async (context) => {
    context.workbook.worksheets.onChanged.add(handler);
    await context.sync();
  });
}
