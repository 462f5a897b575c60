// A score warning in words, in the user's language.
import type { ScoreWarning } from "../domain/scores";
import { indicatorName, ScoreAnalysis } from "../domain/scores/score-analysis";
import type { MeasureState, WeakPoints } from "../domain/scores/weak-points";
import type { Language } from "./catalogue";
import { translate } from "./translate";

export function scoreWarningMessage(language: Language, warning: ScoreWarning): string {
  const params = Object.fromEntries(
    Object.entries(warning.params).map(([key, value]) => [key, value.toFixed(2)])
  );
  return translate(language, `score.warning.${warning.code}`, params);
}

const signed = (value: number) =>
  `${value > 0 ? "+" : value < 0 ? "−" : "±"}${Math.abs(value).toFixed(2)}`;

const namedIndicator = (language: Language, indicator: { number: number; score: number }) =>
  translate(language, "score.analysis.indicator", {
    number: indicator.number,
    name: indicatorName(indicator.number),
    score: indicator.score.toFixed(2),
  });

/** The analysis paragraph real reports open with, as sentences in the user's language. */
export function scoreAnalysisSentences(language: Language, analysis: ScoreAnalysis): string[] {
  const named = (indicators: { number: number; score: number }[]) =>
    indicators.map((indicator) => namedIndicator(language, indicator)).join(", ");
  const sentences = [
    translate(
      language,
      analysis.lowest.length > 1 ? "score.analysis.lowestTied" : "score.analysis.lowest",
      {
        year: analysis.year,
        indicators: named(analysis.lowest),
      }
    ),
  ];
  const below = [
    ...analysis.belowPass.tools.map((t) => `${t.tool} ${t.score.toFixed(2)}`),
    ...(analysis.belowPass.indicators.length > 0 ? [named(analysis.belowPass.indicators)] : []),
  ];
  sentences.push(
    below.length > 0
      ? translate(language, "score.analysis.belowPass", {
          mark: analysis.passMark,
          items: below.join(", "),
        })
      : translate(language, "score.analysis.noneBelow", { mark: analysis.passMark })
  );
  if (analysis.change) {
    sentences.push(
      translate(language, "score.analysis.change", {
        previous: analysis.change.previousYear,
        total: signed(analysis.change.total),
        iit: signed(analysis.change.tools.IIT),
        eit: signed(analysis.change.tools.EIT),
        oit: signed(analysis.change.tools.OIT),
      })
    );
  }
  if (analysis.nationalAverage !== null) {
    sentences.push(
      translate(language, "score.analysis.national", {
        year: analysis.year,
        average: analysis.nationalAverage.toFixed(2),
      })
    );
  }
  return sentences;
}

const STATE_ORDER: readonly MeasureState[] = [
  "done",
  "in_progress",
  "not_started",
  "with_result",
  "no_result",
];

/** One line per weak indicator: the measures meant to raise it and how far they are, or that
 * none does (a gap). Measures are named by their number in the plan's order, or as the report's
 * table prints them (`numberOf`: a measure's own number). */
export function weakIndicatorLines(
  language: Language,
  weakPoints: WeakPoints,
  numberOf: (index: number) => string = (index) => String(index + 1)
): string[] {
  const plural = new Intl.PluralRules(language);
  // "1 done, 1 in progress"; Thai lists its counts with spaces only ("แล้วเสร็จ 1 อยู่ระหว่าง...").
  const list = new Intl.ListFormat(language, {
    type: "unit",
    style: language === "th" ? "narrow" : "short",
  });
  return weakPoints.indicators.map((weak) => {
    const indicator = namedIndicator(language, weak);
    if (weak.measures.length === 0) return translate(language, "score.weak.gap", { indicator });
    const states = list.format(
      STATE_ORDER.map((state) => ({
        state,
        count: weak.measures.filter((measure) => measure.state === state).length,
      }))
        .filter(({ count }) => count > 0)
        .map(({ state, count }) => translate(language, `score.state.${state}`, { count }))
    );
    const count = weak.measures.length;
    return translate(
      language,
      plural.select(count) === "one" ? "score.weak.covered.one" : "score.weak.covered.other",
      {
        indicator,
        count,
        numbers: weak.measures.map((measure) => numberOf(measure.index)).join(", "),
        states,
      }
    );
  });
}

/** Where the lines count measures linked by a proposal from their words (the plan's indicator
 * cell empty, nothing confirmed), a sentence naming them, so a proposal is never read as the
 * plan's own statement; null when every link is the plan's. */
export function proposedLinksNote(
  language: Language,
  weakPoints: WeakPoints,
  numberOf: (index: number) => string = (index) => String(index + 1)
): string | null {
  const proposed = new Set(
    weakPoints.links.filter((link) => link.source === "proposed").map((link) => link.measure)
  );
  const counted = [
    ...new Set(weakPoints.indicators.flatMap((weak) => weak.measures.map((m) => m.index))),
  ]
    .filter((index) => proposed.has(index))
    .sort((a, b) => a - b);
  return counted.length === 0
    ? null
    : translate(language, "score.weak.proposed", { numbers: counted.map(numberOf).join(", ") });
}
