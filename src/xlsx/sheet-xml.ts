// The values of SpreadsheetML parts (worksheets, shared strings, workbook, relationships), read
// from their XML through xml-reader's well-formedness-checking parser. Why not ExcelJS's reader:
// it builds the whole model (styles, validations, an object per cell) and took 0.6 s of the
// command line's 1.5 s on a plan of 10,000 measures, while the commands need only values. What
// Excel, ExcelJS and LibreOffice write is taken: any namespace prefix, either quote, entities,
// CDATA and `_xHHHH_` escapes, cells and rows without a reference, rich text without its
// phonetic runs. A reference past Excel's sheet (row 1,048,576, column XFD), a shared string that
// does not exist or overlapping merged areas make the part damaged, as they do for Excel.
import { parseArea } from "../domain/a1";
import type { CellValue, SheetGrid } from "../domain/plan-layout";
import { serialFromDate } from "../domain/periods";
import { LimitError, LIMITS } from "./limits";
import { qualifiedAttribute, readXml, XmlError, XmlText } from "./xml-reader";

// OOXML escapes characters XML cannot hold as _xHHHH_ (a literal "_x" is written _x005F_x).
const OOXML_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

export function unescapeOoxml(text: string): string {
  return text.includes("_x")
    ? text.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/** Collects the text of string items (`<si>`, `<is>`): their `<t>` runs, phonetic guides left out. */
class ItemText {
  private inPhonetic = 0;
  private inText = false;
  text = "";

  open(name: string): void {
    if (name === "rPh") this.inPhonetic++;
    else if (name === "t" && this.inPhonetic === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === "rPh") this.inPhonetic--;
    else if (name === "t") this.inText = false;
  }

  add(text: string): void {
    if (this.inText) this.text += text;
  }

  take(): string {
    const text = unescapeOoxml(this.text);
    this.text = "";
    return text;
  }
}

export function sharedStringsFrom(xml: XmlText): string[] {
  const strings: string[] = [];
  const item = new ItemText();
  readXml(xml, {
    open: (name) => item.open(name),
    close: (name) => (name === "si" ? strings.push(item.take()) : item.close(name)),
    text: (text) => item.add(text),
  });
  return strings;
}

/** A cell reference's column and row, zero-based ("B7" -> [1, 6]); damaged past XFD1048576. */
function cellReference(reference: string): [number, number] {
  let column = 0;
  let at = 0;
  for (; at < reference.length && at < 4; at++) {
    const code = reference.charCodeAt(at) & ~32; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  if (column > LIMITS.columns) throw new LimitError("columns");
  if (column < 1) throw new XmlError(`cell reference ${reference.slice(0, 20)}`);
  return [column - 1, rowNumber(reference.slice(at))];
}

/** A row number, zero-based: a number past Excel's last row is a limit, not a number. */
function rowNumber(text: string): number {
  let row = 0;
  for (let at = 0; at < text.length; at++) {
    const digit = text.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) throw new XmlError(`row ${text.slice(0, 20)}`);
    row = row * 10 + digit;
    if (row > LIMITS.rows) throw new LimitError("rows");
  }
  if (row < 1) throw new XmlError(`row ${text}`);
  return row - 1;
}

/** A numeric value that is not a finite number (1e999, NaN, INF) is Excel's error #NUM!: an
 * error at the cell, never a number written into a report. */
function finite(value: number): CellValue {
  return Number.isFinite(value) ? value : "#NUM!";
}

// A numeric cell's <v> is an xsd:double (ECMA-376 Part 1, CT_Cell; XML Schema Part 2, 3.2.5):
// JavaScript's Number() also takes hexadecimal, binary, octal and "Infinity" ("0x10" read as 16),
// which are no numbers there: the part is damaged. INF and NaN are doubles, and become #NUM!.
const XSD_DOUBLE = /^\s*(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|-?INF|NaN)\s*$/;
const INDEX = /^\s*\d+\s*$/;

function numberOf(raw: string): number {
  if (!XSD_DOUBLE.test(raw)) throw new XmlError(`number ${raw.slice(0, 20)}`);
  const text = raw.trim();
  return text === "INF" ? Infinity : text === "-INF" ? -Infinity : Number(text);
}

function cellValue(type: string | undefined, raw: string, strings: readonly string[]): CellValue {
  switch (type) {
    case "s": {
      const index = INDEX.test(raw) ? Number(raw) : -1;
      if (index < 0 || index >= strings.length) {
        throw new XmlError(`shared string ${raw.slice(0, 20)}`);
      }
      return strings[index];
    }
    case "b":
      return raw.trim() === "1" || raw.trim() === "true";
    case "str":
    case "e":
      return unescapeOoxml(raw);
    case "d":
      return finite(serialFromDate(new Date(raw)));
    default:
      return raw.trim() === "" ? null : finite(numberOf(raw));
  }
}

/** Clears the merged areas' cells but their top-left ones, within the used area only. Excel
 * refuses overlapping merges; here they make the part damaged, which also bounds the work by the
 * used area's size whatever the number of merges. */
function applyMerges(rows: CellValue[][], width: number, merges: readonly string[]): void {
  if (merges.length === 0 || rows.length === 0 || width === 0) return;
  const covered = new Uint8Array(rows.length * width);
  for (const reference of merges) {
    const area = parseArea(reference);
    if (!area) throw new XmlError(`merge ${reference.slice(0, 40)}`);
    const lastRow = Math.min(area.row + area.rowCount, rows.length);
    const lastColumn = Math.min(area.column + area.columnCount, width);
    for (let r = area.row; r < lastRow; r++) {
      for (let c = area.column; c < lastColumn; c++) {
        if (covered[r * width + c]) throw new XmlError(`overlapping merge ${reference}`);
        covered[r * width + c] = 1;
        if (r !== area.row || c !== area.column) delete rows[r][c];
      }
    }
  }
}

/**
 * A worksheet's values from A1 to its last value, as Excel's API gives them: numbers (dates as
 * serials), text, booleans, error values as their text, formulas as their last result, and a
 * merged area's value in its top-left cell only.
 */
export function sheetGridFrom(xml: XmlText, strings: readonly string[]): SheetGrid {
  const rows: CellValue[][] = [];
  const hidden: number[] = [];
  const merges: string[] = [];
  const item = new ItemText();
  let width = 0;
  let text = 0;
  let rowIndex = -1;
  let column = -1;
  let inData = false;
  let cellType: string | undefined;
  let inValue = false;
  let inInline = false;
  let raw: string | undefined;
  readXml(xml, {
    open(name, attributes) {
      if (name === "sheetData") inData = true;
      else if (name === "mergeCell") merges.push(attributes.ref ?? "");
      else if (!inData) return;
      else if (name === "row") {
        rowIndex = attributes.r === undefined ? rowIndex + 1 : rowNumber(attributes.r);
        if (rowIndex >= LIMITS.rows) throw new LimitError("rows");
        if (attributes.hidden === "1" || attributes.hidden === "true") hidden.push(rowIndex);
        column = -1;
      } else if (name === "c") {
        column = attributes.r === undefined ? column + 1 : cellReference(attributes.r)[0];
        if (column >= LIMITS.columns) throw new LimitError("columns");
        if (rowIndex < 0) throw new XmlError("cell outside a row");
        cellType = attributes.t;
        raw = undefined;
      } else if (name === "v") {
        inValue = true;
        raw = "";
      } else if (name === "is") inInline = true;
      else if (inInline) item.open(name);
    },
    close(name) {
      if (name === "sheetData") inData = false;
      else if (!inData) return;
      else if (name === "v") inValue = false;
      else if (name === "is") {
        inInline = false;
        raw = item.take();
      } else if (inInline) item.close(name);
      else if (name === "c") {
        if (raw === undefined) return;
        const value = cellType === "inlineStr" ? raw : cellValue(cellType, raw, strings);
        if (value === null) return;
        if (typeof value === "string" && (text += value.length) > LIMITS.sheetText) {
          throw new LimitError("sheetText");
        }
        // Checked before the grid grows: a lone cell at the sheet's far corner is refused at once.
        if ((rowIndex + 1) * Math.max(width, column + 1) > LIMITS.gridCells) {
          throw new LimitError("gridCells");
        }
        while (rows.length <= rowIndex) rows.push([]);
        rows[rowIndex][column] = value;
        if (column >= width) width = column + 1;
      }
    },
    text(text) {
      if (inValue) raw += text;
      else if (inInline) item.add(text);
    },
  });
  if (rows.length * width > LIMITS.gridCells) throw new LimitError("gridCells");
  applyMerges(rows, width, merges);
  // Filled in place, in a plain loop: the grid of a large plan has hundreds of thousands of cells.
  for (const cells of rows) {
    for (let c = 0; c < width; c++) cells[c] ??= null;
  }
  return {
    firstRow: 0,
    firstColumn: 0,
    values: rows,
    hiddenRows: hidden.filter((index) => index < rows.length),
  };
}

export interface PartLink {
  id: string;
  type: string;
  target: string;
}

export function relationshipsFrom(xml: string): PartLink[] {
  const links: PartLink[] = [];
  readXml(xml, {
    open(name, { Id = "", Type = "", Target = "" }) {
      if (name === "Relationship") links.push({ id: Id, type: Type, target: Target });
    },
    close: () => undefined,
    text: () => undefined,
  });
  return links;
}

export interface WorkbookParts {
  /** The root element's local name: "workbook" for a SpreadsheetML workbook part. */
  root: string;
  sheets: { name: string; relationshipId: string }[];
  /** Workbook-level defined names and what they refer to ("'Sheet'!$A$1:$B$2"). */
  names: Map<string, string>;
}

export function workbookFrom(xml: string): WorkbookParts {
  const parts: WorkbookParts = { root: "", sheets: [], names: new Map() };
  let definedName: string | undefined;
  let content = "";
  readXml(xml, {
    open(name, attributes) {
      if (parts.root === "") parts.root = name;
      if (name === "sheet") {
        const relationshipId = qualifiedAttribute(attributes, "id") ?? "";
        parts.sheets.push({ name: attributes.name ?? "", relationshipId });
      } else if (name === "definedName") {
        definedName = attributes.localSheetId === undefined ? attributes.name : undefined;
        content = "";
      }
    },
    close(name) {
      if (name === "definedName" && definedName) parts.names.set(definedName, content.trim());
      if (name === "definedName") definedName = undefined;
    },
    text(text) {
      if (definedName !== undefined) content += text;
    },
  });
  return parts;
}
