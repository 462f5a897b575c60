// Last year's weak points and the measures meant to answer them: the analysis of the latest ITA
// year before the plan's fiscal year (against the year before it, when the scores have it), and
// for each weak indicator the measures linked to it and how far they are. A weak indicator no
// measure addresses is a gap. Pure data; the report, the memo and the pane word it.
import type { MeasureRow } from "../plan-reading";
import { statusOf } from "../plan-reading";
import { linkMeasures, MeasureLink } from "./indicator-links";
import { analyseScores, ScoreAnalysis, weakIndicators } from "./score-analysis";
import { completeYears, ScoreHistory } from "./score-history";

/** How far a measure is: by its status, or, in a plan without status, by its reported result. */
export type MeasureState = "done" | "in_progress" | "not_started" | "with_result" | "no_result";

export interface WeakIndicator {
  number: number;
  score: number;
  /** The measures linked to it, by their index in the plan. */
  measures: { index: number; state: MeasureState }[];
}

export interface WeakPoints {
  analysis: ScoreAnalysis;
  indicators: WeakIndicator[];
  /** Weak indicators without a measure. */
  gaps: number[];
  links: readonly MeasureLink[];
}

export function measureState(measure: MeasureRow, hasStatus: boolean): MeasureState {
  if (!hasStatus) return measure.text.result.trim() ? "with_result" : "no_result";
  return statusOf(measure) ?? "not_started";
}

/** The plan's indicator cells, else a proposal from each measure's words. */
export function planLinks(measures: readonly MeasureRow[]): MeasureLink[] {
  return linkMeasures(
    measures.map((measure) => ({
      measure: measure.text.measure,
      method: measure.text.method,
      indicatorCell: measure.raw.indicator,
    }))
  );
}

/** Null when the scores hold no complete year before the fiscal year. */
export function weakPointsFor(
  history: ScoreHistory,
  fiscalYear: number,
  measures: readonly MeasureRow[],
  options: { hasStatus: boolean; links?: readonly MeasureLink[] }
): WeakPoints | null {
  const years = completeYears(history).filter((year) => year.year < fiscalYear);
  const current = years.at(-1);
  if (!current) return null;
  const previous = years.find((year) => year.year === current.year - 1) ?? null;
  const analysis = analyseScores(current, previous, { passMark: history.passMark });
  const links = options.links ?? planLinks(measures);
  const indicators = weakIndicators(analysis).map((number) => ({
    number,
    score: current.indicators[number - 1],
    measures: links
      .filter((link) => link.indicators.includes(number))
      .map((link) => ({
        index: link.measure,
        state: measureState(measures[link.measure], options.hasStatus),
      })),
  }));
  return {
    analysis,
    indicators,
    gaps: indicators.filter((i) => i.measures.length === 0).map((i) => i.number),
    links,
  };
}
