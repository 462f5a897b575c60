// `ita-tracker score --year YEAR --scores s1,...,s10 [--stated X] [--previous s1,...,s10]
// [--pass-mark A|B|SCORE] [--json]`: the score computation and its analysis from the command line.
import {
  computeScores,
  GRADE_BANDS,
  LAST_LETTER_GRADE_YEAR,
  ScoreInputError,
} from "../domain/scores";
import { analyseScores } from "../domain/scores/score-analysis";
import { foldThaiDigits } from "../domain/thai-text";
import type { Language, MessageKey } from "../i18n/catalogue";
import { scoreAnalysisSentences, scoreWarningMessage } from "../i18n/score-messages";
import { translate } from "../i18n/translate";

export interface ScoreArgs {
  year?: string;
  scores?: string;
  stated?: string;
  /** The previous fiscal year's ten scores, for the change. */
  previous?: string;
  /** A letter-grade year's pass mark: a grade (its band's floor) or a score. */
  passMark?: string;
}

/** A score or total typed in Thai or Arabic digits; NaN when it is none. */
export function scoreNumber(text: string): number {
  const folded = foldThaiDigits(text.trim());
  return folded === "" ? NaN : Number(folded);
}

/** Ten comma-separated scores, Thai or Arabic digits. */
export function scoreList(list: string | undefined): number[] {
  const texts = (list ?? "").split(",");
  const unreadable = texts.find((text) => !Number.isFinite(scoreNumber(text)));
  if (texts.length === 10 && unreadable !== undefined)
    throw new ScoreInputError("range", unreadable);
  return texts.map(scoreNumber);
}

/** A grade's floor ("B" → 75) or a score; the analysis of a letter-grade year is against it. */
export function passMarkOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const band = GRADE_BANDS.find((grade) => grade.grade === text.trim().toUpperCase());
  const mark = band && band.from > 0 ? band.from : scoreNumber(text);
  if (!Number.isFinite(mark) || mark < 0 || mark > 100) throw new ScoreInputError("passMark", text);
  return mark;
}

/** The year before's scores; a fault in them says it is in --previous. */
function previousScores(year: number, list: string) {
  try {
    return computeScores(year - 1, scoreList(list));
  } catch (error) {
    if (!(error instanceof ScoreInputError)) throw error;
    throw new ScoreInputError(error.reason, error.message.split(": ")[1] ?? "", "--previous");
  }
}

export function scoreReport(args: ScoreArgs, language: Language) {
  const indicators = scoreList(args.scores);
  const stated = args.stated === undefined ? null : scoreNumber(args.stated);
  if (stated !== null && !Number.isFinite(stated)) throw new ScoreInputError("range", args.stated!);
  const scores = computeScores(scoreNumber(args.year ?? ""), indicators, { stated });
  const previous = args.previous === undefined ? null : previousScores(scores.year, args.previous);
  const analysis = analyseScores(scores, previous, { passMark: passMarkOf(args.passMark) });
  return {
    year: scores.year,
    indicators: scores.indicators,
    tools: scores.tools,
    total: scores.total,
    grade: scores.grade,
    pass: scores.pass,
    warnings: [
      ...scores.warnings.map((warning) => ({
        code: warning.code,
        message: scoreWarningMessage(language, warning),
      })),
      // A mark chosen for a pass/fail year would otherwise be dropped without a word.
      ...(args.passMark !== undefined && scores.year > LAST_LETTER_GRADE_YEAR
        ? [
            {
              code: "passMarkIgnored",
              message: translate(language, "score.warning.passMarkIgnored", {
                year: scores.year,
                mark: args.passMark,
              }),
            },
          ]
        : []),
    ],
    analysis: {
      passMark: analysis.passMark,
      lowest: analysis.lowest,
      belowPass: analysis.belowPass,
      change: analysis.change,
      nationalAverage: analysis.nationalAverage,
      sentences: scoreAnalysisSentences(language, analysis),
    },
  };
}

export type ScoreReport = ReturnType<typeof scoreReport>;

/** The result's lines, and its warnings apart (for stderr). */
export function scoreLines(
  report: ScoreReport,
  language: Language
): { lines: string[]; warnings: string[] } {
  const result =
    report.grade !== null
      ? translate(language, "score.grade", { grade: report.grade })
      : translate(language, report.pass ? "score.pass" : "score.fail");
  const summary = translate(language, "score.summary", {
    year: report.year,
    iit: report.tools.IIT.toFixed(2),
    eit: report.tools.EIT.toFixed(2),
    oit: report.tools.OIT.toFixed(2),
    total: report.total.toFixed(2),
    result,
  });
  return {
    lines: [summary, ...report.analysis.sentences],
    warnings: report.warnings.map(
      (warning) => `${translate(language, "cli.severity.warning")} ${warning.message}`
    ),
  };
}

export function scoreInputMessage(language: Language, error: ScoreInputError): string {
  const message = translate(language, `cli.score.${error.reason}` as MessageKey, {
    detail: error.message.split(": ")[1] ?? "",
  });
  return error.option
    ? `${message} ${translate(language, "cli.score.inOption", { option: error.option })}`
    : message;
}
