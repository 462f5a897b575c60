// The fake Excel process: one workbook, Excel.run, counters, fault injection, the local user's
// and a co-author's edits, and the host's profile (API version, web or desktop).
import { areaAddress, parseArea, quoteSheetName } from "../../src/domain/a1";
import { FakeRequestContext } from "./context";
import { FakeExcelError } from "./errors";
import { ChangeEvents, EventSource } from "./events";
import { emptyCell, newWorkbook, WorkbookModel } from "./model";
import { cellsOf, setCellContent } from "./range";

export interface SyncRecord {
  /** Bytes of the request sent to Excel and of the response it sent back. */
  bytes: number;
  responseBytes: number;
}

export interface HostProfile {
  /** The highest ExcelApi set the host supports, e.g. "1.9", "1.14", "1.18". */
  apiVersion: string;
  /** Excel on the web limits requests and responses to 5 MB; desktop Excel does not. */
  platform: "web" | "desktop";
}

/** The host tests get unless they ask for another; FAKE_EXCEL_API and FAKE_EXCEL_PLATFORM
 * (e.g. "1.9", "desktop") rerun a suite against another profile. */
export const DEFAULT_PROFILE: HostProfile = {
  apiVersion: (typeof process !== "undefined" && process.env.FAKE_EXCEL_API) || "1.18",
  platform:
    typeof process !== "undefined" && process.env.FAKE_EXCEL_PLATFORM === "desktop"
      ? "desktop"
      : "web",
};

/** "1.14" >= "1.9": ExcelApi versions compare by their minor number. */
export function supports(profile: HostProfile, version: string): boolean {
  return Number(profile.apiVersion.split(".")[1]) >= Number(version.split(".")[1]);
}

export class FakeExcelHost {
  model: WorkbookModel;
  readonly syncs: SyncRecord[] = [];
  private operationsApplied = 0;
  private failAt?: number;
  private failFrom?: number;
  /** The cell the local user is typing in, if any (see rejectInCellEditMode). */
  private editingCell?: string;
  readonly events: ChangeEvents;

  constructor(
    sheetNames?: string[],
    readonly profile: HostProfile = DEFAULT_PROFILE
  ) {
    this.model = newWorkbook(sheetNames);
    this.events = new ChangeEvents(
      () => this.model,
      () => supports(this.profile, "1.14")
    );
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** What add-in code calls as Excel.run. */
  async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    const context = new FakeRequestContext(this);
    try {
      const result = await batch(context);
      if (context.hasPending) await context.sync();
      return result;
    } finally {
      context.close();
    }
  }

  /** Makes the Nth operation applied from now on fail, as a lost connection or Excel error would. */
  failOnOperation(n: number): void {
    this.failAt = this.operationsApplied + n;
  }

  /** Makes every operation from the Nth on fail, as a connection lost for good would. */
  failFromOperation(n: number): void {
    this.failFrom = this.operationsApplied + n;
  }

  get operationCount(): number {
    return this.operationsApplied;
  }

  recordSync(bytes: number, responseBytes: number): void {
    this.syncs.push({ bytes, responseBytes });
  }

  /** The local user starts typing in a cell (F2, or a double-click) and has not pressed Enter. */
  startCellEdit(address: string): void {
    this.editingCell = address;
  }

  /** Leaves cell-edit mode without a change (Esc). */
  finishCellEdit(): void {
    this.editingCell = undefined;
  }

  /** Presses Enter on the cell being edited: edit mode ends and what was typed is a change. */
  commitCellEdit(sheetName: string, value: string | number | boolean): Promise<void> {
    const address = this.editingCell;
    if (address === undefined) throw new Error("No cell is being edited");
    this.editingCell = undefined;
    return this.userEdit(sheetName, address, [[value]]);
  }

  /** Excel refuses a whole batch while the user edits a cell, unless the run asked to wait
   * (delayForCellEdit, not used here): @types/office-js Excel.RunOptions.delayForCellEdit, error
   * code InvalidOperationInCellEditMode (Excel.ErrorCodes; office.js strings: "Excel is in
   * cell-editing mode. Please exit the edit mode ... and then try again."). */
  rejectInCellEditMode(): void {
    if (this.editingCell === undefined) return;
    throw new FakeExcelError(
      "InvalidOperationInCellEditMode",
      `Excel is in cell-editing mode (${this.editingCell}). Please exit the edit mode and try again.`
    );
  }

  beforeOperation(description: string): void {
    this.operationsApplied += 1;
    if (
      this.failAt === this.operationsApplied ||
      this.operationsApplied >= (this.failFrom ?? Infinity)
    ) {
      this.failAt = undefined;
      throw new FakeExcelError("GeneralException", `Injected failure at operation ${description}`);
    }
  }

  select(sheetId: string, address: string): void {
    this.model.activeSheetId = sheetId;
    this.model.selection = { sheetId, address };
  }

  /** The local user types or pastes into cells (or undoes, which puts the old values back):
   * Excel parses the input, raises one change event (Local, triggerSource Unknown), and this
   * resolves once the add-in's handlers, and the events their writes raised, have run.
   * `thenEdit`: the user starts typing in that cell before the add-in hears of the change. */
  userEdit(
    sheetName: string,
    address: string,
    values: (string | number | boolean)[][],
    thenEdit?: string
  ) {
    return this.edit(sheetName, address, values, "Local", thenEdit);
  }

  /** A co-author's edit arriving through OneDrive/SharePoint: the same, with source Remote. */
  remoteEdit(sheetName: string, address: string, values: (string | number | boolean)[][]) {
    return this.edit(sheetName, address, values, "Remote");
  }

  private async edit(
    sheetName: string,
    address: string,
    values: (string | number | boolean)[][],
    source: EventSource,
    thenEdit?: string
  ): Promise<void> {
    const sheet = this.sheet(sheetName);
    const area = parseArea(address);
    if (
      !area ||
      values.length !== area.rowCount ||
      values.some((row) => row.length !== area.columnCount)
    ) {
      throw new Error(`Values do not fit ${sheetName}!${address}`);
    }
    for (const [row, column, r, c] of cellsOf(area)) {
      const cell = sheet.cells.get(`${row},${column}`) ?? emptyCell();
      setCellContent(cell, values[r][c]);
      sheet.cells.set(`${row},${column}`, cell);
    }
    this.events.raise(sheet.id, areaAddress(area), source, "Unknown");
    if (thenEdit !== undefined) this.startCellEdit(thenEdit);
    await this.events.delivered();
  }

  /** After a sync: the add-in's own writes raise their events (delivered later, not now). */
  raiseWriteEvents(): void {
    for (const sheet of this.model.sheets) {
      for (const address of sheet.changeLog) {
        this.events.raise(sheet.id, address.split("!").pop() ?? address, "Local", "ThisLocalAddin");
      }
      sheet.changeLog = [];
    }
  }

  /** Test helper: resolves when every change event raised so far has been handled. */
  eventsDelivered(): Promise<void> {
    return this.events.delivered();
  }

  /** Test helper: the whole workbook as text, to compare before and after an action. The id
   * counter is left out: a rolled-back action may have used ids, and that is not a change. */
  snapshot(): string {
    return JSON.stringify(this.model, (_, value) =>
      value instanceof Map ? [...value.entries()] : value instanceof Set ? [...value] : value
    ).replace(/"nextId":\d+/, "");
  }

  /** Test helper: the values of a sheet area as plain data, formulas as their text. */
  read(sheetName: string, address: string): (string | number | boolean)[][] {
    const sheet = this.sheet(sheetName);
    const area = parseArea(address);
    if (!area) throw new Error(`Bad address ${address}`);
    const rows: (string | number | boolean)[][] = [];
    for (const [row, column, r] of cellsOf(area)) {
      const cell = sheet.cells.get(`${row},${column}`);
      (rows[r] ??= []).push(cell?.formula ?? cell?.value ?? "");
    }
    return rows;
  }

  sheet(name: string) {
    const sheet = this.model.sheets.find((s) => s.name === name);
    if (!sheet)
      throw new Error(
        `No sheet ${name}; sheets: ${this.model.sheets.map((s) => quoteSheetName(s.name))}`
      );
    return sheet;
  }

  /** Test helper: put a grid of values on a sheet as if pasted, creating the sheet if needed. */
  paste(sheetName: string, topLeft: string, rows: (string | number | boolean)[][]): void {
    let sheet = this.model.sheets.find((s) => s.name === sheetName);
    if (!sheet) {
      sheet = { ...newWorkbook([sheetName]).sheets[0], id: `{sheet-${this.model.nextId++}}` };
      this.model.sheets.push(sheet);
    }
    const start = parseArea(topLeft);
    if (!start) throw new Error(`Bad address ${topLeft}`);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== "") {
          sheet.cells.set(`${start.row + r},${start.column + c}`, {
            value,
            numberFormat: "General",
            format: {},
          });
        }
      })
    );
  }
}
