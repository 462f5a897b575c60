// The scores step's analysis in the workbook: last year's weak indicators with the measures of
// the plan linked to them (read only), a proposed link confirmed by writing the indicator into
// the plan's empty indicator cell, and a gap answered by a new row under the plan for the user
// to fill. Nothing is written but what the user clicked, and never over a cell that has text.
import { cellAddress, columnLetter } from "../domain/a1";
import { analysePlan } from "../domain/plan-analysis";
import type { MappingOverrides, PlanLayout, SheetGrid } from "../domain/plan-layout";
import { recognisePlan } from "../domain/plan-layout";
import { hasStatusColumns, planColumnsOf } from "../domain/report/plan-capabilities";
import { summariseProgress } from "../domain/progress";
import { weakPointsFor } from "../domain/scores/weak-points";
import type { WeakPointsView } from "../services/workbook-service";
import { WorkbookError } from "../services/workbook-service";
import { queueSettingsRead, syncPlanRead } from "./plan-reader";
import { queueScoreHistoryRead } from "./scores-actions";

const columnOf = (layout: PlanLayout, key: "indicator" | "measure") =>
  layout.columns.find((column) => column.meaning.key === key)?.column ?? null;

/** The plan (one round trip) with its settings and scores (a second). */
async function readPlanWithScores(context: Excel.RequestContext, sheetId: string | undefined) {
  const { plan } = await syncPlanRead(context, sheetId, () => () => undefined);
  const settingsRead = queueSettingsRead(context, plan.namesInUse, new Date());
  const scoresRead = queueScoreHistoryRead(context, plan.namesInUse);
  await context.sync();
  const settings = settingsRead();
  const analysis = analysePlan(plan.grid, {
    overrides: plan.overrides,
    fiscalYear: settings.fiscalYear,
    today: new Date(),
  });
  return { plan, settings, analysis, scores: scoresRead() };
}

/** Null when the workbook has no plan or no complete year of scores before the plan's. */
export async function readWeakPoints(
  context: Excel.RequestContext,
  sheetId?: string
): Promise<WeakPointsView | null> {
  const { plan, settings, analysis, scores } = await readPlanWithScores(context, sheetId);
  if (!analysis.layout) return null;
  const measures = analysis.plan.measures;
  const fiscalYear = analysis.fiscalYear ?? settings.fiscalYear;
  // As the progress, the report and the memo count them: status columns holding no tick at all
  // leave the plan to speak of its reported results.
  const { hasStatus } = summariseProgress(
    measures,
    new Date(),
    fiscalYear,
    hasStatusColumns(planColumnsOf(analysis.layout))
  );
  const points = weakPointsFor(scores, fiscalYear, measures, { hasStatus });
  if (!points) return null;
  const indicatorColumn = columnOf(analysis.layout, "indicator");
  return {
    sheetId: plan.sheetId,
    analysis: points.analysis,
    gaps: points.gaps,
    indicatorColumn: indicatorColumn === null ? null : columnLetter(indicatorColumn),
    indicators: points.indicators.map((weak) => ({
      number: weak.number,
      score: weak.score,
      measures: weak.measures.map(({ index, state }) => ({
        row: measures[index].row,
        measure: measures[index].text.measure,
        state,
        source: points.links[index].source,
      })),
    })),
  };
}

/** The plan's columns as recognised (the user's mapping applied); no settings or scores. */
function layoutOf(plan: { grid: SheetGrid; overrides: MappingOverrides }) {
  return recognisePlan(plan.grid, plan.overrides);
}

/** Writes a confirmed indicator into a measure's indicator cell, only while that cell is empty. */
export async function confirmIndicator(
  context: Excel.RequestContext,
  sheetId: string,
  row: number,
  indicator: number
): Promise<void> {
  const { plan } = await syncPlanRead(context, sheetId, () => () => undefined);
  const layout = layoutOf(plan);
  const column = layout && columnOf(layout, "indicator");
  if (column === null || column === undefined) {
    throw new WorkbookError("NoIndicatorColumn", "The plan has no indicator column", true);
  }
  const { firstRow, firstColumn, values } = plan.grid;
  const current = values[row - firstRow]?.[column - firstColumn];
  if (current !== undefined && current !== null && String(current).trim() !== "") {
    throw new WorkbookError("IndicatorCellFilled", `The indicator cell has ${current}`, true);
  }
  context.workbook.worksheets.getItem(sheetId).getRange(cellAddress(row, column)).values = [
    [indicator],
  ];
  await context.sync();
}

/** A new measure for a weak indicator no measure addresses: a row added under the plan (to its
 * table, when the plan is one, so the row keeps the table's check boxes and lists), the
 * indicator written in it and its measure cell selected for the user to type. */
export async function addMeasureFor(
  context: Excel.RequestContext,
  sheetId: string,
  indicator: number
): Promise<{ address: string }> {
  const sheet = context.workbook.worksheets.getItem(sheetId);
  const { plan, others: tables } = await syncPlanRead(context, sheetId, () => {
    const tables = sheet.tables.load("items/name");
    return () => tables;
  });
  const layout = layoutOf(plan);
  const measureColumn = layout && columnOf(layout, "measure");
  if (!layout || measureColumn === null || measureColumn === undefined) {
    throw new WorkbookError("NoPlanFound", "No plan on the sheet", true);
  }
  const indicatorColumn = columnOf(layout, "indicator");
  const ranges = tables.items.map((table) => ({
    table,
    range: table.getRange().load("rowIndex,columnIndex,rowCount,columnCount"),
  }));
  await context.sync();
  const planTable = ranges.find(
    ({ range }) =>
      range.rowIndex === layout.headerRow + layout.headerRowCount - 1 &&
      range.columnIndex <= measureColumn &&
      measureColumn < range.columnIndex + range.columnCount
  );
  let row: number;
  if (planTable) {
    const { range, table } = planTable;
    row = range.rowIndex + range.rowCount;
    const values = Array.from({ length: range.columnCount }, (_, c) =>
      c + range.columnIndex === indicatorColumn ? indicator : ""
    );
    table.rows.add(undefined, [values]);
  } else {
    // Below everything the sheet uses: the row can hold nothing of the user's.
    row = Math.max(plan.grid.firstRow + plan.grid.values.length, layout.headerRow + 1);
    if (indicatorColumn !== null) {
      sheet.getRange(cellAddress(row, indicatorColumn)).values = [[indicator]];
    }
  }
  const address = cellAddress(row, measureColumn);
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
  return { address };
}
