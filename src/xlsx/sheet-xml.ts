// The values of SpreadsheetML parts (worksheets, shared strings, workbook, relationships) read
// straight from their XML text. Why not ExcelJS's reader: it builds the whole model (styles,
// validations, an object per cell) and took 0.6 s of the command line's 1.5 s on a plan of
// 10,000 measures, while the commands need only values. These scanners take what Excel, ExcelJS
// and LibreOffice write: any namespace prefix, either quote, entities and `_xHHHH_` escapes,
// cells and rows without a reference, rich text without its phonetic runs.
import { columnIndex, parseArea } from "../domain/a1";
import type { CellValue, SheetGrid } from "../domain/plan-layout";
import { serialFromDate } from "../domain/periods";

const PREFIX = "(?:[\\w.-]+:)?";

/** `<name …/>` or `<name …>content</name>`, with its attributes and content: every one with the
 * flag "g", else the first. */
function elements(name: string, flags = "g"): RegExp {
  return new RegExp(
    `<${PREFIX}${name}(?=[\\s/>])([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/${PREFIX}${name}>)`,
    flags
  );
}

const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes by local name (the part after any prefix). */
function attributesOf(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name, double, single] of text.matchAll(ATTRIBUTE)) {
    attributes[name.slice(name.indexOf(":") + 1)] = decodeText(double ?? single);
  }
  return attributes;
}

const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

/** One unprefixed attribute's value: the cell scan's fast path (one pattern per name). */
function attribute(text: string, name: string): string | undefined {
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  const match = pattern.exec(text);
  return match ? (match[1] ?? match[2]) : undefined;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
// OOXML escapes characters XML cannot hold as _xHHHH_ (a literal "_x" is written _x005F_x).
const OOXML_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

export function decodeText(text: string): string {
  const unescaped = text.includes("&")
    ? text.replace(ENTITY, (_, entity: string) =>
        entity.startsWith("#")
          ? String.fromCodePoint(
              entity[1] === "x" ? parseInt(entity.slice(2), 16) : Number(entity.slice(1))
            )
          : NAMED[entity]
      )
    : text;
  return unescaped.includes("_x")
    ? unescaped.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : unescaped;
}

const PHONETIC_RUN = new RegExp(`<${PREFIX}rPh\\b[\\s\\S]*?<\\/${PREFIX}rPh>`, "g");
const TEXT = elements("t");

/** The text of a string item (`<si>`, `<is>`): its runs joined, phonetic guides left out. */
function itemText(xml: string): string {
  let text = "";
  for (const match of xml.replace(PHONETIC_RUN, "").matchAll(TEXT)) {
    text += decodeText(match[2] ?? "");
  }
  return text;
}

export function sharedStringsFrom(xml: string): string[] {
  return Array.from(xml.matchAll(elements("si")), (match) => itemText(match[2] ?? ""));
}

const VALUE = elements("v", "");
const INLINE = elements("is", "");
const MERGE = elements("mergeCell");
const SHEET_DATA_END = new RegExp(`<\\/${PREFIX}sheetData>`);
// The opening tags of rows and cells, with the prefix, so a cell's end is found by indexOf.
const ROW_OR_CELL = /<((?:[\w.-]+:)?)(row|c)(?=[\s/>])([^>]*?)(\/?)>/g;

/** A prefix's closing and value tags, made once per prefix rather than once per cell. */
interface CellTags {
  cellEnd: string;
  valueOpen: string;
  valueEnd: string;
}
const CELL_TAGS = new Map<string, CellTags>();

function cellTags(prefix: string): CellTags {
  let tags = CELL_TAGS.get(prefix);
  if (!tags) {
    tags = { cellEnd: `</${prefix}c>`, valueOpen: `<${prefix}v>`, valueEnd: `</${prefix}v>` };
    CELL_TAGS.set(prefix, tags);
  }
  return tags;
}

function rawValue(content: string, tags: CellTags): string | undefined {
  const start = content.indexOf(tags.valueOpen);
  if (start < 0) return VALUE.exec(content)?.[2]; // <v> with attributes, or none
  const end = content.indexOf(tags.valueEnd, start);
  return end < 0 ? undefined : content.slice(start + tags.valueOpen.length, end);
}

function cellValue(
  type: string | undefined,
  content: string,
  tags: CellTags,
  strings: string[]
): CellValue {
  if (type === "inlineStr") return itemText(INLINE.exec(content)?.[2] ?? "");
  const raw = rawValue(content, tags);
  if (raw === undefined) return null;
  switch (type) {
    case "s":
      return strings[Number(raw)] ?? null;
    case "b":
      return raw.trim() === "1" || raw.trim() === "true";
    case "str":
    case "e":
      return decodeText(raw);
    case "d":
      return serialFromDate(new Date(raw));
    default:
      return raw.trim() === "" ? null : Number(raw);
  }
}

/**
 * A worksheet's values from A1 to its last value, as Excel's API gives them: numbers (dates as
 * serials), text, booleans, error values as their text, formulas as their last result, and a
 * merged area's value in its top-left cell only.
 */
export function sheetGridFrom(xml: string, strings: string[]): SheetGrid {
  const dataEnd = xml.search(SHEET_DATA_END);
  const data = dataEnd < 0 ? xml : xml.slice(0, dataEnd);
  const rows: CellValue[][] = [];
  const hidden: number[] = [];
  let width = 0;
  let rowIndex = -1;
  let column = -1;
  const scanner = new RegExp(ROW_OR_CELL);
  let tag: RegExpExecArray | null;
  // One scan over the tags: a large plan's sheet is megabytes of cells.
  while ((tag = scanner.exec(data))) {
    const [, prefix, name, attributes, selfClosing] = tag;
    if (name === "row") {
      const rowNumber = attribute(attributes, "r");
      rowIndex = rowNumber ? Number(rowNumber) - 1 : rowIndex + 1;
      const rowHidden = attribute(attributes, "hidden");
      if (rowHidden === "1" || rowHidden === "true") hidden.push(rowIndex);
      column = -1;
      continue;
    }
    const reference = columnIndex(attribute(attributes, "r") ?? "");
    column = reference >= 0 ? reference : column + 1;
    if (selfClosing) continue;
    const names = cellTags(prefix);
    const end = data.indexOf(names.cellEnd, scanner.lastIndex);
    if (end < 0) break;
    const value = cellValue(
      attribute(attributes, "t"),
      data.slice(scanner.lastIndex, end),
      names,
      strings
    );
    scanner.lastIndex = end;
    if (value === null) continue;
    while (rows.length <= rowIndex) rows.push([]);
    rows[rowIndex][column] = value;
    if (column >= width) width = column + 1;
  }
  for (const [, mergeAttributes] of xml.slice(Math.max(dataEnd, 0)).matchAll(MERGE)) {
    const area = parseArea(attribute(mergeAttributes, "ref") ?? "");
    if (!area) continue;
    for (let r = area.row; r < Math.min(area.row + area.rowCount, rows.length); r++) {
      for (let c = area.column; c < area.column + area.columnCount; c++) {
        if (r !== area.row || c !== area.column) delete rows[r][c];
      }
    }
  }
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
  return Array.from(xml.matchAll(elements("Relationship")), ([, attributes]) => {
    const { Id = "", Type = "", Target = "" } = attributesOf(attributes);
    return { id: Id, type: Type, target: Target };
  });
}

export interface WorkbookParts {
  sheets: { name: string; relationshipId: string }[];
  /** Workbook-level defined names and what they refer to ("'Sheet'!$A$1:$B$2"). */
  names: Map<string, string>;
}

export function workbookFrom(xml: string): WorkbookParts {
  const sheets = Array.from(xml.matchAll(elements("sheet")), ([, attributes]) => {
    const { name = "", id = "" } = attributesOf(attributes);
    return { name, relationshipId: id };
  });
  const names = new Map<string, string>();
  for (const [, attributes, content = ""] of xml.matchAll(elements("definedName"))) {
    const { name, localSheetId } = attributesOf(attributes);
    if (name && localSheetId === undefined) names.set(name, decodeText(content).trim());
  }
  return { sheets, names };
}
