// The years of ITA scores a workbook holds (the scores sheet, or numbers given on the command
// line), and those of them complete enough to compute: read by the report, the memo and the
// analysis alike.
import { computeScores, ToolWeights, YearScores } from "../scores";

export interface ScoreYearInput {
  year: number;
  /** Ten scores; null where the sheet has none yet. */
  indicators: (number | null)[];
  stated: number | null;
}

export interface ScoreHistory {
  years: ScoreYearInput[];
  weights: ToolWeights;
  /** The mark the letter-grade years (to 2565) are analysed against, where the user set one. */
  passMark?: number;
}

export function completeYears(history: ScoreHistory): YearScores[] {
  return history.years
    .filter((year) => year.indicators.length === 10 && year.indicators.every((s) => s !== null))
    .map((year) =>
      computeScores(year.year, year.indicators as number[], {
        stated: year.stated,
        weights: history.weights,
      })
    )
    .sort((a, b) => a.year - b.year);
}
