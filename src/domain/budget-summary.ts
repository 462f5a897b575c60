// The plan's budgets summed: planned (ตั้งไว้/ได้รับจัดสรร) and used (ใช้/เบิกจ่าย), overall and
// per responsible unit, with the share spent where something was planned.
import { countedUnits } from "./owner-units";
import type { MeasureRow } from "./plan-reading";
import { parseBudget } from "./plan-validation";

export interface BudgetTotals {
  planned: number;
  used: number;
  /** Measures with a planned / a used budget written. */
  withPlanned: number;
  withUsed: number;
  /** used / planned × 100; null where nothing was planned (a share of nothing means nothing). */
  percentSpent: number | null;
}

export interface UnitBudget extends BudgetTotals {
  owner: string;
}

export interface BudgetSummary {
  overall: BudgetTotals;
  /** In the order units first appear; only units with a budget written. */
  byOwner: UnitBudget[];
  /** Measures naming several units: their budgets count under each unit, once overall. */
  shared: number;
}

/** A budget that can be summed: a number not below zero (validation reports the others). */
function amount(value: MeasureRow["raw"]["budget"]): number | null {
  const budget = parseBudget(value);
  return typeof budget === "number" && budget >= 0 ? budget : null;
}

const emptyTotals = (): BudgetTotals => ({
  planned: 0,
  used: 0,
  withPlanned: 0,
  withUsed: 0,
  percentSpent: null,
});

function add(totals: BudgetTotals, planned: number | null, used: number | null): void {
  if (planned !== null) {
    totals.planned += planned;
    totals.withPlanned++;
  }
  if (used !== null) {
    totals.used += used;
    totals.withUsed++;
  }
}

function withPercent<T extends BudgetTotals>(totals: T): T {
  const percentSpent = totals.planned > 0 ? (totals.used / totals.planned) * 100 : null;
  return { ...totals, percentSpent };
}

export function summariseBudgets(measures: readonly MeasureRow[]): BudgetSummary {
  const overall = emptyTotals();
  const units = new Map<string, UnitBudget>();
  let shared = 0;
  for (const measure of measures) {
    const planned = amount(measure.raw.plannedBudget);
    const used = amount(measure.raw.budget);
    if (planned === null && used === null) continue;
    add(overall, planned, used);
    const owners = countedUnits(measure.text.owner);
    if (owners.length > 1) shared++;
    for (const { name, key } of owners) {
      const unit = units.get(key) ?? { owner: name, ...emptyTotals() };
      add(unit, planned, used);
      units.set(key, unit);
    }
  }
  return {
    overall: withPercent(overall),
    byOwner: [...units.values()].map(withPercent),
    shared,
  };
}
