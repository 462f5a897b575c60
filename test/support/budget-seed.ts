// Seed 001 (เทศบาลเมืองวังสะพุง, a results report) as pasted, with the two budget columns a
// finance division adds at the right: the planned budget and the budget used, written as people
// write them (Thai digits, commas, "บาท", numbers), on each measure's first row.
import type { CellValue } from "../../src/domain/plan-layout";
import { pastedSeedTables, SEEDS } from "./seed-paste";

export const PLANNED_HEADER = "งบประมาณที่ได้รับจัดสรร (บาท)";
export const USED_HEADER = "งบประมาณที่เบิกจ่าย (บาท)";

/** Planned and used, by measure: ทุกสำนัก/กอง, กองคลัง, งานการเจ้าหน้าที่สำนักปลัด, ทุกสำนัก/กอง,
 * งานนิติการฯ สำนักปลัด. */
export const SEED_BUDGETS: [CellValue, CellValue][] = [
  ["๑๒,๕๐๐", "๑๐,๐๐๐"],
  [50000, "30,000.50"],
  ["", 2500],
  ["20,000", ""],
  ["8,000 บาท", "๔,๐๐๐.๐๐"],
];

/** The pasted table's rows: header repeats get the two headers, continued rows stay empty. */
export function seedWithBudgets(): CellValue[][] {
  const budgets = [...SEED_BUDGETS];
  return pastedSeedTables(SEEDS.wangsaphung)[0].map((row) => {
    if (row.length < 6) return row;
    if (row[0] === "มาตรการ") return [...row, PLANNED_HEADER, USED_HEADER];
    return [...row, ...(row[0] === "" ? ["", ""] : budgets.shift()!)];
  });
}
