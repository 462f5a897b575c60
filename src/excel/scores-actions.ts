// The ITA scores sheet: creating it, reading pasted score lines into a year's column, and
// reading the years it holds for the report, the memo and the analysis.
import { cellAddress } from "../domain/a1";
import type { CellValue } from "../domain/plan-layout";
import type { ScoreHistory } from "../domain/scores/score-history";
import {
  SCORE_ROWS,
  SCORE_TABLE_NAME,
  SCORES_SHEET_BASE,
  PASS_MARK_NAME,
  STATED_NAME,
  WEIGHTS_NAME,
  buildScoresSheet,
  scoreHistoryFrom,
} from "../domain/scores-sheet";
import { parseScoreLines } from "../domain/scores";
import { freeSheetName } from "../domain/sheet-names";
import { WorkbookError } from "../services/workbook-service";
import { queueTakenNames } from "./plan-template-writer";
import { removeCreated, undoAfter } from "./rollback";
import { FILLS, THAI_FONT } from "../domain/sheet-look";
import { isFormula, literalFormats } from "./literal-text";
import { charactersToPoints } from "./sheet-styles";

export async function insertScoresSheet(
  context: Excel.RequestContext,
  fiscalYear: number
): Promise<{ sheet: string; created: boolean }> {
  const taken = queueTakenNames(context);
  await context.sync();
  const names = taken();
  if (names.definedNames.some((name) => name.toLowerCase() === SCORE_TABLE_NAME.toLowerCase())) {
    const existing = context.workbook.names.getItem(SCORE_TABLE_NAME).getRange().worksheet;
    existing.activate();
    existing.load("name");
    await context.sync();
    return { sheet: existing.name, created: false };
  }
  const spec = buildScoresSheet(freeSheetName(SCORES_SHEET_BASE, names.sheets), fiscalYear);
  try {
    const sheet = context.workbook.worksheets.add(spec.sheet);
    const used = sheet.getRange(
      `A1:${spec.yearColumns[spec.yearColumns.length - 1]}${SCORE_ROWS.firstWeight + 2}`
    );
    used.format.font.name = THAI_FONT;
    used.format.font.size = 14;
    sheet.getRange("A:A").format.columnWidth = charactersToPoints(44);
    sheet.getRange("B:B").format.columnWidth = charactersToPoints(10);
    for (const letter of spec.yearColumns) {
      sheet.getRange(`${letter}:${letter}`).format.columnWidth = charactersToPoints(12);
    }
    for (const cell of spec.cells) {
      const range = sheet.getRange(cell.address);
      // Labels stay text (the formats go before the content; see literal-text.ts).
      if (!isFormula(cell.content)) range.numberFormat = literalFormats([[cell.content]]);
      range.formulas = [[cell.content]];
      if (cell.style === "title" || cell.style === "header") range.format.font.bold = true;
      if (cell.style === "header") range.format.fill.color = FILLS.header;
      if (cell.style === "input") range.format.fill.color = FILLS.input;
      if (cell.style === "formula" || cell.style === "input") range.numberFormat = [["0.00"]];
    }
    for (const name of spec.names) context.workbook.names.add(name.name, name.reference);
    sheet.freezePanes.freezeRows(SCORE_ROWS.header);
    sheet.activate();
    await context.sync();
  } catch (error) {
    const created = { sheets: [spec.sheet], names: spec.names.map((n) => n.name) };
    await undoAfter(error, () => removeCreated(context, created), created.sheets);
  }
  return { sheet: spec.sheet, created: true };
}

/** Writes score lines ("ตัวชี้วัดที่ 1 ... 93.66 คะแนน") into the column of their year. */
export async function pasteScoreLines(
  context: Excel.RequestContext,
  year: number,
  text: string
): Promise<{ year: number; indicators: number }> {
  const scores = parseScoreLines(text);
  if (scores.size === 0) throw new WorkbookError("NoScoreLines", "No score lines found", true);
  const names = context.workbook.names.load("items/name");
  await context.sync();
  if (!names.items.some((name) => name.name === SCORE_TABLE_NAME)) {
    throw new WorkbookError("NoScoresSheet", "No scores sheet", true);
  }
  const table = context.workbook.names.getItem(SCORE_TABLE_NAME).getRange();
  table.load("values,rowIndex,columnIndex");
  await context.sync();
  const column = table.values[0].findIndex((value, index) => index >= 2 && Number(value) === year);
  if (column < 0) throw new WorkbookError("YearNotInScores", `No column for ${year}`, true);
  // A navigation to the range's sheet, not a loaded property.
  // eslint-disable-next-line office-addins/load-object-before-read
  const sheet = table.worksheet;
  for (const [indicator, score] of scores) {
    const row = table.rowIndex + SCORE_ROWS.firstIndicator - SCORE_ROWS.header + indicator - 1;
    sheet.getRange(cellAddress(row, table.columnIndex + column)).values = [[score]];
  }
  await context.sync();
  return { year, indicators: scores.size };
}

/** Queues reading the scores sheet's ranges (by their names, when the workbook has all three);
 * after the caller's sync, the years of scores it holds (none without the sheet). */
export function queueScoreHistoryRead(
  context: Excel.RequestContext,
  namesInUse: readonly string[]
): () => ScoreHistory {
  const scoreNames = [SCORE_TABLE_NAME, STATED_NAME, WEIGHTS_NAME];
  const ranges = scoreNames.every((name) => namesInUse.includes(name))
    ? scoreNames.map((name) => context.workbook.names.getItem(name).getRange().load("values"))
    : null;
  // Scores sheets made before the pass-mark cell have no such name: 85 then.
  const passMark =
    ranges && namesInUse.includes(PASS_MARK_NAME)
      ? context.workbook.names.getItem(PASS_MARK_NAME).getRange().load("values")
      : null;
  return () => {
    const [table, stated, weights] = ranges?.map((range) => range.values as CellValue[][]) ?? [];
    const mark = (passMark?.values as CellValue[][] | undefined) ?? [];
    return scoreHistoryFrom(table ?? [], stated ?? [], weights ?? [], mark);
  };
}
