// The pane's merge, after the preview: the conflicts the user settled (one copy's value chosen,
// or the plan's kept) applied over what mergeCopies took, and the cells of the plan that then
// differ. Only matched measures' reported cells are written; a field the plan has no column
// for is named, never put elsewhere.
import { columnOf, PlanLayout } from "../plan-layout";
import { STATUS_HEADERS, STATUSES } from "../plan-columns";
import type { MeasureRow } from "../plan-reading";
import { measureKey } from "../measure-key";
import {
  fieldValue,
  isBudget,
  MergeConflict,
  MergeOutcome,
  PlanCopy,
  REPORTED_FIELDS,
  ReportedField,
  withValue,
} from "./merge-copies";

/** The copy chosen for each settled conflict, by conflictKey; a conflict left out keeps the
 * plan's value. */
export type MergeChoices = Record<string, string>;

/** A conflict's identity, stable between the preview and the apply (a re-read of the plan). */
export function conflictKey(conflict: Pick<MergeConflict, "measure" | "field">): string {
  return `${conflict.field}:${measureKey(conflict.measure)}`;
}

/** The merged measures with the chosen copies' values of the settled conflicts. */
export function withChoices(
  outcome: MergeOutcome,
  copies: readonly PlanCopy[],
  choices: MergeChoices
): MeasureRow[] {
  const measures = [...outcome.measures];
  for (const conflict of outcome.conflicts) {
    const chosen = copies.find((copy) => copy.name === choices[conflictKey(conflict)]);
    const key = measureKey(conflict.measure);
    const theirs = chosen?.measures.find((measure) => measureKey(measure.text.measure) === key);
    const index = measures.findIndex((measure) => measureKey(measure.text.measure) === key);
    if (theirs && index >= 0) measures[index] = withValue(measures[index], conflict.field, theirs);
  }
  return measures;
}

export interface CellWrite {
  /** 0-based sheet row and column. */
  row: number;
  column: number;
  value: string | number | boolean;
}

export interface MergeWrites {
  cells: CellWrite[];
  /** Values written: a measure's field counts once, however many cells it takes (a status is
   * three ticks), so the count matches the preview's items. */
  values: number;
  /** Measures with at least one cell written. */
  measures: number;
  /** Reported fields the copies changed that the plan has no column for. */
  withoutColumn: ReportedField[];
}

function fieldCells(layout: PlanLayout, field: ReportedField, after: MeasureRow): CellWrite[] {
  // One status column of words (a tidied paste): the status's word, which reads back as it.
  const wordColumn = field === "status" ? columnOf(layout, "status") : undefined;
  if (wordColumn !== undefined) {
    const words = after.ticked.map((status) => STATUS_HEADERS[status]).join(", ");
    return [{ row: after.row, column: wordColumn, value: words }];
  }
  if (field === "status") {
    return STATUSES.flatMap((status) => {
      const column = columnOf(layout, "status", status);
      return column === undefined
        ? []
        : [{ row: after.row, column, value: after.ticked.includes(status) }];
    });
  }
  const column = columnOf(layout, field);
  if (column === undefined) return [];
  const value = isBudget(field) ? (after.raw[field] ?? "") : after.text[field];
  // The whole text goes in the measure's first row; its rows continued below held the old
  // text's remainder, which would otherwise be read back joined to the new text.
  return after.sourceRows.map((row) => ({
    row,
    column,
    value: row === after.row ? value : "",
  }));
}

/** The cells to write so the plan (`before`, as read) holds `after`, measure by measure. */
export function mergeWrites(
  layout: PlanLayout,
  before: readonly MeasureRow[],
  after: readonly MeasureRow[]
): MergeWrites {
  const writes: MergeWrites = { cells: [], values: 0, measures: 0, withoutColumn: [] };
  before.forEach((original, index) => {
    const merged = after[index];
    const changed = REPORTED_FIELDS.filter(
      (field) => fieldValue(original, field) !== fieldValue(merged, field)
    );
    const cells = changed.flatMap((field) => {
      const written = fieldCells(layout, field, merged);
      if (written.length > 0) writes.values += 1;
      else if (!writes.withoutColumn.includes(field)) writes.withoutColumn.push(field);
      return written;
    });
    if (cells.length > 0) writes.measures += 1;
    writes.cells.push(...cells);
  });
  return writes;
}
