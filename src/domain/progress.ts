// Progress of a plan by status and by responsible unit, and the overdue measures, for the pane.
// The sheet computes the same counts with formulas (progress-summary.ts); the report and the
// memo state them in words.
import type { Status } from "./plan-columns";

import { MeasureRow, statusOf } from "./plan-reading";
import { periodOf } from "./plan-validation";
import { countedUnits, OwnerUnit } from "./owner-units";
import { measureKey } from "./measure-key";
import type { RoundSnapshot } from "./plan/history-blocks";

export type StatusCounts = Record<Status | "unknown", number>;

export interface UnitProgress {
  owner: string;
  counts: StatusCounts;
  total: number;
  /** Measures whose result cell holds text. */
  withResult: number;
  /** Measures reported for the round: a result, and at round 12 not the round-6 one unchanged. */
  reportedForRound: number;
}

export interface Progress {
  /** False for a plan without status ticks: then only the reported results can be counted. */
  hasStatus: boolean;
  total: number;
  /** Measures whose result cell holds text, and their whole percent. */
  withResult: number;
  percentWithResult: number;
  counts: StatusCounts;
  /** Whole percent of measures done; 0 for an empty plan. */
  percentDone: number;
  byOwner: UnitProgress[];
  overdue: { row: number; measure: string; end: Date }[];
  /** 12 when results were judged against the round-6 snapshot; null when any result counts. */
  reportRound: 12 | null;
}

function emptyCounts(): StatusCounts {
  return { not_started: 0, in_progress: 0, done: 0, unknown: 0 };
}

export function summariseProgress(
  measures: readonly MeasureRow[],
  today: Date,
  fiscalYear?: number,
  hasStatus = true,
  roundSix?: RoundSnapshot
): Progress {
  const counts = emptyCounts();
  const owners = new Map<string, UnitProgress>();
  const overdue: Progress["overdue"] = [];
  let withResult = 0;
  // A plan names a few units over and over: each owner text is read once.
  const unitsOf = new Map<string, OwnerUnit[]>();
  const roundSixResults = new Map(roundSix?.measures.map((m) => [measureKey(m.measure), m.result]));
  for (const measure of measures) {
    const status = statusOf(measure) ?? "unknown";
    counts[status]++;
    const reported = measure.text.result.trim() !== "";
    if (reported) withResult++;
    // At round 12 a measure not done whose result is still round 6's has no report for the round.
    const result = measure.text.result.trim();
    const reportedForRound =
      reported &&
      (status === "done" || roundSixResults.get(measureKey(measure.text.measure)) !== result);
    // A measure of several units counts for each; names differing only in spacing are one.
    const owner = measure.text.owner;
    let units = unitsOf.get(owner);
    if (!units) unitsOf.set(owner, (units = countedUnits(owner)));
    for (const { name, key } of units) {
      const unit = owners.get(key) ?? {
        owner: name,
        counts: emptyCounts(),
        total: 0,
        withResult: 0,
        reportedForRound: 0,
      };
      unit.counts[status]++;
      unit.total++;
      if (reported) unit.withResult++;
      if (reportedForRound) unit.reportedForRound++;
      owners.set(key, unit);
    }
    const end = periodOf(measure, fiscalYear)?.end;
    // Without status nothing says a measure is unfinished, so nothing is called overdue.
    if (hasStatus && end && end < today && status !== "done" && status !== "unknown") {
      overdue.push({ row: measure.row, measure: measure.text.measure, end });
    }
  }
  const total = measures.length;
  const percent = (count: number) => (total === 0 ? 0 : Math.round((count / total) * 100));
  return {
    // Status columns with nothing ticked (a freshly tidied results report) say nothing of done
    // or not started: such a plan is counted by its reported results.
    hasStatus: hasStatus && counts.unknown < total,
    total,
    withResult,
    percentWithResult: percent(withResult),
    counts,
    percentDone: percent(counts.done),
    byOwner: [...owners.values()],
    overdue,
    reportRound: roundSix ? 12 : null,
  };
}

/** The units with measures that have no report for the round yet, most missing first: in a
 * shared workbook the coordinator sees which division has still to report. */
export function unitsYetToReport(progress: Progress): { owner: string; missing: number }[] {
  return progress.byOwner
    .filter((unit) => unit.owner !== "-" && unit.reportedForRound < unit.total)
    .map((unit) => ({ owner: unit.owner, missing: unit.total - unit.reportedForRound }))
    .sort((a, b) => b.missing - a.missing);
}
