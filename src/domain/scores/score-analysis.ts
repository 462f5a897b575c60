// The analysis real reports open with: which tools and indicators of a year's ITA were weak,
// what changed since the year before, and the national average for context (pure data; the
// sentences come from the catalogue).
import {
  INDICATORS,
  LAST_LETTER_GRADE_YEAR,
  PASS_MARK,
  round2,
  Tool,
  TOOLS,
  YearScores,
} from "../scores";

/** National average totals (ita-framework.md); years not listed have none. */
export const NATIONAL_AVERAGES: Readonly<Record<number, number>> = {
  2564: 81.25,
  2565: 87.57,
  2566: 90.19,
  2568: 93.82,
};

export interface IndicatorScore {
  number: number;
  score: number;
}

export interface ScoreAnalysis {
  year: number;
  /** 85 from 2566; for letter-grade years the boundary the user chose, else the same 85. */
  passMark: number;
  /** The lowest indicators, ties kept, by number. */
  lowest: IndicatorScore[];
  belowPass: { tools: { tool: Tool; score: number }[]; indicators: IndicatorScore[] };
  /** Against the previous year, where that year's scores exist. */
  change: {
    previousYear: number;
    tools: Record<Tool, number>;
    total: number;
    indicators: IndicatorScore[];
  } | null;
  nationalAverage: number | null;
}

export function analyseScores(
  current: YearScores,
  previous: YearScores | null = null,
  options: { passMark?: number } = {}
): ScoreAnalysis {
  // A chosen boundary stands only for the letter-grade years: from 2566 the mark is 85.
  const passMark =
    current.year <= LAST_LETTER_GRADE_YEAR ? (options.passMark ?? PASS_MARK) : PASS_MARK;
  const indicators = current.indicators.map((score, index) => ({ number: index + 1, score }));
  const low = Math.min(...current.indicators);
  return {
    year: current.year,
    passMark,
    lowest: indicators.filter((indicator) => indicator.score === low),
    belowPass: {
      tools: TOOLS.filter((tool) => current.tools[tool] < passMark).map((tool) => ({
        tool,
        score: current.tools[tool],
      })),
      indicators: indicators.filter((indicator) => indicator.score < passMark),
    },
    change:
      previous && previous.year < current.year
        ? {
            previousYear: previous.year,
            tools: Object.fromEntries(
              TOOLS.map((tool) => [tool, round2(current.tools[tool] - previous.tools[tool])])
            ) as Record<Tool, number>,
            total: round2(current.total - previous.total),
            indicators: indicators.map((indicator) => ({
              number: indicator.number,
              score: round2(indicator.score - previous.indicators[indicator.number - 1]),
            })),
          }
        : null,
    nationalAverage: NATIONAL_AVERAGES[current.year] ?? null,
  };
}

/** Indicators an analysis calls weak: under the pass mark, else the lowest. */
export function weakIndicators(analysis: ScoreAnalysis): number[] {
  const under = analysis.belowPass.indicators.map((indicator) => indicator.number);
  return under.length > 0 ? under : analysis.lowest.map((indicator) => indicator.number);
}

export const indicatorName = (number: number): string => INDICATORS[number - 1].name;
