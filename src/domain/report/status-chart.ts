// The report's chart of measures by status (or by reported result, for a plan without status
// columns): a doughnut of the round reported, or, in the round-12 report when the history holds
// the year's round-6 snapshot, both rounds side by side as clustered columns, one series a round.
import type { Status } from "../plan-columns";
import { STATUS_HEADERS, STATUSES } from "../plan-columns";
import type { MeasureRow } from "../plan-reading";
import { statusOf } from "../plan-reading";
import { measureKey } from "../measure-key";
import type { RoundSnapshot } from "../plan/round-snapshot";
import { digits } from "./report-sentences";

/** What a round knew of a measure. */
interface MeasureState {
  status: Status | null;
  result: string;
}

interface Category {
  label: string;
  counts: (state: MeasureState) => boolean;
}

export interface StatusChartData {
  title: string;
  type: "Doughnut" | "ColumnClustered";
  /** A header row (the series' names), then a category per row with a count per series. */
  values: (string | number)[][];
}

function categories(hasStatus: boolean): Category[] {
  if (hasStatus) {
    return STATUSES.map((status) => ({
      label: STATUS_HEADERS[status],
      counts: (state) => state.status === status,
    }));
  }
  // Without status columns only the reported results can be counted.
  return [
    { label: "รายงานผลแล้ว", counts: (state) => state.result.trim() !== "" },
    { label: "ยังไม่รายงานผล", counts: (state) => state.result.trim() === "" },
  ];
}

/** The round-6 state of the measures reported now, matched by their text as the summary's
 * "since round 6" lines match them; a measure added since has none. */
function roundSixStates(measures: readonly MeasureRow[], roundSix: RoundSnapshot): MeasureState[] {
  const then = new Map(roundSix.measures.map((measure) => [measureKey(measure.measure), measure]));
  return measures.flatMap((measure) => then.get(measureKey(measure.text.measure)) ?? []);
}

export function statusChart(
  measures: readonly MeasureRow[],
  hasStatus: boolean,
  roundSix: RoundSnapshot | undefined,
  thai: boolean
): StatusChartData {
  const now = measures.map((measure) => ({
    status: statusOf(measure),
    result: measure.text.result,
  }));
  const rounds = roundSix ? [roundSixStates(measures, roundSix), now] : [now];
  const counted = categories(hasStatus).map(({ label, counts }) => [
    label,
    ...rounds.map((states) => states.filter(counts).length),
  ]);
  const title = hasStatus ? "มาตรการจำแนกตามสถานะการดำเนินการ" : "มาตรการที่รายงานผลการดำเนินการแล้ว";
  const corner = hasStatus ? "สถานะ" : "ผลการดำเนินการ";
  if (!roundSix) {
    return { title, type: "Doughnut", values: [[corner, "จำนวนมาตรการ"], ...counted] };
  }
  return {
    title: digits(`${title} รอบ 6 เดือนและรอบ 12 เดือน`, thai),
    type: "ColumnClustered",
    values: [[corner, digits("รอบ 6 เดือน", thai), digits("รอบ 12 เดือน", thai)], ...counted],
  };
}
