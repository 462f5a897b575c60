// A report sheet's worksheet XML, produced row by row from the spec: the command line's and the
// pane's download counterpart of the Excel adapter's report writer. Written here rather than
// with ExcelJS because ExcelJS builds an object per cell and then the whole file in memory
// (1.4 GB at 100,000 measures), and its streaming writer cannot take the chart parts: this
// writer keeps only the row it is on and the package is written once, charts included.
import { areaAddress, CellArea, columnLetter } from "../domain/a1";
import { cellLink } from "../domain/report/cell-links";
import { DEFAULT_ROW_HEIGHT } from "../domain/report/page-fit";
import type { ReportBlock, ReportSheetSpec } from "../domain/report/types";
import { BLOCK_LOOKS, LINK_COLOR, THAI_FONT } from "../domain/sheet-look";
import type { StyleTable } from "./cell-styles";
import { WIDTH_FACTOR } from "./file-look";
import { NS_MAIN, NS_R, XML_HEAD, escapeCellText, escapeXml } from "./xml-text";

/** A hyperlink of the sheet: its cell and target, for the sheet's relationships part. */
export interface SheetLink {
  cell: string;
  target: string;
}

/** The style index of a block's cell: one lookup per column, border variant and link. */
function blockStyler(block: ReportBlock, styles: StyleTable) {
  const look = BLOCK_LOOKS[block.style];
  const known = new Map<number, number>();
  return (r: number, c: number, link: boolean): number => {
    // A measure continued on the rows below is one block, with no line between its rows.
    const openTop = look.borders === true && block.continues?.[r] === true;
    const openBottom = look.borders === true && block.continues?.[r + 1] === true;
    // A number, not a string: this runs for every cell.
    const key = c * 8 + (openTop ? 4 : 0) + (openBottom ? 2 : 0) + (link ? 1 : 0);
    let id = known.get(key);
    if (id === undefined) {
      const align = block.align?.[c];
      id = styles.id({
        size: look.size,
        bold: look.bold,
        link: link ? LINK_COLOR : undefined,
        fill: look.fill,
        border: look.borders
          ? { left: true, right: true, top: !openTop, bottom: !openBottom }
          : undefined,
        horizontal: align && align !== "left" ? align : look.horizontal,
        wrap: look.wrap,
        numberFormat: block.numberFormats?.[c],
      });
      known.set(key, id);
    }
    return id;
  };
}

type Styler = ReturnType<typeof blockStyler>;

/** The cells of the row being written, by column: their XML and style index. Arrays, not a map
 * of cell objects sorted for each row: this is the writer's per-cell path. */
class RowCells {
  private readonly xml: (string | undefined)[] = [];
  private readonly styles: number[] = [];
  private count = 0;

  set(column: number, s: number, xml: string): void {
    if (this.xml[column] === undefined) this.count++;
    this.xml[column] = xml;
    this.styles[column] = s;
  }

  /** The style index of the cell in `column`, if it was written. */
  styleAt(column: number): number | undefined {
    return this.xml[column] === undefined ? undefined : this.styles[column];
  }

  get empty(): boolean {
    return this.count === 0;
  }

  /** The cells' XML in column order; the row is then empty again. */
  take(): string {
    let text = "";
    for (let column = 0; column < this.xml.length; column++) {
      const xml = this.xml[column];
      if (xml === undefined) continue;
      text += xml;
      this.xml[column] = undefined;
    }
    this.count = 0;
    return text;
  }
}

// Column letters, worked out once per column rather than for every cell.
const columnLetters: string[] = [];
const reference = (row: number, column: number) =>
  `${(columnLetters[column] ??= columnLetter(column))}${row + 1}`;

/** The cells one block puts in one row, by column. */
function blockCells(
  block: ReportBlock,
  width: number,
  r: number,
  row: number,
  style: Styler,
  links: SheetLink[],
  into: RowCells
): void {
  const values = block.values[r];
  for (let c = 0; c < width; c++) {
    const column = block.column + c;
    const cell = reference(row, column);
    const value = values[c] ?? "";
    const link = cellLink(block, r, c);
    if (link) links.push({ cell, target: link });
    const s = style(r, c, link !== null);
    if (typeof value === "number" && Number.isFinite(value))
      into.set(column, s, `<c r="${cell}" s="${s}"><v>${value}</v></c>`);
    else if (value === "") into.set(column, s, `<c r="${cell}" s="${s}"/>`);
    else {
      const text = escapeCellText(String(value));
      into.set(
        column,
        s,
        `<c r="${cell}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`
      );
    }
  }
}

interface PlacedBlock {
  block: ReportBlock;
  order: number;
  style: Styler;
  /** The block's widest row: every row writes this many cells. */
  width: number;
}

/** The sheet's rows: each row's cells from the blocks covering it (a later block wins a cell, as
 * a later write does), its height, and rows under charts at Excel's default height (LibreOffice's
 * own default is lower and would shrink the chart). */
function* sheetRows(
  spec: ReportSheetSpec,
  merges: CellArea[],
  styles: StyleTable,
  links: SheetLink[]
): Generator<string> {
  const placed: PlacedBlock[] = spec.blocks
    .map((block, order) => ({
      block,
      order,
      style: blockStyler(block, styles),
      width: block.values.reduce((widest, line) => Math.max(widest, line.length), 1),
    }))
    .sort((a, b) => a.block.row - b.block.row || a.order - b.order);
  const chartRows = new Set<number>();
  for (const { position } of spec.charts)
    for (let r = 0; r < position.rowCount; r++) chartRows.add(position.row + r);
  const lastRow = [
    ...placed.map(({ block }) => block.row + block.values.length - 1),
    ...chartRows,
  ].reduce((last, row) => Math.max(last, row), -1);
  let active: PlacedBlock[] = [];
  let next = 0;
  const cells = new RowCells();
  // Each merged area's top-left style, as its other cells take it (as Excel's merge does).
  const mergeStyles = new Map<CellArea, number>();
  for (let row = 0; row <= lastRow; row++) {
    active = active.filter(({ block }) => row < block.row + block.values.length);
    while (next < placed.length && placed[next].block.row <= row) active.push(placed[next++]);
    active.sort((a, b) => a.order - b.order);
    let height: number | undefined;
    for (const { block, style, width } of active) {
      if (row >= block.row + block.values.length) continue;
      const r = row - block.row;
      height = block.rowHeights?.[r] || height;
      blockCells(block, width, r, row, style, links, cells);
    }
    for (const area of merges) {
      if (row < area.row || row >= area.row + area.rowCount) continue;
      if (row === area.row) mergeStyles.set(area, cells.styleAt(area.column) ?? 0);
      const s = mergeStyles.get(area)!;
      for (let column = area.column; column < area.column + area.columnCount; column++) {
        if (row === area.row && column === area.column) continue;
        const cell = reference(row, column);
        cells.set(column, s, s ? `<c r="${cell}" s="${s}"/>` : `<c r="${cell}"/>`);
      }
    }
    if (chartRows.has(row)) height = DEFAULT_ROW_HEIGHT;
    if (cells.empty && height === undefined) continue;
    const ht = height ? ` ht="${height}" customHeight="1"` : "";
    yield `<row r="${row + 1}"${ht}>${cells.take()}</row>`;
  }
}

/** A centred page header or footer in the report's font at 14 pt. */
const headerText = (text: string) => escapeCellText(`&C&"${THAI_FONT}"&14${text}`);

/** The merged areas: title lines and sentences merged across, and the spec's own merges. */
function mergedAreas(spec: ReportSheetSpec): CellArea[] {
  const areas: CellArea[] = [];
  for (const { row, column, values, mergeAcross } of spec.blocks) {
    if (!mergeAcross || mergeAcross < 2) continue;
    values.forEach((_, r) =>
      areas.push({ row: row + r, column, rowCount: 1, columnCount: mergeAcross })
    );
  }
  return [...areas, ...spec.merges];
}

/** The worksheet's XML in pieces; `links` receives its hyperlinks as its rows are written, and
 * `drawing` names the relationship of its charts' drawing, if it has charts. */
export function* sheetXml(
  spec: ReportSheetSpec,
  styles: StyleTable,
  links: SheetLink[],
  drawing: string | null
): Generator<string> {
  const { centerHeader, centerFooter, pageBreaksBefore } = spec.print;
  const lastColumn = Math.max(spec.columnWidths.length, 1) - 1;
  yield (
    `${XML_HEAD}` +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<dimension ref="A1:${columnLetter(lastColumn)}${spec.print.area.row + spec.print.area.rowCount}"/>` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="${DEFAULT_ROW_HEIGHT}"/>`
  );
  if (spec.columnWidths.length) {
    const cols = spec.columnWidths.map((width, index) => {
      const excelWidth = Math.round(width * WIDTH_FACTOR * 10) / 10;
      return `<col min="${index + 1}" max="${index + 1}" width="${excelWidth}" customWidth="1"/>`;
    });
    yield `<cols>${cols.join("")}</cols>`;
  }
  yield "<sheetData>";
  const merges = mergedAreas(spec);
  yield* sheetRows(spec, merges, styles, links);
  yield "</sheetData>";
  if (merges.length) {
    const items = merges.map((area) => `<mergeCell ref="${areaAddress(area)}"/>`).join("");
    yield `<mergeCells count="${merges.length}">${items}</mergeCells>`;
  }
  if (links.length) {
    const items = links.map(
      (link, index) => `<hyperlink ref="${link.cell}" r:id="rIdLink${index + 1}"/>`
    );
    yield `<hyperlinks>${items.join("")}</hyperlinks>`;
  }
  yield (
    `<printOptions horizontalCentered="1"/>` +
    `<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    // A4 landscape, one page wide and as many pages tall as needed.
    `<pageSetup paperSize="9" orientation="landscape" scale="100" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddHeader>${headerText(centerHeader)}</oddHeader>` +
    `<oddFooter>${headerText(centerFooter)}</oddFooter></headerFooter>`
  );
  if (pageBreaksBefore.length) {
    // A break below the row before (OOXML breaks follow the 1-based row they name).
    const breaks = pageBreaksBefore.map((row) => `<brk id="${row}" max="16383" man="1"/>`);
    yield `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.join("")}</rowBreaks>`;
  }
  if (drawing) yield `<drawing r:id="${escapeXml(drawing)}"/>`;
  yield "</worksheet>";
}
