// Names for the sheets and tables the add-in creates: never one that is taken.

const SHEET_NAME_LIMIT = 31;

// The add-in's own sheet and table names that tell its sheets from a plan: here, not beside the
// code that writes those sheets, so the pane's first script does not load that code to know them.
/** The round snapshots' sheet. */
export const HISTORY_SHEET = "ประวัติรอบรายงาน ITA";
/** The scores sheet's table. */
export const SCORE_TABLE_NAME = "ITA_ScoreTable";

/** "แผนมาตรการ ITA", then "แผนมาตรการ ITA (2)", ... within Excel's 31 characters; case-insensitive like Excel. */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = base.slice(0, SHEET_NAME_LIMIT - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** "ITA_Plan", then "ITA_Plan_2", ...: table and defined names share one namespace in Excel. */
export function freeTableName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}_${n}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
