// The round-12 report's lines on what changed since the round-6 snapshot: the measures finished
// since and the results added since, counted and then named (a few, the rest counted).
import type { ChangesSince } from "../plan/round-snapshot";
import { formatThaiDate } from "../thai-dates";
import { digits } from "./report-sentences";

const NAMED = 5;

function firstLine(measure: string): string {
  const line = measure.split("\n")[0].trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

function named(label: string, measures: readonly string[], thai: boolean): string[] {
  if (measures.length === 0) return [];
  const shown = measures.slice(0, NAMED).map(firstLine).join("; ");
  const more = measures.length > NAMED ? ` และอีก ${measures.length - NAMED} มาตรการ` : "";
  return [digits(`- ${label}: ${shown}${more}`, thai)];
}

export function sinceRoundLines(changes: ChangesSince, thai: boolean): string[] {
  const { since, finished, resultsAdded } = changes;
  const taken = formatThaiDate(since.takenOn, { thaiDigits: thai });
  const head = `เทียบกับรอบ ${digits(since.round, thai)} เดือน (บันทึกผลเมื่อ ${taken}):`;
  if (finished.length === 0 && resultsAdded.length === 0) {
    return [`${head} ไม่มีมาตรการที่ดำเนินการแล้วเสร็จหรือรายงานผลเพิ่มขึ้น`];
  }
  return [
    digits(
      `${head} ดำเนินการแล้วเสร็จเพิ่ม ${finished.length} มาตรการ ` +
        `รายงานผลการดำเนินการเพิ่ม ${resultsAdded.length} มาตรการ`,
      thai
    ),
    ...named("แล้วเสร็จตั้งแต่รอบก่อน", finished, thai),
    ...named("รายงานผลเพิ่มตั้งแต่รอบก่อน", resultsAdded, thai),
  ];
}
