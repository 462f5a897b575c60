// A round's snapshot: the state of every measure when a round's report is sent (status, result,
// budget used, the date), kept as a block of a visible history sheet the add-in owns, so the
// round-12 report can say what changed since round 6. Blocks are only ever added: a second
// snapshot of the same round is a new block below, the earlier one kept.
import type { CellValue } from "../plan-layout";
import { MeasureRow, statusOf } from "../plan-reading";
import { isoDay } from "../periods";
import { measureKey } from "../measure-key";
import { HEADER, RoundSnapshot, STATUS_LABELS } from "./history-blocks";

export { HISTORY_SHEET } from "../sheet-names";
export { latestSnapshot, readSnapshots } from "./history-blocks";
export type { RoundSnapshot, SnapshotMeasure } from "./history-blocks";

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
