// Range and everything hanging off it: values, formulas, formats, validation, conditional formats.
import { areaAddress, CellArea, quoteSheetName } from "../../src/domain/a1";
import { FakeClientObject, PropertySpec } from "./client-object";
// A cycle (worksheets hand out ranges, ranges name their worksheet) used only inside methods.
import { FakeWorksheet } from "./worksheet";
import type { FakeRequestContext } from "./context";
import { FakeExcelError, invalidArgument } from "./errors";
import { enterInput } from "./cell-input";
import {
  cellKey,
  CellModel,
  CellValue,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  emptyCell,
  SheetModel,
} from "./model";

export interface RangeTarget {
  sheet: SheetModel;
  area: CellArea;
}

export const MAX_CELL_TEXT = 32767;

export function* cellsOf(area: CellArea): Generator<[number, number, number, number]> {
  for (let r = 0; r < area.rowCount; r++) {
    for (let c = 0; c < area.columnCount; c++) yield [area.row + r, area.column + c, r, c];
  }
}

export function readCell(sheet: SheetModel, row: number, column: number): CellModel {
  return sheet.cells.get(cellKey(row, column)) ?? emptyCell();
}

function editCell(
  target: RangeTarget,
  row: number,
  column: number,
  edit: (cell: CellModel) => void
): void {
  if (target.sheet.protected)
    throw new FakeExcelError("AccessDenied", `Sheet ${target.sheet.name} is protected`);
  const key = cellKey(row, column);
  const cell = target.sheet.cells.get(key) ?? emptyCell();
  edit(cell);
  target.sheet.cells.set(key, cell);
}

export function fullAddress(target: RangeTarget): string {
  return `${quoteSheetName(target.sheet.name)}!${areaAddress(target.area)}`;
}

/** Excel accepts a 2D array of the range's exact shape, or one value for every cell. */
function grid<T>(target: RangeTarget, value: unknown, property: string): (T | null)[][] {
  const { rowCount, columnCount } = target.area;
  if (!Array.isArray(value))
    return Array.from({ length: rowCount }, () => Array(columnCount).fill(value));
  const shapeOk =
    value.length === rowCount &&
    value.every((row) => Array.isArray(row) && row.length === columnCount);
  if (!shapeOk) {
    const columns = Array.isArray(value[0]) ? value[0].length : "?";
    throw invalidArgument(
      `The number of rows or columns in the ${property} array (${value.length}x${columns}) does not match the size of the range (${rowCount}x${columnCount}).`,
      `Range.${property}`
    );
  }
  return value as (T | null)[][];
}

function writeEach<T>(
  target: RangeTarget,
  value: unknown,
  property: string,
  write: (cell: CellModel, v: T) => void
) {
  // Excel raises onChanged for data, not for formats (those raise onFormatChanged).
  const dataChange = property !== "numberFormat";
  const values = grid<T>(target, value, property);
  for (const [row, column, r, c] of cellsOf(target.area)) {
    const v = values[r][c];
    if (v !== null && v !== undefined) editCell(target, row, column, (cell) => write(cell, v));
  }
  if (dataChange) target.sheet.changeLog.push(fullAddress(target));
}

export function setCellContent(cell: CellModel, input: CellValue): void {
  if (typeof input === "string" && input.length > MAX_CELL_TEXT) {
    throw invalidArgument(
      `Text longer than ${MAX_CELL_TEXT} characters cannot be put in a cell`,
      "Range.values"
    );
  }
  // Excel parses what is written as if typed: see cell-input.ts for the rules and sources.
  const entered = enterInput(input, cell.numberFormat);
  cell.value = entered.value;
  if (entered.formula !== undefined) cell.formula = entered.formula;
  else delete cell.formula;
  if (entered.numberFormat && cell.numberFormat === "General")
    cell.numberFormat = entered.numberFormat;
}

function readEach<T>(target: RangeTarget, read: (cell: CellModel) => T): T[][] {
  const rows: T[][] = [];
  for (const [row, column, r] of cellsOf(target.area)) {
    (rows[r] ??= []).push(read(readCell(target.sheet, row, column)));
  }
  return rows;
}

/** One value when every cell agrees, null otherwise: Excel's rule for format properties. */
function uniform<T>(
  target: RangeTarget,
  read: (cell: CellModel) => T | undefined,
  fallback: T
): T | null {
  const all = readEach(target, (cell) => read(cell) ?? fallback).flat();
  return all.every((v) => JSON.stringify(v) === JSON.stringify(all[0])) ? all[0] : null;
}

function valueOf(cell: CellModel): CellValue {
  if (cell.formula !== undefined) {
    throw new FakeExcelError(
      "FakeCannotCalculate",
      `The fake does not calculate formulas (${cell.formula}); assert on formulas instead`
    );
  }
  return cell.value;
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  declare address: string;
  declare rowCount: number;
  declare columnCount: number;
  declare rowIndex: number;
  declare columnIndex: number;
  declare values: Excel.Range["values"];
  declare formulas: Excel.Range["formulas"];
  declare numberFormat: Excel.Range["numberFormat"];
  declare text: Excel.Range["text"];
  declare rowHidden: Excel.Range["rowHidden"];
  declare control: Excel.Range["control"];
  declare hyperlink: Excel.Range["hyperlink"];
  private children:
    | {
        format: FakeRangeFormat;
        dataValidation: FakeDataValidation;
        conditionalFormats: FakeConditionalFormats;
      }
    | undefined = undefined;

  constructor(
    context: FakeRequestContext,
    private readonly locateRange: () => RangeTarget | null,
    orNullObject = false
  ) {
    super(context, locateRange, "Range", orNullObject);
    Object.preventExtensions(this);
  }

  protected properties(): Record<string, PropertySpec<RangeTarget>> {
    return {
      address: { read: fullAddress },
      rowCount: { read: (t) => t.area.rowCount },
      columnCount: { read: (t) => t.area.columnCount },
      rowIndex: { read: (t) => t.area.row },
      columnIndex: { read: (t) => t.area.column },
      values: {
        read: (t) => readEach(t, valueOf),
        write: (t, v: unknown) => writeEach<CellValue>(t, v, "values", setCellContent),
      },
      formulas: {
        read: (t) => readEach(t, (cell) => cell.formula ?? cell.value),
        write: (t, v: unknown) => writeEach<CellValue>(t, v, "formulas", setCellContent),
      },
      numberFormat: {
        read: (t) => readEach(t, (cell) => cell.numberFormat),
        write: (t, v: unknown) =>
          writeEach<string>(t, v, "numberFormat", (cell, f) => (cell.numberFormat = f)),
      },
      text: { read: (t) => readEach(t, (cell) => String(valueOf(cell))) },
      // Range.hyperlink (ExcelApi 1.7): the link's target for the range; textToDisplay is "the
      // string that is displayed in the top left most cell in the range".
      hyperlink: {
        read: (t) => ({ address: readCell(t.sheet, t.area.row, t.area.column).hyperlink }),
        write: (t, link: Excel.RangeHyperlink) => {
          if (typeof link?.address !== "string" || link.address === "")
            throw invalidArgument("A hyperlink needs an address", "Range.hyperlink");
          for (const [row, column] of cellsOf(t.area)) {
            editCell(t, row, column, (cell) => (cell.hyperlink = link.address));
          }
          if (link.textToDisplay !== undefined) {
            editCell(t, t.area.row, t.area.column, (cell) =>
              setCellContent(cell, link.textToDisplay!)
            );
          }
          t.sheet.changeLog.push(fullAddress(t));
        },
      },
      rowHidden: {
        read: (t) => {
          const rows = Array.from({ length: t.area.rowCount }, (_, i) =>
            t.sheet.hiddenRows.has(t.area.row + i)
          );
          return rows.every((hidden) => hidden === rows[0]) ? rows[0] : null;
        },
        write: (t, hidden: boolean) => {
          for (let i = 0; i < t.area.rowCount; i++) {
            if (hidden) t.sheet.hiddenRows.add(t.area.row + i);
            else t.sheet.hiddenRows.delete(t.area.row + i);
          }
        },
      },
      control: {
        read: (t) => ({ type: uniform(t, (cell) => cell.control, "Empty") ?? "Mixed" }),
        write: (t, control: { type: string }) => {
          for (const [row, column] of cellsOf(t.area)) {
            editCell(t, row, column, (cell) => {
              if (
                control.type === "Checkbox" &&
                typeof cell.value !== "boolean" &&
                cell.value !== ""
              ) {
                throw invalidArgument(
                  "A check box needs TRUE, FALSE or an empty cell",
                  "Range.control"
                );
              }
              if (control.type === "Checkbox" && cell.value === "") cell.value = false;
              cell.control = control.type === "Empty" ? undefined : control.type;
            });
          }
        },
      },
    };
  }

  private child() {
    this.children ??= {
      format: new FakeRangeFormat(this.context, this.locateRange),
      dataValidation: new FakeDataValidation(this.context, this.locateRange),
      conditionalFormats: new FakeConditionalFormats(this.context, this.locateRange),
    };
    return this.children;
  }

  get format(): FakeRangeFormat {
    return this.child().format;
  }

  get dataValidation(): FakeDataValidation {
    return this.child().dataValidation;
  }

  get conditionalFormats(): FakeConditionalFormats {
    return this.child().conditionalFormats;
  }

  private derived(make: (area: CellArea) => CellArea): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.locateRange();
      if (t === null) return null;
      const area = make(t.area);
      if (area.row < 0 || area.column < 0 || area.rowCount < 1 || area.columnCount < 1) {
        throw invalidArgument("The resulting range is outside the sheet", "Range");
      }
      return { sheet: t.sheet, area };
    });
  }

  getCell(...[row, column]: Parameters<Excel.Range["getCell"]>): FakeRange {
    return this.derived((a) => ({
      row: a.row + row,
      column: a.column + column,
      rowCount: 1,
      columnCount: 1,
    }));
  }

  getRow(...[row]: Parameters<Excel.Range["getRow"]>): FakeRange {
    return this.derived((a) => ({ ...a, row: a.row + row, rowCount: 1 }));
  }

  getColumn(...[column]: Parameters<Excel.Range["getColumn"]>): FakeRange {
    return this.derived((a) => ({ ...a, column: a.column + column, columnCount: 1 }));
  }

  getResizedRange(...[rows, columns]: Parameters<Excel.Range["getResizedRange"]>): FakeRange {
    return this.derived((a) => ({
      ...a,
      rowCount: a.rowCount + rows,
      columnCount: a.columnCount + columns,
    }));
  }

  getOffsetRange(...[rows, columns]: Parameters<Excel.Range["getOffsetRange"]>): FakeRange {
    return this.derived((a) => ({ ...a, row: a.row + rows, column: a.column + columns }));
  }

  getRowsBelow(count = 1): FakeRange {
    return this.derived((a) => ({ ...a, row: a.row + a.rowCount, rowCount: count }));
  }

  merge(across = false): void {
    this.queue("merge", { across }, (t) => {
      const areas = across
        ? Array.from({ length: t.area.rowCount }, (_, i) => ({
            ...t.area,
            row: t.area.row + i,
            rowCount: 1,
          }))
        : [t.area];
      // Merging keeps only the upper-left value of each merged area (Microsoft support, "Merge
      // and unmerge cells": "only the contents of the upper-left cell ... are kept").
      for (const area of areas) {
        for (const [row, column, r, c] of cellsOf(area)) {
          if (r > 0 || c > 0) editCell(t, row, column, (cell) => setCellContent(cell, ""));
        }
      }
      t.sheet.merges.push(...areas);
    });
  }

  unmerge(): void {
    this.queue("unmerge", null, (t) => {
      t.sheet.merges = t.sheet.merges.filter((m) => !overlaps(m, t.area));
    });
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.locateRange()?.sheet ?? null);
  }

  /** The range's rows that are not hidden or filtered out. */
  getVisibleView(): FakeRangeView {
    return new FakeRangeView(this.context, this.locateRange);
  }

  select(): void {
    this.queue("select", null, (t) => this.context.host.select(t.sheet.id, areaAddress(t.area)));
  }

  clear(...[applyTo]: Parameters<Excel.Range["clear"]>): void {
    this.queue("clear", { applyTo }, (t) => {
      for (const [row, column] of cellsOf(t.area)) {
        editCell(t, row, column, (cell) => {
          if (applyTo !== "Formats") setCellContent(cell, "");
          if (applyTo !== "Contents") {
            cell.format = {};
            cell.numberFormat = "General";
          }
        });
      }
    });
  }
}

export class FakeRangeView extends FakeClientObject<RangeTarget> {
  declare cellAddresses: Excel.RangeView["cellAddresses"];
  declare rowCount: Excel.RangeView["rowCount"];

  constructor(context: FakeRequestContext, locate: () => RangeTarget | null) {
    super(context, locate, "RangeView");
    Object.preventExtensions(this);
  }

  private static visibleRows(t: RangeTarget): number[] {
    return Array.from({ length: t.area.rowCount }, (_, i) => t.area.row + i).filter(
      (row) => !t.sheet.hiddenRows.has(row)
    );
  }

  protected properties(): Record<string, PropertySpec<RangeTarget>> {
    return {
      cellAddresses: {
        read: (t) =>
          FakeRangeView.visibleRows(t).map((row) =>
            Array.from({ length: t.area.columnCount }, (_, c) =>
              fullAddress({
                sheet: t.sheet,
                area: { row, column: t.area.column + c, rowCount: 1, columnCount: 1 },
              })
            )
          ),
      },
      rowCount: { read: (t) => FakeRangeView.visibleRows(t).length },
    };
  }
}

export function overlaps(a: CellArea, b: CellArea): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

function formatEach(target: RangeTarget, edit: (cell: CellModel) => void): void {
  for (const [row, column] of cellsOf(target.area)) editCell(target, row, column, edit);
}

export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  declare wrapText: Excel.RangeFormat["wrapText"];
  declare horizontalAlignment: Excel.RangeFormat["horizontalAlignment"];
  declare verticalAlignment: Excel.RangeFormat["verticalAlignment"];
  declare columnWidth: Excel.RangeFormat["columnWidth"];
  declare rowHeight: Excel.RangeFormat["rowHeight"];
  private parts: { font: FakeFont; fill: FakeFill; borders: FakeBorders } | undefined = undefined;

  constructor(
    context: FakeRequestContext,
    private readonly locateRange: () => RangeTarget | null
  ) {
    super(context, locateRange, "RangeFormat");
    Object.preventExtensions(this);
  }

  protected properties(): Record<string, PropertySpec<RangeTarget>> {
    return {
      wrapText: {
        read: (t) => uniform(t, (cell) => cell.format.wrapText, false),
        write: (t, v: boolean) => formatEach(t, (cell) => (cell.format.wrapText = v)),
      },
      horizontalAlignment: {
        read: (t) => uniform(t, (cell) => cell.format.horizontalAlignment, "General"),
        write: (t, v: string) => formatEach(t, (cell) => (cell.format.horizontalAlignment = v)),
      },
      verticalAlignment: {
        read: (t) => uniform(t, (cell) => cell.format.verticalAlignment, "Bottom"),
        write: (t, v: string) => formatEach(t, (cell) => (cell.format.verticalAlignment = v)),
      },
      columnWidth: {
        read: (t) => t.sheet.columnWidths.get(t.area.column) ?? DEFAULT_COLUMN_WIDTH,
        write: (t, v: number) => {
          if (!(v >= 0 && v <= 255 * 7.5))
            throw invalidArgument(`Column width ${v} is out of range`, "columnWidth");
          for (let i = 0; i < t.area.columnCount; i++)
            t.sheet.columnWidths.set(t.area.column + i, v);
        },
      },
      rowHeight: {
        read: (t) => t.sheet.rowHeights.get(t.area.row) ?? DEFAULT_ROW_HEIGHT,
        write: (t, v: number) => {
          if (!(v >= 0 && v <= 409))
            throw invalidArgument(`Row height ${v} is out of range (0-409)`, "rowHeight");
          for (let i = 0; i < t.area.rowCount; i++) t.sheet.rowHeights.set(t.area.row + i, v);
        },
      },
    };
  }

  private part() {
    this.parts ??= {
      font: new FakeFont(this.context, this.locateRange),
      fill: new FakeFill(this.context, this.locateRange),
      borders: new FakeBorders(this.context, this.locateRange),
    };
    return this.parts;
  }

  get font(): FakeFont {
    return this.part().font;
  }

  get fill(): FakeFill {
    return this.part().fill;
  }

  get borders(): FakeBorders {
    return this.part().borders;
  }

  autofitColumns(): void {
    this.queue("autofitColumns", null, () => undefined);
  }

  autofitRows(): void {
    this.queue("autofitRows", null, () => undefined);
  }
}

export class FakeFont extends FakeClientObject<RangeTarget> {
  declare name: Excel.RangeFont["name"];
  declare size: Excel.RangeFont["size"];
  declare bold: Excel.RangeFont["bold"];
  declare italic: Excel.RangeFont["italic"];
  declare color: Excel.RangeFont["color"];
  declare underline: Excel.RangeFont["underline"];

  constructor(context: FakeRequestContext, locate: () => RangeTarget | null) {
    super(context, locate, "RangeFont");
    Object.preventExtensions(this);
  }

  protected properties(): Record<string, PropertySpec<RangeTarget>> {
    const property = <
      K extends "fontName" | "fontSize" | "bold" | "italic" | "fontColor" | "underline",
    >(
      key: K,
      fallback: NonNullable<CellModelFormat[K]>
    ): PropertySpec<RangeTarget> => ({
      read: (t) => uniform(t, (cell) => cell.format[key], fallback),
      write: (t, v: NonNullable<CellModelFormat[K]>) =>
        formatEach(t, (cell) => (cell.format[key] = v)),
    });
    return {
      name: property("fontName", "Calibri"),
      size: property("fontSize", 11),
      bold: property("bold", false),
      italic: property("italic", false),
      color: property("fontColor", "#000000"),
      underline: property("underline", "None"),
    };
  }
}

type CellModelFormat = CellModel["format"];

export class FakeFill extends FakeClientObject<RangeTarget> {
  declare color: Excel.RangeFill["color"];

  constructor(context: FakeRequestContext, locate: () => RangeTarget | null) {
    super(context, locate, "RangeFill");
    Object.preventExtensions(this);
  }

  protected properties(): Record<string, PropertySpec<RangeTarget>> {
    return {
      color: {
        read: (t) => uniform(t, (cell) => cell.format.fill, "#FFFFFF"),
        write: (t, v: string) => formatEach(t, (cell) => (cell.format.fill = v)),
      },
    };
  }

  clear(): void {
    this.queue("clear", null, (t) => formatEach(t, (cell) => delete cell.format.fill));
  }
}

const BORDER_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
];

export class FakeBorders {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly locate: () => RangeTarget | null
  ) {
    Object.preventExtensions(this);
  }

  getItem(...[edge]: Parameters<Excel.RangeBorderCollection["getItem"]>): FakeBorder {
    if (!BORDER_EDGES.includes(edge))
      throw invalidArgument(`Unknown border ${edge}`, "borders.getItem");
    return new FakeBorder(this.context, this.locate, edge);
  }
}

export class FakeBorder extends FakeClientObject<RangeTarget> {
  declare style: Excel.RangeBorder["style"];
  declare weight: Excel.RangeBorder["weight"];
  declare color: Excel.RangeBorder["color"];

  constructor(
    context: FakeRequestContext,
    locate: () => RangeTarget | null,
    private readonly edge: string
  ) {
    super(context, locate, `RangeBorder(${edge})`);
    Object.preventExtensions(this);
  }

  protected properties(): Record<string, PropertySpec<RangeTarget>> {
    const edge = () => this.edge;
    const property = (
      key: "style" | "weight" | "color",
      fallback: string
    ): PropertySpec<RangeTarget> => ({
      read: (t) => uniform(t, (cell) => cell.format.borders?.[edge()]?.[key], fallback),
      write: (t, v: string) =>
        formatEach(t, (cell) => {
          cell.format.borders ??= {};
          cell.format.borders[edge()] = {
            ...{ style: "Continuous" },
            ...cell.format.borders[edge()],
            [key]: v,
          };
        }),
    });
    return {
      style: property("style", "None"),
      weight: property("weight", "Thin"),
      color: property("color", "#000000"),
    };
  }
}

export class FakeDataValidation extends FakeClientObject<RangeTarget> {
  declare rule: Excel.DataValidation["rule"];
  declare type: Excel.DataValidation["type"];
  declare errorAlert: Excel.DataValidation["errorAlert"];

  constructor(context: FakeRequestContext, locate: () => RangeTarget | null) {
    super(context, locate, "DataValidation");
    Object.preventExtensions(this);
  }

  protected properties(): Record<string, PropertySpec<RangeTarget>> {
    const found = (t: RangeTarget) => t.sheet.dataValidations.find((v) => overlaps(v.area, t.area));
    return {
      rule: {
        read: (t) => found(t)?.rule ?? {},
        write: (t, rule: Excel.DataValidationRule) => {
          const kinds = Object.keys(rule);
          if (kinds.length !== 1)
            throw invalidArgument("A data validation rule has exactly one kind", "rule");
          if (rule.list && !rule.list.source)
            throw invalidArgument("A list rule needs a source", "rule.list");
          t.sheet.dataValidations = t.sheet.dataValidations.filter(
            (v) => !overlaps(v.area, t.area)
          );
          t.sheet.dataValidations.push({ area: t.area, rule });
        },
      },
      type: { read: (t) => Object.keys(found(t)?.rule ?? {})[0] ?? "None" },
      errorAlert: {
        read: (t) =>
          found(t)?.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" },
        write: (t, alert: Excel.DataValidationErrorAlert) => {
          const validation = found(t);
          if (!validation)
            throw invalidArgument("Set a rule before its error alert", "DataValidation.errorAlert");
          validation.errorAlert = alert;
        },
      },
    };
  }

  clear(): void {
    this.queue("clear", null, (t) => {
      t.sheet.dataValidations = t.sheet.dataValidations.filter((v) => !overlaps(v.area, t.area));
    });
  }
}

export class FakeConditionalFormats {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly locate: () => RangeTarget | null
  ) {
    Object.preventExtensions(this);
  }

  add(...[type]: Parameters<Excel.ConditionalFormatCollection["add"]>): FakeConditionalFormat {
    const model = { type: String(type) } as {
      type: string;
      formula?: string;
      fill?: string;
      fontColor?: string;
    };
    this.context.enqueue("ConditionalFormats.add", { type }, () => {
      const t = this.locate();
      if (t === null) throw invalidArgument("Range does not exist", "conditionalFormats.add");
      if (type !== "Custom")
        throw invalidArgument(`The fake supports Custom conditional formats, not ${type}`);
      t.sheet.conditionalFormats.push(Object.assign(model, { area: t.area }));
    });
    const queueSet = (key: "formula" | "fill" | "fontColor", value: string) =>
      this.context.enqueue(`ConditionalFormat.set ${key}`, value, () => (model[key] = value));
    const setter = (key: "formula" | "fill" | "fontColor", property: string) =>
      Object.freeze(
        Object.defineProperty({}, property, {
          set: (value: string) => {
            queueSet(key, value);
          },
        })
      );
    return Object.freeze({
      custom: Object.freeze({
        rule: setter("formula", "formula"),
        format: Object.freeze({
          fill: setter("fill", "color"),
          font: setter("fontColor", "color"),
        }),
      }),
    }) as FakeConditionalFormat;
  }
}

export interface FakeConditionalFormat {
  custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string } };
  };
}
