// Sentences of the report's summary that state scores, as seed 000 words them.
import { completeYears, ScoreHistory } from "./report-charts";
import { PASS_MARK } from "./scores";
import { toThaiDigits } from "./thai-text";

export function scoreSentence(history: ScoreHistory, year: number, thai: boolean): string | null {
  const scores = completeYears(history).find((candidate) => candidate.year === year);
  if (!scores) return null;
  const result =
    scores.grade !== null
      ? `อยู่ในระดับ ${scores.grade}`
      : `${scores.pass ? "ผ่าน" : "ไม่ผ่าน"}เกณฑ์ ${PASS_MARK} คะแนน`;
  const text =
    `ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ` +
    `ประจำปีงบประมาณ พ.ศ. ${year} ได้คะแนน ${scores.total.toFixed(2)} คะแนน ${result}`;
  return thai ? toThaiDigits(text) : text;
}
