// Worksheets: the collection, one sheet, and what hangs off a sheet.
import { CellArea, parseArea } from "../../src/domain/a1";
import { FakeClientObject, LoadedItems, PropertySpec } from "./client-object";
import type { FakeRequestContext } from "./context";
import { FakeExcelError, invalidArgument } from "./errors";
import { newSheet, SheetModel, WorkbookModel } from "./model";
import { FakePageLayout } from "./page-layout";
import { FakeRange } from "./range";
import { FakeTableCollection } from "./table";
import { FakeChartCollection } from "./chart";
import { FakeKeyValueCollection } from "./key-values";

const FORBIDDEN_IN_SHEET_NAMES = /[[\]:*?/\\]/;

export function checkSheetName(model: WorkbookModel, name: string, except?: SheetModel): void {
  if (name.length === 0 || name.length > 31) {
    throw invalidArgument(`Sheet name "${name}" must have 1 to 31 characters`, "Worksheet.name");
  }
  if (FORBIDDEN_IN_SHEET_NAMES.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw invalidArgument(
      `Sheet name "${name}" contains a character Excel forbids`,
      "Worksheet.name"
    );
  }
  const taken = model.sheets.some(
    (s) => s !== except && s.name.toLowerCase() === name.toLowerCase()
  );
  if (taken)
    throw new FakeExcelError("ItemAlreadyExists", `A sheet named "${name}" already exists`);
}

function usedArea(sheet: SheetModel, valuesOnly: boolean): CellArea | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    const hasValue = cell.value !== "" || cell.formula !== undefined;
    if (
      valuesOnly
        ? !hasValue
        : !hasValue && Object.keys(cell.format).length === 0 && cell.numberFormat === "General"
    ) {
      continue;
    }
    const [row, column] = key.split(",").map(Number);
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  if (bottom < 0) return null;
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

export class FakeWorksheet extends FakeClientObject<SheetModel> {
  declare name: Excel.Worksheet["name"];
  declare id: Excel.Worksheet["id"];
  declare position: Excel.Worksheet["position"];
  declare visibility: Excel.Worksheet["visibility"];
  private parts:
    | {
        tables: FakeTableCollection;
        charts: FakeChartCollection;
        pageLayout: FakePageLayout;
        customProperties: FakeKeyValueCollection;
      }
    | undefined = undefined;

  constructor(
    context: FakeRequestContext,
    private readonly locateSheet: () => SheetModel | null,
    orNullObject = false
  ) {
    super(context, locateSheet, "Worksheet", orNullObject);
    Object.preventExtensions(this);
  }

  protected properties(): Record<string, PropertySpec<SheetModel>> {
    const model = () => this.context.host.model;
    return {
      name: {
        read: (sheet) => sheet.name,
        write: (sheet, name: string) => {
          checkSheetName(model(), name, sheet);
          sheet.name = name;
        },
      },
      id: { read: (sheet) => sheet.id },
      position: { read: (sheet) => model().sheets.indexOf(sheet) },
      visibility: {
        read: (sheet) => sheet.visibility,
        write: (sheet, visibility: string) => {
          // A workbook keeps at least one visible sheet: Excel refuses to hide the last one
          // (Excel's own message: "A workbook must contain at least one visible worksheet").
          const othersVisible = model().sheets.some(
            (other) => other !== sheet && other.visibility === "Visible"
          );
          if (visibility !== "Visible" && !othersVisible) {
            throw new FakeExcelError(
              "InvalidOperation",
              "A workbook must contain at least one visible worksheet"
            );
          }
          sheet.visibility = visibility;
        },
      },
    };
  }

  private part() {
    const sheetId = () => this.target().id;
    this.parts ??= {
      tables: new FakeTableCollection(this.context, sheetId),
      charts: new FakeChartCollection(this.context, this.locateSheet),
      pageLayout: new FakePageLayout(this.context, this.locateSheet),
      customProperties: new FakeKeyValueCollection(
        this.context,
        () => this.target().customProperties,
        "WorksheetCustomProperty",
        true
      ),
    };
    return this.parts;
  }

  get tables(): FakeTableCollection {
    return this.part().tables;
  }

  get charts(): FakeChartCollection {
    return this.part().charts;
  }

  get pageLayout(): FakePageLayout {
    return this.part().pageLayout;
  }

  get customProperties(): FakeKeyValueCollection {
    return this.part().customProperties;
  }

  get freezePanes() {
    return Object.freeze({
      freezeRows: (...[count = 1]: Parameters<Excel.WorksheetFreezePanes["freezeRows"]>) =>
        this.queue("freezePanes.freezeRows", count, (sheet) => (sheet.frozenRows = count)),
      unfreeze: () => this.queue("freezePanes.unfreeze", null, (sheet) => (sheet.frozenRows = 0)),
    });
  }

  /** Manual page breaks: add() takes the cell the new page starts at. */
  get horizontalPageBreaks() {
    return Object.freeze({
      add: (...[cell]: Parameters<Excel.PageBreakCollection["add"]>) => {
        const range = cell as unknown as FakeRange;
        if (typeof cell === "string")
          throw invalidArgument("The fake takes a Range for page breaks");
        range.load("rowIndex");
        this.queue("horizontalPageBreaks.add", null, (sheet) => {
          sheet.pageLayout.pageBreaksBefore.push(range.rowIndex);
        });
      },
    });
  }

  get protection(): FakeProtection {
    return new FakeProtection(this.context, this.locateSheet);
  }

  get onChanged() {
    return {
      add: (handler: (event: Excel.WorksheetChangedEventArgs) => Promise<unknown>) => {
        this.queue("onChanged.add", null, (sheet) => sheet.changeHandlers.push(handler));
        return {
          remove: () =>
            this.queue("onChanged.remove", null, (sheet) => remove(sheet.changeHandlers, handler)),
        };
      },
    };
  }

  getRange(...[address]: Parameters<Excel.Worksheet["getRange"]>): FakeRange {
    const area =
      address === undefined
        ? { row: 0, column: 0, rowCount: 1048576, columnCount: 16384 }
        : parseArea(address);
    if (area === null)
      throw invalidArgument(`"${address}" is not a range address`, "Worksheet.getRange");
    return new FakeRange(this.context, () => ({ sheet: this.target(), area }));
  }

  getRangeByIndexes(
    ...[row, column, rowCount, columnCount]: Parameters<Excel.Worksheet["getRangeByIndexes"]>
  ) {
    const area = { row, column, rowCount, columnCount };
    if (row < 0 || column < 0 || rowCount < 1 || columnCount < 1) {
      throw invalidArgument(
        `Indexes ${JSON.stringify(area)} do not make a range`,
        "getRangeByIndexes"
      );
    }
    return new FakeRange(this.context, () => ({ sheet: this.target(), area }));
  }

  getUsedRange(...[valuesOnly = false]: Parameters<Excel.Worksheet["getUsedRange"]>): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.target();
      return {
        sheet,
        area: usedArea(sheet, valuesOnly) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 },
      };
    });
  }

  getUsedRangeOrNullObject(
    ...[valuesOnly = false]: Parameters<Excel.Worksheet["getUsedRangeOrNullObject"]>
  ) {
    // An *OrNullObject method's result says at the next sync whether it is null, found or not
    // (@types/office-js Worksheet.getUsedRangeOrNullObject: "If the worksheet is blank, this
    // method will return an object with its isNullObject property set to true"; docs
    // "*OrNullObject methods and properties").
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.target();
        const area = usedArea(sheet, valuesOnly);
        return area === null ? null : { sheet, area };
      },
      true
    );
  }

  activate(): void {
    this.queue("activate", null, (sheet) => {
      this.context.host.model.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this.queue("delete", null, (sheet) => {
      const model = this.context.host.model;
      if (model.sheets.filter((s) => s.visibility === "Visible").length <= 1) {
        throw new FakeExcelError(
          "InvalidOperation",
          "A workbook must keep at least one visible sheet"
        );
      }
      model.sheets = model.sheets.filter((s) => s !== sheet);
      model.tables = model.tables.filter((t) => t.sheetId !== sheet.id);
      if (model.activeSheetId === sheet.id) model.activeSheetId = model.sheets[0].id;
    });
  }
}

class FakeProtection extends FakeClientObject<SheetModel> {
  declare protected: boolean;

  constructor(context: FakeRequestContext, locate: () => SheetModel | null) {
    super(context, locate, "WorksheetProtection");
    Object.preventExtensions(this);
  }

  protected properties(): Record<string, PropertySpec<SheetModel>> {
    return { protected: { read: (sheet) => sheet.protected } };
  }
}

function remove<T>(list: T[], item: T): void {
  const index = list.indexOf(item);
  if (index >= 0) list.splice(index, 1);
}

export class FakeWorksheetCollection {
  constructor(private readonly context: FakeRequestContext) {
    Object.preventExtensions(this);
  }

  private get model(): WorkbookModel {
    return this.context.host.model;
  }

  private byName(name: string): () => SheetModel | null {
    return () => this.model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  private byId(id: string): () => SheetModel | null {
    return () => this.model.sheets.find((s) => s.id === id) ?? null;
  }

  get onChanged() {
    return {
      add: (handler: (event: Excel.WorksheetChangedEventArgs) => Promise<unknown>) => {
        this.context.enqueue("Worksheets.onChanged.add", null, () =>
          this.model.changeHandlers.push(handler)
        );
        return {
          remove: () =>
            this.context.enqueue("Worksheets.onChanged.remove", null, () =>
              remove(this.model.changeHandlers, handler)
            ),
        };
      },
    };
  }

  getItem(...[key]: Parameters<Excel.WorksheetCollection["getItem"]>): FakeWorksheet {
    const byName = this.byName(key);
    const byId = this.byId(key);
    return new FakeWorksheet(this.context, () => byName() ?? byId());
  }

  getItemOrNullObject(
    ...[key]: Parameters<Excel.WorksheetCollection["getItemOrNullObject"]>
  ): FakeWorksheet {
    const byName = this.byName(key);
    const byId = this.byId(key);
    return new FakeWorksheet(this.context, () => byName() ?? byId(), true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, this.byId(this.model.activeSheetId));
  }

  add(...[name]: Parameters<Excel.WorksheetCollection["add"]>): FakeWorksheet {
    const id = `{sheet-${this.model.nextId++}}`;
    this.context.enqueue("Worksheets.add", name, () => {
      const sheetName = name ?? `Sheet${this.model.sheets.length + 1}`;
      checkSheetName(this.model, sheetName);
      this.model.sheets.push(newSheet(id, sheetName));
    });
    return new FakeWorksheet(this.context, this.byId(id));
  }

  private readonly loaded = new LoadedItems(this.context, "Worksheets", () =>
    this.model.sheets.map((sheet) => new FakeWorksheet(this.context, this.byId(sheet.id)))
  );

  /** load("items/name"), load("name, id"): the sheets as they are at sync. */
  load(...[names]: Parameters<Excel.WorksheetCollection["load"]>): this {
    this.loaded.load(names as string | string[]);
    return this;
  }

  get items(): FakeWorksheet[] {
    return this.loaded.get();
  }
}
