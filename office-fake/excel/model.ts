// The in-memory workbook behind the fake: plain data that tests can inspect directly.
import { CellArea } from "../../src/domain/a1";

export type CellValue = string | number | boolean;

export interface BorderModel {
  style: string;
  weight?: string;
  color?: string;
}

export interface CellFormatModel {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  underline?: string;
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders?: Record<string, BorderModel>;
}

export interface CellModel {
  value: CellValue;
  formula?: string;
  numberFormat: string;
  format: CellFormatModel;
  control?: string;
  /** Range.hyperlink's address (ExcelApi 1.7). */
  hyperlink?: string;
}

export interface DataValidationModel {
  area: CellArea;
  rule: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
}

export interface ConditionalFormatModel {
  area: CellArea;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
}

export interface SeriesModel {
  name: string;
  chartType?: string;
  values?: string;
  xValues?: string;
  showDataLabels?: boolean;
  /** The data labels' format code (ChartSeries.dataLabels.numberFormat). */
  labelFormat?: string;
  fill?: string;
  pointFills?: Record<number, string>;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  titleFont: { name?: string; size?: number };
  font: { name?: string; size?: number };
  series: SeriesModel[];
  valueAxisTitle?: string;
  categoryAxisTitle?: string;
  valueAxisMinimum?: number;
  valueAxisMaximum?: number;
  valueAxisFormat?: string;
  /** Categories between tick-mark labels on the category axis (1 names every one). */
  categoryLabelSpacing?: number;
  legendVisible?: boolean;
  legendPosition?: string;
  showDataLabels?: boolean;
  top?: number;
  left?: number;
  width?: number;
  height?: number;
  startCell?: string;
  endCell?: string;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  centerHorizontally: boolean;
  printGridlines: boolean;
  margins: {
    top: number;
    bottom: number;
    left: number;
    right: number;
    header: number;
    footer: number;
  };
  zoom: Excel.PageLayoutZoomOptions;
  printArea?: string;
  printTitleRows?: string;
  headersFooters: Record<string, string>;
  /** 0-based rows a manual page break comes before (Worksheet.horizontalPageBreaks). */
  pageBreaksBefore: number[];
}

export interface ChangedEventModel {
  address: string;
  triggerSource: "Unknown" | "ThisLocalAddin";
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: string;
  protected: boolean;
  cells: Map<string, CellModel>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  merges: CellArea[];
  frozenRows: number;
  dataValidations: DataValidationModel[];
  conditionalFormats: ConditionalFormatModel[];
  charts: ChartModel[];
  pageLayout: PageLayoutModel;
  customProperties: Map<string, string>;
  changeHandlers: Array<(event: Excel.WorksheetChangedEventArgs) => Promise<unknown>>;
  /** Addresses written since onChanged handlers were last told. */
  changeLog: string[];
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  area: CellArea;
  style: string;
  showHeaders: boolean;
}

export interface NamedItemModel {
  name: string;
  formula: string;
  visible: boolean;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  tables: TableModel[];
  names: Map<string, NamedItemModel>;
  settings: Map<string, unknown>;
  activeSheetId: string;
  selection: { sheetId: string; address: string };
  nextId: number;
  /** WorksheetCollection.onChanged: told about changes on every sheet. */
  changeHandlers: Array<(event: Excel.WorksheetChangedEventArgs) => Promise<unknown>>;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export function cellKey(row: number, column: number): string {
  return `${row},${column}`;
}

export function emptyCell(): CellModel {
  return { value: "", numberFormat: "General", format: {} };
}

export function newSheet(id: string, name: string): SheetModel {
  return {
    id,
    name,
    visibility: "Visible",
    protected: false,
    cells: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenRows: new Set(),
    merges: [],
    frozenRows: 0,
    dataValidations: [],
    conditionalFormats: [],
    charts: [],
    pageLayout: {
      orientation: "Portrait",
      paperSize: "Letter",
      centerHorizontally: false,
      printGridlines: false,
      margins: { top: 54, bottom: 54, left: 50.4, right: 50.4, header: 21.6, footer: 21.6 },
      zoom: { scale: 100 },
      headersFooters: {},
      pageBreaksBefore: [],
    },
    customProperties: new Map(),
    changeHandlers: [],
    changeLog: [],
  };
}

export function newWorkbook(sheetNames: string[] = ["Sheet1"]): WorkbookModel {
  const sheets = sheetNames.map((name, index) => newSheet(`{sheet-${index + 1}}`, name));
  return {
    sheets,
    tables: [],
    names: new Map(),
    settings: new Map(),
    activeSheetId: sheets[0].id,
    selection: { sheetId: sheets[0].id, address: "A1" },
    nextId: sheetNames.length + 1,
    changeHandlers: [],
  };
}
