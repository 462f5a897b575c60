// A pasted plan, read and joined, as rows of the canonical plan table: the tidy action's output.
import { TEMPLATE_COLUMNS } from "./plan-columns";
import type { CellValue } from "./plan-layout";
import type { MeasureRow } from "./plan-reading";
import { parseBudget } from "./plan-validation";
import type { TemplateCell } from "./plan-template";

function keep(value: CellValue | undefined): TemplateCell {
  return value === null || value === undefined ? "" : value;
}

/** One row per measure; text kept as read, ticks as TRUE/FALSE, budgets as numbers when they are. */
export function tidyRows(measures: readonly MeasureRow[]): TemplateCell[][] {
  return measures.map((measure, index) =>
    TEMPLATE_COLUMNS.map((column): TemplateCell => {
      switch (column.key) {
        case "number":
          return measure.text.number || index + 1;
        case "status":
          return measure.ticked.includes(column.status!);
        case "plannedBudget":
        case "budget": {
          const budget = parseBudget(measure.raw[column.key]);
          return typeof budget === "number" ? budget : keep(measure.raw[column.key]);
        }
        case "period":
          return typeof measure.raw.period === "number" ? measure.raw.period : measure.text.period;
        case "indicator":
        case "updated":
          return keep(measure.raw[column.key]);
        default:
          return measure.text[column.key];
      }
    })
  );
}
