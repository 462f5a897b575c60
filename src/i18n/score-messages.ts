// A score warning in words, in the user's language.
import type { ScoreWarning } from "../domain/scores";
import { indicatorName, ScoreAnalysis } from "../domain/scores/score-analysis";
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

/** The analysis paragraph real reports open with, as sentences in the user's language. */
export function scoreAnalysisSentences(language: Language, analysis: ScoreAnalysis): string[] {
  const named = (indicators: { number: number; score: number }[]) =>
    indicators
      .map((i) =>
        translate(language, "score.analysis.indicator", {
          number: i.number,
          name: indicatorName(i.number),
          score: i.score.toFixed(2),
        })
      )
      .join(", ");
  const sentences = [
    translate(language, "score.analysis.lowest", {
      year: analysis.year,
      indicators: named(analysis.lowest),
    }),
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
