// What the report command prints: the file written, or why nothing was; and its warnings (the
// scores, the rows left out), for stderr.
import type { ReportOutcome } from "../domain/report/report-spec";
import type { Language } from "../i18n/catalogue";
import { findingText } from "../i18n/finding-messages";
import { progressText } from "../i18n/progress-messages";
import { scoreWarningMessage } from "../i18n/score-messages";
import { translate } from "../i18n/translate";
import { INDICATORS } from "../domain/scores";

export function reportOutcomeLines(
  outcome: ReportOutcome,
  file: string,
  language: Language,
  thaiDigits: boolean
): { lines: string[]; warnings: string[] } {
  if (outcome.kind === "refused") {
    const lines = [
      translate(language, `report.refused.${outcome.reason}`),
      ...outcome.findings.map(
        (finding) =>
          `${translate(language, "cli.severity.error")} ${findingText(language, finding)}`
      ),
    ];
    return { lines, warnings: [] };
  }
  const { spec } = outcome;
  const lines = [
    translate(language, "cli.report.written", {
      file,
      sheet: spec.sheetName,
      included: spec.included,
      charts: spec.summary.charts.length,
    }),
    progressText(language, spec.progress),
  ];
  const warnings = [
    // Its count in the digits the report was asked for, never a lone Thai digit among Arabic ones.
    ...(spec.chartsOmitted
      ? [translate(language, "report.noScores", { count: INDICATORS.length }, { thaiDigits })]
      : []),
    ...spec.scoreWarnings.map(({ year, warning }) =>
      translate(language, "report.scoreWarning", {
        year,
        message: scoreWarningMessage(language, warning),
      })
    ),
    ...(spec.leftOut.length > 0 ? [translate(language, "report.leftOut")] : []),
    ...spec.leftOut.map(({ row, measure }) =>
      translate(language, "report.leftOutItem", { row, measure })
    ),
  ];
  return { lines, warnings };
}
