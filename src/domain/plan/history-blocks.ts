// The history sheet's blocks as they are written and read back: a title naming the round and
// the fiscal year, a header, a row per measure. Kept apart from the snapshot's making so the
// pane's first chunk can read the history (which division has yet to report for the round)
// without the report code.
import type { CellValue } from "../plan-layout";
import type { Status } from "../plan-columns";
import { foldThaiDigits } from "../thai-text";

export interface SnapshotMeasure {
  measure: string;
  status: Status | null;
  result: string;
  budget: CellValue;
}

export interface RoundSnapshot {
  fiscalYear: number;
  round: 6 | 12;
  takenOn: Date;
  measures: SnapshotMeasure[];
}

export const STATUS_LABELS: Record<Status, string> = {
  not_started: "ยังไม่ดำเนินการ",
  in_progress: "อยู่ระหว่างดำเนินการ",
  done: "ดำเนินการแล้วเสร็จ",
};
export const HEADER = ["มาตรการ", "สถานะ", "ผลการดำเนินการ", "งบประมาณที่ใช้ (บาท)"];
const TITLE = /^รอบ\s*(6|12)\s*เดือน\s*ปีงบประมาณ\s*(?:พ\.ศ\.\s*)?(\d{4})/;

const text = (value: CellValue | undefined) =>
  value === null || value === undefined ? "" : String(value).trim();

function statusFromLabel(label: string): Status | null {
  const found = (Object.keys(STATUS_LABELS) as Status[]).find(
    (status) => STATUS_LABELS[status] === label
  );
  return found ?? null;
}

/** Every block of a history sheet, in sheet order; rows that are no block's are passed over
 * (a user may write notes between blocks). */
export function readSnapshots(values: readonly CellValue[][]): RoundSnapshot[] {
  const snapshots: RoundSnapshot[] = [];
  let current: RoundSnapshot | null = null;
  for (let index = 0; index < values.length; index++) {
    const row = values[index];
    const title = TITLE.exec(foldThaiDigits(text(row[0])));
    const taken = /(\d{4}-\d{2}-\d{2})/.exec(foldThaiDigits(text(row[1])));
    if (title) {
      current = {
        round: title[1] === "6" ? 6 : 12,
        fiscalYear: Number(title[2]),
        takenOn: new Date(`${taken?.[1] ?? "1970-01-01"}T00:00:00Z`),
        measures: [],
      };
      snapshots.push(current);
      if (text(values[index + 1]?.[0]) === HEADER[0]) index++;
    } else if (!current || row.every((cell) => text(cell) === "")) {
      current = null;
    } else {
      current.measures.push({
        measure: text(row[0]),
        status: statusFromLabel(text(row[1])),
        result: text(row[2]),
        budget: row[3] ?? null,
      });
    }
  }
  return snapshots;
}

/** The latest snapshot of a round of a fiscal year, if one was kept. */
export function latestSnapshot(
  snapshots: readonly RoundSnapshot[],
  fiscalYear: number,
  round: 6 | 12
): RoundSnapshot | undefined {
  return snapshots.filter((s) => s.fiscalYear === fiscalYear && s.round === round).at(-1);
}
