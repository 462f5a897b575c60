// A round's snapshot: the state of every measure when a round's report is sent (status, result,
// budget used, the date), kept as a block of a visible history sheet the add-in owns, so the
// round-12 report can say what changed since round 6. Blocks are only ever added: a second
// snapshot of the same round is a new block below, the earlier one kept.
import type { CellValue } from "../plan-layout";
import type { Status } from "../plan-columns";
import { MeasureRow, statusOf } from "../plan-reading";
import { foldThaiDigits } from "../thai-text";
import { isoDay } from "../periods";
import { measureKey } from "./merge-copies";

export { HISTORY_SHEET } from "../sheet-names";

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

const STATUS_LABELS: Record<Status, string> = {
  not_started: "ยังไม่ดำเนินการ",
  in_progress: "อยู่ระหว่างดำเนินการ",
  done: "ดำเนินการแล้วเสร็จ",
};
const HEADER = ["มาตรการ", "สถานะ", "ผลการดำเนินการ", "งบประมาณที่ใช้ (บาท)"];
const TITLE = /^รอบ\s*(6|12)\s*เดือน\s*ปีงบประมาณ\s*(?:พ\.ศ\.\s*)?(\d{4})/;

export function snapshotOf(
  measures: readonly MeasureRow[],
  round: { fiscalYear: number; round: 6 | 12; takenOn: Date }
): RoundSnapshot {
  return {
    ...round,
    measures: measures.map((measure) => ({
      measure: measure.text.measure,
      status: statusOf(measure),
      result: measure.text.result,
      budget: measure.raw.budget ?? null,
    })),
  };
}

/** The block a snapshot adds to the history sheet: its title, the header, a row per measure. */
export function snapshotRows(snapshot: RoundSnapshot): CellValue[][] {
  return [
    [
      `รอบ ${snapshot.round} เดือน ปีงบประมาณ ${snapshot.fiscalYear}`,
      `บันทึกเมื่อ ${isoDay(snapshot.takenOn)}`,
      "",
      "",
    ],
    HEADER,
    ...snapshot.measures.map(({ measure, status, result, budget }) => [
      measure,
      status ? STATUS_LABELS[status] : "",
      result,
      budget ?? "",
    ]),
  ];
}

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

export interface ChangesSince {
  since: RoundSnapshot;
  /** Done now, not done then. */
  finished: string[];
  /** A result now, none then. */
  resultsAdded: string[];
  /** In the plan now, not in the snapshot. */
  added: string[];
}

/** What changed between a snapshot and the plan now, measures matched by their text. */
export function changesSince(since: RoundSnapshot, measures: readonly MeasureRow[]): ChangesSince {
  const then = new Map(since.measures.map((m) => [measureKey(m.measure), m]));
  const changes: ChangesSince = { since, finished: [], resultsAdded: [], added: [] };
  for (const measure of measures) {
    const earlier = then.get(measureKey(measure.text.measure));
    const name = measure.text.measure;
    if (!earlier) changes.added.push(name);
    else {
      if (statusOf(measure) === "done" && earlier.status !== "done") changes.finished.push(name);
      if (measure.text.result.trim() !== "" && earlier.result === "")
        changes.resultsAdded.push(name);
    }
  }
  return changes;
}
