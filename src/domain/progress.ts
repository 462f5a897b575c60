// Progress of a plan by status and by responsible unit, and the overdue measures, for the pane.
// The sheet computes the same counts with formulas (progress-summary.ts); the report and the
// memo state them in words.
import type { Status } from "./plan-columns";

import { MeasureRow, statusOf } from "./plan-reading";
import { periodOf } from "./plan-validation";

export type StatusCounts = Record<Status | "unknown", number>;

export interface UnitProgress {
  owner: string;
  counts: StatusCounts;
  total: number;
}

export interface Progress {
  total: number;
  counts: StatusCounts;
  /** Whole percent of measures done; 0 for an empty plan. */
  percentDone: number;
  byOwner: UnitProgress[];
  overdue: { row: number; measure: string; end: Date }[];
}

function emptyCounts(): StatusCounts {
  return { not_started: 0, in_progress: 0, done: 0, unknown: 0 };
}

export function summariseProgress(
  measures: readonly MeasureRow[],
  today: Date,
  fiscalYear?: number
): Progress {
  const counts = emptyCounts();
  const owners = new Map<string, UnitProgress>();
  const overdue: Progress["overdue"] = [];
  for (const measure of measures) {
    const status = statusOf(measure) ?? "unknown";
    counts[status]++;
    const owner = measure.text.owner.replace(/\s+/g, " ") || "-";
    const unit = owners.get(owner) ?? { owner, counts: emptyCounts(), total: 0 };
    unit.counts[status]++;
    unit.total++;
    owners.set(owner, unit);
    const end = periodOf(measure, fiscalYear)?.end;
    if (end && end < today && status !== "done") {
      overdue.push({ row: measure.row, measure: measure.text.measure, end });
    }
  }
  const total = measures.length;
  return {
    total,
    counts,
    percentDone: total === 0 ? 0 : Math.round((counts.done / total) * 100),
    byOwner: [...owners.values()],
    overdue,
  };
}
