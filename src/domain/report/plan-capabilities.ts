// What a plan can report, from the columns it has: a plan without status ticks is a plan (most
// real ones report results only); only the status layout and the status counts need the ticks.
import type { ColumnKey, Status } from "../plan-columns";
import type { PlanLayout } from "../plan-layout";
import { REPORT_LAYOUTS, ReportLayout } from "./types";

/** A recognised column of the plan, in the plan's order, with the plan's own header text. */
export interface PlanColumn {
  key: ColumnKey;
  status?: Status;
  header: string;
}

export function planColumnsOf(layout: PlanLayout | undefined): PlanColumn[] {
  return (layout?.columns ?? []).map((mapped) => ({
    key: mapped.meaning.key,
    ...(mapped.meaning.status ? { status: mapped.meaning.status } : {}),
    header: mapped.header,
  }));
}

export function hasStatusColumns(columns: readonly PlanColumn[]): boolean {
  return columns.some((column) => column.key === "status");
}

/** The layouts this plan can make, in the order the pane offers them. */
export function layoutsFor(columns: readonly PlanColumn[]): ReportLayout[] {
  const status = hasStatusColumns(columns);
  return REPORT_LAYOUTS.filter((layout) => layout !== "status" || status);
}

/** The plan's own columns when it has no status; else the results layout, as before. */
export function defaultLayout(columns: readonly PlanColumn[]): ReportLayout {
  return hasStatusColumns(columns) ? "results" : "plan";
}
