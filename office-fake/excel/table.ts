// Tables: names unique across the workbook, no overlaps, headers taken from the first row.
import { CellArea, parseArea } from "../../src/domain/a1";
import { FakeClientObject, LoadedItems, PropertySpec } from "./client-object";
import type { FakeRequestContext } from "./context";
import { FakeExcelError, invalidArgument } from "./errors";
import { cellKey, SheetModel, TableModel, WorkbookModel } from "./model";
import { FakeRange, overlaps, readCell, setCellContent } from "./range";
import { FakeWorksheet } from "./worksheet";

const TABLE_NAME = /^[A-Za-z_\\\u0E00-\u0E7F][A-Za-z0-9_.\u0E00-\u0E7F]{0,254}$/;

export function checkTableName(model: WorkbookModel, name: string, except?: TableModel): void {
  if (!TABLE_NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
    throw invalidArgument(`"${name}" is not a valid table name`, "Table.name");
  }
  const taken =
    model.tables.some((t) => t !== except && t.name.toLowerCase() === name.toLowerCase()) ||
    model.names.has(name.toLowerCase());
  if (taken) throw new FakeExcelError("ItemAlreadyExists", `The name "${name}" is already used`);
}

/** Excel gives every table column a unique text header, written into the header cell: a blank
 * one becomes "Column1", "Column2"... and a repeated one gets a number ("ผล" then "ผล2"), as
 * Excel does when a range becomes a table (Microsoft support, "Overview of Excel tables": "Excel
 * uses default header names such as Column1, Column2"; which number a lone blank gets is not
 * documented: here the lowest one not already a header). */
function nameHeaders(sheet: SheetModel, area: CellArea): void {
  const cells = Array.from({ length: area.columnCount }, (_, c) =>
    readCell(sheet, area.row, area.column + c)
  );
  const taken = new Set<string>();
  const claim = (name: string) => (taken.add(name.toLowerCase()), name);
  const free = (base: string, from: number) => {
    let n = from;
    while (taken.has(`${base}${n}`.toLowerCase())) n++;
    return `${base}${n}`;
  };
  const names = cells.map((cell) => {
    if (cell.value === "") return "";
    const text = String(cell.value);
    return claim(taken.has(text.toLowerCase()) ? free(text, 2) : text);
  });
  names.forEach((name, c) => {
    const header = name === "" ? claim(free("Column", 1)) : name;
    if (cells[c].value === header) return;
    setCellContent(cells[c], "");
    cells[c].value = header;
    sheet.cells.set(cellKey(area.row, area.column + c), cells[c]);
  });
}

export class FakeTable extends FakeClientObject<TableModel> {
  declare name: Excel.Table["name"];
  declare id: Excel.Table["id"];
  declare style: Excel.Table["style"];
  declare showHeaders: Excel.Table["showHeaders"];

  constructor(context: FakeRequestContext, locate: () => TableModel | null, orNullObject = false) {
    super(context, locate, "Table", orNullObject);
    Object.preventExtensions(this);
  }

  protected properties(): Record<string, PropertySpec<TableModel>> {
    const model = () => this.context.host.model;
    return {
      name: {
        read: (table) => table.name,
        write: (table, name: string) => {
          checkTableName(model(), name, table);
          table.name = name;
        },
      },
      id: { read: (table) => table.id },
      style: {
        read: (table) => table.style,
        write: (table, style: string) => (table.style = style),
      },
      showHeaders: { read: (table) => table.showHeaders },
    };
  }

  private rangeOf(part: (area: CellArea) => CellArea): FakeRange {
    return new FakeRange(this.context, () => {
      const table = this.target();
      const sheet = this.context.host.model.sheets.find((s) => s.id === table.sheetId);
      return sheet ? { sheet, area: part(table.area) } : null;
    });
  }

  getRange(): FakeRange {
    return this.rangeOf((area) => area);
  }

  getHeaderRowRange(): FakeRange {
    return this.rangeOf((area) => ({ ...area, rowCount: 1 }));
  }

  getDataBodyRange(): FakeRange {
    return this.rangeOf((area) => ({ ...area, row: area.row + 1, rowCount: area.rowCount - 1 }));
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const table = this.target();
      return this.context.host.model.sheets.find((s) => s.id === table.sheetId) ?? null;
    });
  }

  get rows(): { add: Excel.TableRowCollection["add"] } {
    return {
      add: (index, values) => this.addRow(index, values as (string | number | boolean)[][]),
    };
  }

  /** Table.rows.add at the end (index null/undefined; the only form the add-in uses): Excel
   * inserts a row at the bottom of the table and writes the values as typed input ("Adds one
   * or more rows to the table... If index is not specified, the rows will be added at the
   * end", @types/office-js TableRowCollection.add; `add(null, values)` also works on Office
   * 2016, OfficeDev/office-js#2429). Excel shifts the cells below the table down; the fake
   * does not model that shift and refuses when the row below holds anything. */
  private addRow(
    index?: number | null,
    values?: (string | number | boolean)[][] | null
  ): Excel.TableRow {
    if (index !== null && index !== undefined) {
      throw invalidArgument("The fake supports rows.add at the end only", "TableRowCollection.add");
    }
    const rows = values?.length ?? 1;
    this.queue("rows.add", { rows }, (table) => {
      const sheet = this.context.host.model.sheets.find((s) => s.id === table.sheetId)!;
      const below = { ...table.area, row: table.area.row + table.area.rowCount, rowCount: rows };
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < below.columnCount; c++) {
          if (readCell(sheet, below.row + r, below.column + c).value !== "") {
            throw new FakeExcelError(
              "NotImplemented",
              "The fake does not shift cells below a table when a row is added"
            );
          }
        }
      }
      table.area = { ...table.area, rowCount: table.area.rowCount + rows };
    });
    if (values) {
      this.rangeOf((area) => ({
        ...area,
        row: area.row + area.rowCount - rows,
        rowCount: rows,
      })).values = values;
    }
    return {} as Excel.TableRow;
  }

  delete(): void {
    this.queue("delete", null, (table) => {
      const model = this.context.host.model;
      model.tables = model.tables.filter((t) => t !== table);
    });
  }
}

export class FakeTableCollection {
  private readonly loaded: LoadedItems<FakeTable>;

  /** sheetId: the sheet this collection belongs to, or null for workbook.tables. */
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheetId: (() => string) | null
  ) {
    this.loaded = new LoadedItems(context, "Tables", () =>
      this.visible().map((table) => new FakeTable(context, this.byId(table.id)))
    );
    Object.preventExtensions(this);
  }

  private get model(): WorkbookModel {
    return this.context.host.model;
  }

  private visible(): TableModel[] {
    const sheetId = this.sheetId?.();
    return this.model.tables.filter((t) => sheetId === undefined || t.sheetId === sheetId);
  }

  private byId(id: string) {
    return () => this.model.tables.find((t) => t.id === id) ?? null;
  }

  private byName(name: string) {
    return () => this.visible().find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  add(...[address, hasHeaders]: Parameters<Excel.TableCollection["add"]>): FakeTable {
    const id = `${this.model.nextId++}`;
    if (typeof address !== "string") (address as unknown as FakeRange).load("address");
    this.context.enqueue(
      "Tables.add",
      { address: typeof address === "string" ? address : "(range)", hasHeaders },
      () => {
        const fullAddress =
          typeof address === "string" ? address : (address as unknown as FakeRange).address;
        const [sheetPart, areaPart] = fullAddress.includes("!")
          ? fullAddress.split("!")
          : [undefined, fullAddress];
        const sheetName = sheetPart?.replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
        const sheet =
          sheetName !== undefined
            ? this.model.sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase())
            : this.model.sheets.find(
                (s) => s.id === (this.sheetId?.() ?? this.model.activeSheetId)
              );
        const area = parseArea(areaPart);
        if (!sheet || !area)
          throw invalidArgument(`"${fullAddress}" is not a range for a table`, "Tables.add");
        if (!hasHeaders)
          throw invalidArgument("The fake supports tables.add with hasHeaders = true only");
        if (area.rowCount < 2)
          throw invalidArgument("A table needs a header row and at least one data row");
        if (this.model.tables.some((t) => t.sheetId === sheet.id && overlaps(t.area, area))) {
          throw invalidArgument("A table cannot overlap another table", "Tables.add");
        }
        if (sheet.merges.some((m) => overlaps(m, area)))
          throw invalidArgument("A table cannot hold merged cells");
        nameHeaders(sheet, area);
        const name = `Table${this.model.tables.length + 1}`;
        this.model.tables.push({
          id,
          name,
          sheetId: sheet.id,
          area,
          style: "TableStyleMedium2",
          showHeaders: true,
        });
      }
    );
    return new FakeTable(this.context, this.byId(id));
  }

  getItem(...[key]: Parameters<Excel.TableCollection["getItem"]>): FakeTable {
    return new FakeTable(this.context, this.byName(key));
  }

  getItemOrNullObject(
    ...[key]: Parameters<Excel.TableCollection["getItemOrNullObject"]>
  ): FakeTable {
    return new FakeTable(this.context, this.byName(key), true);
  }

  load(names?: string | string[]): this {
    this.loaded.load(names ?? ["name", "id"]);
    return this;
  }

  get items(): FakeTable[] {
    return this.loaded.get();
  }
}
