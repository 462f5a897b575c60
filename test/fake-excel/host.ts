// The fake Excel process: one workbook, Excel.run, counters, fault injection and user edits.
import { areaAddress, parseArea, quoteSheetName } from "../../src/domain/a1";
import { FakeRequestContext } from "./context";
import { FakeExcelError } from "./errors";
import { emptyCell, newWorkbook, WorkbookModel } from "./model";
import { cellsOf } from "./range";

export interface SyncRecord {
  bytes: number;
}

export class FakeExcelHost {
  model: WorkbookModel;
  readonly syncs: SyncRecord[] = [];
  private operationsApplied = 0;
  private failAt?: number;
  private failFrom?: number;
  private readonly pendingEvents: Array<() => Promise<unknown>> = [];

  constructor(sheetNames?: string[]) {
    this.model = newWorkbook(sheetNames);
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

  recordSync(bytes: number): void {
    this.syncs.push({ bytes });
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

  /** A person typing into cells: changes values and raises onChanged with triggerSource Unknown. */
  async userEdit(
    sheetName: string,
    address: string,
    values: (string | number | boolean)[][]
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
      cell.value = values[r][c];
      delete cell.formula;
      sheet.cells.set(`${row},${column}`, cell);
    }
    this.queueEvent(sheet.id, areaAddress(area), "Unknown");
    await this.dispatchEvents();
  }

  queueEvent(sheetId: string, address: string, triggerSource: "Unknown" | "ThisLocalAddin"): void {
    const sheet = this.model.sheets.find((s) => s.id === sheetId);
    if (!sheet) return;
    for (const handler of [...sheet.changeHandlers, ...this.model.changeHandlers]) {
      const event = {
        address,
        changeType: "RangeEdited",
        source: "Local",
        triggerSource,
        type: "WorksheetChanged",
        worksheetId: sheetId,
      } as unknown as Excel.WorksheetChangedEventArgs;
      this.pendingEvents.push(() => handler(event));
    }
  }

  /** After a sync, tells onChanged handlers about the add-in's own writes, then any queued events. */
  async dispatchEvents(): Promise<void> {
    for (const sheet of this.model.sheets) {
      for (const address of sheet.changeLog) {
        this.queueEvent(sheet.id, address.split("!").pop() ?? address, "ThisLocalAddin");
      }
      sheet.changeLog = [];
    }
    while (this.pendingEvents.length > 0) await this.pendingEvents.shift()?.();
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
