// The fiscal year a plan states in its title lines ("... ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"), for plans
// pasted from reports that carry no add-in settings.
import { cellText, SheetGrid } from "./plan-layout";
import { foldThaiDigits } from "./thai-text";

const TITLE_YEAR = /ปี\s?งบ\s?ประมาณ\s*(?:พ\.?\s?ศ\.?)?\s*(\d{4})/g;

/** The latest fiscal year named in the rows above the header, if any: a plan's introduction
 * often cites the previous year's assessment before naming its own year. */
export function fiscalYearInTitle(grid: SheetGrid, headerRow: number): number | undefined {
  const years: number[] = [];
  for (let index = 0; index < headerRow - grid.firstRow; index++) {
    for (const value of grid.values[index] ?? []) {
      for (const match of foldThaiDigits(cellText(value)).matchAll(TITLE_YEAR)) {
        years.push(Number(match[1]));
      }
    }
  }
  return years.length > 0 ? Math.max(...years) : undefined;
}
