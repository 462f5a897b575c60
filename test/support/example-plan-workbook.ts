// An example plan workbook made from seed report 001 (as pasted and tidied), with its settings
// and example scores: the demo's input and the rendered checks' input.
import ExcelJS from "exceljs";
import { analysePlan } from "../../src/domain/plan-analysis";
import { TEMPLATE_COLUMNS } from "../../src/domain/plan-columns";
import { buildPlanSheet } from "../../src/domain/plan-template";
import { buildScoresSheet, SCORE_ROWS } from "../../src/domain/scores-sheet";
import { tidyRows } from "../../src/domain/tidy-plan";
import { addPlanSheets, addScoresSheet } from "../../src/xlsx/plan-workbook";
import { pastedSeedTables, SEEDS } from "./seed-paste";

// Illustrative indicator scores: the seeds publish only one total (59.42, grade D, 2563).
const EXAMPLE_SCORES: Record<number, number[]> = {
  2565: [90.12, 84.5, 88.03, 86.4, 81.25, 85.6, 83.1, 80.75, 72.5, 68.0],
  2566: [93.66, 90.0, 91.2, 92.4, 88.1, 87.35, 86.9, 84.2, 81.0, 76.5],
};

/** Writes the example plan, its first `done` measures done and the rest under way; returns its
 * measures as the tidied rows hold them. */
export async function writeExamplePlan(path: string, today: Date, done = 4) {
  const table = pastedSeedTables(SEEDS.wangsaphung)[0];
  const { plan } = analysePlan({ firstRow: 0, firstColumn: 0, values: table }, { today });
  const rows = tidyRows(plan.measures).map((row, index) =>
    row.map((cell, column) => {
      const { status } = TEMPLATE_COLUMNS[column];
      // The seed reports every measure's result: by default the first four done, the last
      // still running.
      return status ? status === (index < done ? "done" : "in_progress") : cell;
    })
  );
  const spec = buildPlanSheet(rows, 2566, { sheets: [], definedNames: [] });
  const settings = {
    ITA_Organisation: "เทศบาลเมืองวังสะพุง",
    ITA_District: "วังสะพุง",
    ITA_Province: "เลย",
  };
  spec.settings!.fields = spec.settings!.fields.map((entry) => ({
    ...entry,
    value: settings[entry.field.name as keyof typeof settings] ?? entry.value,
  }));
  const workbook = new ExcelJS.Workbook();
  addPlanSheets(workbook, spec);
  const scores = buildScoresSheet("คะแนน ITA", 2566);
  const cells: Record<string, number> = {};
  scores.yearColumns.forEach((letter, index) => {
    const year = 2566 - (scores.yearColumns.length - 1) + index;
    EXAMPLE_SCORES[year]?.forEach(
      (score, i) => (cells[`${letter}${SCORE_ROWS.firstIndicator + i}`] = score)
    );
  });
  addScoresSheet(workbook, scores, cells);
  await workbook.xlsx.writeFile(path);
  return plan.measures;
}
