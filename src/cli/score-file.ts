// `score ... -o scores.xlsx` writes the scores sheet the pane makes (its formulas and names),
// the year's ten scores filled in; `report --scores` takes that workbook, or the ten numbers
// with their year ("2566:93.66,90,...") for a user without the add-in.
import type { ScoreHistory } from "../domain/scores/score-history";
import { DEFAULT_WEIGHTS, ScoreInputError } from "../domain/scores";
import { buildScoresSheet, SCORE_ROWS } from "../domain/scores-sheet";
import { foldThaiDigits } from "../domain/thai-text";
import { checkOutput, writeOutput } from "./output-file";
import type { ScoreReport } from "./score-command";

export const SCORES_SHEET = "คะแนน ITA";

/** The year's scores, and the year before's given with --previous (so the report and the memo
 * made from the file tell the change, as `score` did), in the last two year columns. */
export async function writeScoresFile(
  report: ScoreReport,
  given: {
    stated: number | null;
    previous: readonly number[] | null;
    /** Written where the user chose one; the sheet's own 85 stands otherwise. */
    passMark: number | undefined;
  },
  output: string,
  force: boolean
): Promise<void> {
  checkOutput(output, [], force);
  const spec = buildScoresSheet(SCORES_SHEET, report.year);
  // The sheet's last year column is the year asked for, the one before it the year before.
  const column = spec.yearColumns[spec.yearColumns.length - 1];
  const before = spec.yearColumns[spec.yearColumns.length - 2];
  const cells: Record<string, number> = {};
  report.indicators.forEach((score, index) => {
    cells[`${column}${SCORE_ROWS.firstIndicator + index}`] = score;
  });
  given.previous?.forEach((score, index) => {
    cells[`${before}${SCORE_ROWS.firstIndicator + index}`] = score;
  });
  if (given.stated !== null) cells[`${column}${SCORE_ROWS.stated}`] = given.stated;
  if (given.passMark !== undefined) cells[`B${SCORE_ROWS.passMark}`] = given.passMark;
  // ExcelJS (0.3 s to load) only here: `report --scores 2566:...` reads this module too.
  const [{ default: ExcelJS }, { addScoresSheet }] = await Promise.all([
    import("exceljs"),
    import("../xlsx/plan-workbook"),
  ]);
  const workbook = new ExcelJS.Workbook();
  addScoresSheet(workbook, spec, cells);
  await writeOutput(output, new Uint8Array(await workbook.xlsx.writeBuffer()), force);
}

const NUMBERS = /^\s*([0-9๐-๙]{4})\s*:\s*(.+)$/;

/** "2566:s1,...,s10" as a score history, or null when the text is not in that form. */
export function scoresFromNumbers(text: string): ScoreHistory | null {
  const match = NUMBERS.exec(foldThaiDigits(text));
  if (!match) return null;
  const indicators = match[2].split(",").map((part) => Number(part.trim()));
  if (indicators.length !== 10 || indicators.some((score) => !Number.isFinite(score))) {
    throw new ScoreInputError("count", String(indicators.length));
  }
  return {
    years: [{ year: Number(match[1]), indicators, stated: null }],
    weights: DEFAULT_WEIGHTS,
  };
}
