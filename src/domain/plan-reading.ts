// Reading the measures under a recognised header, as a paste from Word or PDF brings them:
// repeated header rows dropped, rows continued over a page break joined to their measure,
// status ticks read. Every character of text is kept; only white space is normalised.
import { matchHeader } from "./header-matching";
import type { ColumnKey, Status } from "./plan-columns";
import { STATUSES } from "./plan-columns";
import {
  CellValue,
  cellText,
  columnOf,
  headerTexts,
  PlanLayout,
  headerRepeatTest,
  SheetGrid,
} from "./plan-layout";
import { normaliseSpaces } from "./thai-text";

/** The keys whose cells are text that continuation rows add to. */
export const TEXT_KEYS = [
  "number",
  "measure",
  "method",
  "owner",
  "period",
  "result",
  "outcome",
  "problems",
  "recommendation",
  "evidence",
] as const satisfies readonly ColumnKey[];
export type TextKey = (typeof TEXT_KEYS)[number];

/** The keys whose cells are read as values. */
export const RAW_KEYS = ["period", "plannedBudget", "budget", "indicator", "updated"] as const;
export type RawKey = (typeof RAW_KEYS)[number];

export interface MeasureRow {
  /** 0-based sheet row of the measure's first line. */
  row: number;
  /** Every sheet row joined into this measure. */
  sourceRows: number[];
  text: Record<TextKey, string>;
  /** Cells read as values, not text: a date serial, a budget, an indicator. */
  raw: Partial<Record<RawKey, CellValue>>;
  /** Statuses ticked or named in the row. */
  ticked: Status[];
  /** Status cells that are neither a tick, a blank, nor a status word. */
  unreadableStatus: string[];
}

export interface ReadPlan {
  measures: MeasureRow[];
  headerRowsDropped: number;
  rowsJoined: number;
}

const TICKS = new Set(["/", "✓", "✔", "✅", "☑", "√", "x", "X", "✗", "✘", "true", "TRUE", "True"]);
const BLANKS = new Set(["", "-", "–", "—", "false", "FALSE", "False", "☐"]);
const ITEM_NUMBER = /^\(?\s*[0-9๐-๙]+(\.[0-9๐-๙]+)*\s*[).]/;

/** Line by line: runs of white space collapsed, empty lines dropped, line breaks kept. */
export function normaliseCellText(value: CellValue): string {
  const text = cellText(value);
  // Most cells are one clean line: nothing to normalise.
  if (!/\s\s|[^\S ]|[\u200b-\u200d\ufeff]/.test(text)) return text;
  return text
    .split(/\r?\n/)
    .map(normaliseSpaces)
    .filter((line) => line.length > 0)
    .join("\n");
}

type TickReading = { status?: Status; ticked: boolean; unreadable?: string };

function readTick(value: CellValue, column: Status | undefined): TickReading {
  if (typeof value === "boolean") return { status: column, ticked: value };
  const text = normaliseSpaces(cellText(value));
  if (BLANKS.has(text)) return { ticked: false };
  if (column && TICKS.has(text)) return { status: column, ticked: true };
  // A status word ("ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ") names its status in any column.
  const named = matchHeader(text)?.meaning.status;
  if (named) return { status: named, ticked: true };
  return { ticked: false, unreadable: text };
}

interface ColumnPlan {
  text: { key: TextKey; column: number }[];
  raw: { key: keyof MeasureRow["raw"]; column: number }[];
  status: { column: number; status?: Status }[];
}

function columnPlan(layout: PlanLayout): ColumnPlan {
  const text = TEXT_KEYS.flatMap((key) => {
    const column = columnOf(layout, key);
    return column === undefined ? [] : [{ key, column }];
  });
  const raw = RAW_KEYS.flatMap((key) => {
    const column = columnOf(layout, key);
    return column === undefined ? [] : [{ key, column }];
  });
  const status = [undefined, ...STATUSES].flatMap((status) => {
    const column = columnOf(layout, "status", status);
    return column === undefined ? [] : [{ column, status }];
  });
  return { text, raw, status };
}

function emptyText(): Record<TextKey, string> {
  return {
    number: "",
    measure: "",
    method: "",
    owner: "",
    period: "",
    result: "",
    outcome: "",
    problems: "",
    recommendation: "",
    evidence: "",
  };
}

/** A row holding text under the page break: its measure cell is empty, or (in a numbered plan)
 * its measure text carries no number while the row has no status, owner or period of its own. */
function continues(row: MeasureRow, previous: MeasureRow | undefined, ownCells: boolean): boolean {
  if (!previous) return false;
  if (row.text.measure === "") return true;
  return (
    ITEM_NUMBER.test(previous.text.measure) && !ITEM_NUMBER.test(row.text.measure) && !ownCells
  );
}

function join(into: MeasureRow, row: MeasureRow): void {
  for (const key of TEXT_KEYS) {
    if (row.text[key])
      into.text[key] = into.text[key] ? `${into.text[key]}\n${row.text[key]}` : row.text[key];
  }
  for (const [key, value] of Object.entries(row.raw) as [keyof MeasureRow["raw"], CellValue][]) {
    if (into.raw[key] === undefined || into.raw[key] === null || into.raw[key] === "")
      into.raw[key] = value;
  }
  into.ticked.push(...row.ticked.filter((status) => !into.ticked.includes(status)));
  into.unreadableStatus.push(...row.unreadableStatus);
  into.sourceRows.push(...row.sourceRows);
}

function readRow(
  values: CellValue[],
  sheetRow: number,
  grid: SheetGrid,
  plan: ColumnPlan
): MeasureRow {
  const at = (column: number) => values[column - grid.firstColumn] ?? null;
  const row: MeasureRow = {
    row: sheetRow,
    sourceRows: [sheetRow],
    text: emptyText(),
    raw: {},
    ticked: [],
    unreadableStatus: [],
  };
  for (const { key, column } of plan.text) row.text[key] = normaliseCellText(at(column));
  for (const { key, column } of plan.raw) {
    const value = at(column);
    if (cellText(value) !== "") row.raw[key] = value;
  }
  for (const { column, status } of plan.status) {
    const tick = readTick(at(column), status);
    if (tick.ticked && tick.status && !row.ticked.includes(tick.status))
      row.ticked.push(tick.status);
    if (tick.unreadable) row.unreadableStatus.push(tick.unreadable);
  }
  return row;
}

/** The measures below the header: one per measure, whatever the paste brought along. */
export function readMeasures(grid: SheetGrid, layout: PlanLayout): ReadPlan {
  const plan = columnPlan(layout);
  const firstHeader = layout.headerRow - grid.firstRow;
  const headers = [headerTexts(grid, firstHeader, 1)];
  if (layout.headerRowCount === 2) headers.push(grid.values[firstHeader + 1].map(cellText));
  const repeatsHeader = headerRepeatTest(headers);
  const measures: MeasureRow[] = [];
  let headerRowsDropped = 0;
  let rowsJoined = 0;
  for (let index = firstHeader + layout.headerRowCount; index < grid.values.length; index++) {
    const values = grid.values[index];
    if (values.every((value) => cellText(value) === "")) continue;
    if (repeatsHeader(values)) {
      headerRowsDropped++;
      continue;
    }
    const row = readRow(values, grid.firstRow + index, grid, plan);
    const ownCells =
      row.ticked.length > 0 ||
      row.text.owner !== "" ||
      row.text.period !== "" ||
      row.raw.period !== undefined;
    const previous = measures[measures.length - 1];
    if (continues(row, previous, ownCells)) {
      join(previous, row);
      rowsJoined++;
    } else {
      measures.push(row);
    }
  }
  return { measures, headerRowsDropped, rowsJoined };
}

/** The one status of a measure, when exactly one is ticked. */
export function statusOf(measure: MeasureRow): Status | null {
  return measure.ticked.length === 1 ? measure.ticked[0] : null;
}
