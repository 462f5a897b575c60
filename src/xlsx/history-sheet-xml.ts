// The history sheet's worksheet XML for a workbook the command line copies (`snapshot`): a new
// part holding one block, or the existing part with a block added below its last row. Cells are
// written without a style: style indices point into the user's own style sheet, which the copy
// keeps byte for byte, so a cell may name none but the default (ECMA-376 Part 1, §18.3.1.4, s
// defaults to 0). The existing part is patched, not rewritten: earlier blocks keep their cells,
// formats and notes exactly as Excel or the pane wrote them.
import { cellAddress, columnLetter, parseArea } from "../domain/a1";
import type { CellValue } from "../domain/plan-layout";
import { LimitError, LIMITS } from "./limits";
import { escapeCellText, escapeXml, XML_HEAD } from "./xml-text";
import { readXml, XmlError } from "./xml-reader";

// The pane's column widths (300, 130, 300, 110 points) in Excel's width unit, Calibri 11's
// digit of 7 pixels at 96 dpi (5.25 points).
const COLUMN_WIDTHS = [57, 25, 57, 21];

/** The qualified name's prefix with its colon ("x:" of "</x:sheetData>"), or "". */
export function prefixAt(xml: string, tagStart: number): string {
  const name = /^<\/?([^\s/>]+)/.exec(xml.slice(tagStart, tagStart + 200))?.[1] ?? "";
  return name.includes(":") ? name.slice(0, name.indexOf(":") + 1) : "";
}

function cellXml(value: CellValue, reference: string, p: string): string {
  if (value === null || value === "") return "";
  if (typeof value === "number")
    return Number.isFinite(value) ? `<${p}c r="${reference}"><${p}v>${value}</${p}v></${p}c>` : "";
  if (typeof value === "boolean")
    return `<${p}c r="${reference}" t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  const text = escapeCellText(String(value));
  return `<${p}c r="${reference}" t="inlineStr"><${p}is><${p}t xml:space="preserve">${text}</${p}t></${p}is></${p}c>`;
}

/** Rows from `firstRow` (0-based), each element prefixed with `p` ("" or "x:"). */
function rowsXml(rows: readonly CellValue[][], firstRow: number, p: string): string {
  if (firstRow + rows.length > LIMITS.rows) throw new LimitError("rows");
  return rows
    .map((row, r) => {
      const cells = row.map((value, c) => cellXml(value, cellAddress(firstRow + r, c), p));
      return `<${p}row r="${firstRow + r + 1}">${cells.join("")}</${p}row>`;
    })
    .join("");
}

const widthOf = (rows: readonly CellValue[][]) =>
  rows.reduce((widest, row) => Math.max(widest, row.length), 1);

/** A new history sheet holding the block from A1, in the workbook's main namespace. */
export function newHistorySheetXml(block: readonly CellValue[][], mainNamespace: string): string {
  const last = cellAddress(block.length - 1, widthOf(block) - 1);
  const cols = COLUMN_WIDTHS.map(
    (width, index) =>
      `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`
  ).join("");
  return (
    `${XML_HEAD}<worksheet xmlns="${escapeXml(mainNamespace)}"><dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `<cols>${cols}</cols><sheetData>${rowsXml(block, 0, "")}</sheetData></worksheet>`
  );
}

interface SheetOutline {
  /** The last row any <row> element stands for (formatted empty rows count: a block goes below). */
  lastRow: number;
  dataOpen: { start: number; end: number } | null;
  dataClose: { start: number; end: number } | null;
  dimension: { start: number; end: number; ref: string } | null;
}

function outlineOf(xml: string): SheetOutline {
  const outline: SheetOutline = { lastRow: -1, dataOpen: null, dataClose: null, dimension: null };
  let row = -1;
  let inData = false;
  readXml(xml, {
    open(name, attributes, start, end) {
      if (name === "sheetData" && !outline.dataOpen) {
        outline.dataOpen = { start, end };
        inData = true;
      } else if (name === "dimension" && !outline.dimension) {
        outline.dimension = { start, end, ref: attributes.ref ?? "" };
      } else if (inData && name === "row") {
        const number = attributes.r === undefined ? row + 2 : Number(attributes.r);
        if (!Number.isInteger(number) || number < 1) throw new XmlError("row number");
        row = number - 1;
        outline.lastRow = Math.max(outline.lastRow, row);
      }
    },
    close(name, start, end) {
      if (name === "sheetData" && inData) {
        outline.dataClose = { start, end };
        inData = false;
      }
    },
    text: () => undefined,
  });
  return outline;
}

/** The history sheet's part with the block added below its last row, a blank row between. */
export function historySheetWithBlock(xml: string, block: readonly CellValue[][]): string {
  const { lastRow, dataOpen, dataClose, dimension } = outlineOf(xml);
  // A worksheet always has its sheetData (§18.3.1.99): one without is damaged.
  if (!dataOpen || !dataClose) throw new XmlError("no sheetData");
  const first = lastRow < 0 ? 0 : lastRow + 2;
  const p = prefixAt(xml, dataOpen.start);
  const rows = rowsXml(block, first, p);
  const edits: { start: number; end: number; text: string }[] = [];
  if (dimension) {
    // The used area's new extent, so a reader that trusts it sees the block.
    const old = parseArea(dimension.ref);
    const lastColumn = Math.max(old ? old.column + old.columnCount - 1 : 0, widthOf(block) - 1);
    const ref = `A1:${columnLetter(lastColumn)}${first + block.length}`;
    edits.push({
      ...dimension,
      text: `<${prefixAt(xml, dimension.start)}dimension ref="${ref}"/>`,
    });
  }
  edits.push(
    dataOpen.start === dataClose.start
      ? { ...dataOpen, text: `<${p}sheetData>${rows}</${p}sheetData>` }
      : { start: dataClose.start, end: dataClose.start, text: rows }
  );
  return edits
    .sort((a, b) => b.start - a.start)
    .reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), xml);
}
