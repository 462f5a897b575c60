// The report's sentences, as the seeds word them: the organisation and the round in the title
// block, the summary of progress and budget, and last year's ITA result.
import { BudgetSummary, BudgetTotals, summariseBudgets } from "../budget-summary";
import { bahtText, percentText } from "../money";
import type { MeasureRow } from "../plan-reading";
import type { Progress } from "../progress";
import { completeYears, ScoreHistory } from "../scores/score-history";
import type { ReportSettings } from "./types";
import { weakPointsFor } from "../scores/weak-points";
import { tableNumber } from "./measure-number";
import {
  proposedLinksNote,
  scoreAnalysisSentences,
  weakIndicatorLines,
} from "../../i18n/score-messages";
import { PASS_MARK } from "../scores";
import { fiscalYearRange, formatThaiDate } from "../thai-dates";
import { toThaiDigits } from "../thai-text";

export function digits(text: string | number, thai: boolean): string {
  return thai ? toThaiDigits(String(text)) : String(text);
}

export function periodLine(settings: ReportSettings, thai: boolean): string {
  const { start, end } = fiscalYearRange(settings.fiscalYear, settings.round);
  const date = (day: Date) => formatThaiDate(day, { thaiDigits: thai });
  return (
    `ประจำปีงบประมาณ พ.ศ. ${digits(settings.fiscalYear, thai)} ` +
    `(รอบ ${digits(settings.round, thai)} เดือน ระหว่างวันที่ ${date(start)} - ${date(end)})`
  );
}

/** The title for the round: a round of 6 months reports progress (รายงานความก้าวหน้า), the
 * year's results and the annual report go with round 12. */
export function roundTitle(title: string, round: 6 | 12): string {
  if (round === 12) return title;
  return title
    .replace(/^รายงานผลการดำเนินการ/, "รายงานความก้าวหน้าการดำเนินการ")
    .replace(/ประจำปี$/, "");
}

export function organisationLine(settings: ReportSettings): string {
  const parts = [
    settings.organisation || "(ชื่อหน่วยงาน: กรอกในแผ่นงานตั้งค่า ITA)",
    settings.district && `อำเภอ${settings.district.replace(/^อำเภอ/, "")}`,
    settings.province && `จังหวัด${settings.province.replace(/^จังหวัด/, "")}`,
  ];
  return parts.filter(Boolean).join(" ");
}

export function scoreSentence(history: ScoreHistory, year: number, thai: boolean): string | null {
  const scores = completeYears(history).find((candidate) => candidate.year === year);
  if (!scores) return null;
  const result =
    scores.grade !== null
      ? `อยู่ในระดับ ${scores.grade}`
      : `${scores.pass ? "ผ่าน" : "ไม่ผ่าน"}เกณฑ์ ${PASS_MARK} คะแนน`;
  return digits(
    `ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ` +
      `ประจำปีงบประมาณ พ.ศ. ${year} ได้คะแนน ${scores.total.toFixed(2)} คะแนน ${result}`,
    thai
  );
}

/** Counts by status; without status columns, the measures with a reported result (a plan
 * without ticks says nothing of done or not started). */
export function progressSentence(progress: Progress): string {
  const { counts, total, percentDone } = progress;
  if (!progress.hasStatus) {
    return (
      `มาตรการทั้งหมด ${total} มาตรการ รายงานผลการดำเนินการแล้ว ${progress.withResult} มาตรการ ` +
      `(ร้อยละ ${progress.percentWithResult})`
    );
  }
  return (
    `มาตรการทั้งหมด ${total} มาตรการ ดำเนินการแล้วเสร็จ ${counts.done} มาตรการ (ร้อยละ ${percentDone}) ` +
    `อยู่ระหว่างดำเนินการ ${counts.in_progress} มาตรการ ยังไม่ดำเนินการ ${counts.not_started} มาตรการ` +
    // The counts add up to the measures: those not ticked yet are named too.
    (counts.unknown > 0 ? ` ยังไม่ระบุสถานะ ${counts.unknown} มาตรการ` : "")
  );
}

function unitBudgetLine(owner: string, totals: BudgetTotals): string {
  const parts = [
    totals.withPlanned > 0 ? `ตั้งไว้ ${bahtText(totals.planned)}` : "",
    totals.withUsed > 0 ? `ใช้ไป ${bahtText(totals.used)}` : "",
    totals.percentSpent !== null && totals.withUsed > 0
      ? `(ร้อยละ ${percentText(totals.percentSpent)})`
      : "",
  ];
  return `- ${owner} ${parts.filter(Boolean).join(" ")}`;
}

/** The budget overall, with the share spent where something was planned; null without any. */
export function overallBudgetLine({ overall }: BudgetSummary): string | null {
  if (overall.withPlanned === 0) {
    return overall.withUsed === 0
      ? null
      : `งบประมาณที่ใช้ดำเนินการรวม ${bahtText(overall.used)} (${overall.withUsed} มาตรการที่ระบุงบประมาณ)`;
  }
  const planned = `งบประมาณที่ตั้งไว้รวม ${bahtText(overall.planned)} (${overall.withPlanned} มาตรการ)`;
  if (overall.withUsed === 0) return `${planned} ยังไม่ได้ระบุงบประมาณที่ใช้`;
  const share =
    overall.percentSpent === null
      ? ""
      : ` คิดเป็นร้อยละ ${percentText(overall.percentSpent)} ของงบประมาณที่ตั้งไว้`;
  return `${planned} ใช้ไปแล้ว ${bahtText(overall.used)}${share}`;
}

/** The overall line; with planned budgets and several units, each unit's too (a measure of
 * several units counted under each of them, as its progress is). */
export function budgetLines(summary: BudgetSummary): string[] {
  const overall = overallBudgetLine(summary);
  if (!overall) return [];
  if (summary.overall.withPlanned === 0 || summary.byOwner.length < 2) return [overall];
  return [
    overall,
    "งบประมาณแยกตามหน่วยงานที่รับผิดชอบ" +
      (summary.shared > 0 ? " (มาตรการที่รับผิดชอบร่วมกันนับในทุกหน่วยงานที่ระบุ)" : ""),
    ...summary.byOwner.map((unit) => unitBudgetLine(unit.owner, unit)),
  ];
}

/** The summary under the table: progress, budgets, last year's ITA result and its weak
 * points, each weak indicator with the measures meant to raise it (numbered as in the table). */
export function summaryLines(
  progress: Progress,
  measures: readonly MeasureRow[],
  scores: ScoreHistory,
  fiscalYear: number,
  thai: boolean
): string[] {
  const lines = [digits(progressSentence(progress), thai)];
  lines.push(...budgetLines(summariseBudgets(measures)).map((line) => digits(line, thai)));
  const previous = scoreSentence(scores, fiscalYear - 1, thai);
  if (previous) lines.push(previous);
  const weakPoints = weakPointsFor(scores, fiscalYear, measures, { hasStatus: progress.hasStatus });
  if (weakPoints) {
    lines.push(digits(scoreAnalysisSentences("th", weakPoints.analysis).join(" "), thai));
    // Measures named by the number the table prints: a unit's report or rows left out for
    // errors leave the plan's own numbers out of step with the places.
    const numberOf = (index: number) => tableNumber(measures[index], index);
    for (const line of weakIndicatorLines("th", weakPoints, numberOf))
      lines.push(digits(`- ${line}`, thai));
    const proposed = proposedLinksNote("th", weakPoints, numberOf);
    if (proposed) lines.push(digits(proposed, thai));
  }
  return lines;
}
