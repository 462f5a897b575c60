// As a new user tries it: every seed table pasted into Excel, and the same tidied onto the
// template's columns, that validates gives a report in each layout its check offers, without
// editing the plan; the status layout is offered exactly when the plan has status columns.
import { capabilitiesFrom } from "../../src/domain/excel-capabilities";
import type { CellValue } from "../../src/domain/plan-layout";
import { checkPlan, tidyPlan } from "../../src/excel/plan-actions";
import { generateReport } from "../../src/excel/report-actions";
import { FakeExcelHost } from "../../office-fake/excel";
import { inExcel } from "../support/in-excel";
import { pastedSeedTables, SEEDS } from "../support/seed-paste";

const TODAY = new Date(Date.UTC(2026, 10, 22));
const modern = capabilitiesFrom(() => true);

const TABLES = Object.entries(SEEDS).flatMap(([seed, file]) =>
  pastedSeedTables(file).map((rows, index) => ({ name: `${seed} table ${index + 1}`, rows }))
);

function pasted(rows: CellValue[][]): FakeExcelHost {
  const host = new FakeExcelHost();
  host.paste(
    "วาง",
    "A1",
    rows.map((row) => row.map((cell) => cell ?? ""))
  );
  host.model.activeSheetId = host.sheet("วาง").id;
  return host;
}

interface Reports {
  validates: boolean;
  layouts: string[];
  made: string[];
  hasStatus?: boolean;
}

/** The layouts the check offers, each made into a report; what validation said otherwise. */
async function reportsOf(host: FakeExcelHost, sheetId?: string): Promise<Reports> {
  const run = inExcel(host);
  const check = await run((context) => checkPlan(context, modern, TODAY, sheetId));
  const errors = check.findings.filter((finding) => finding.severity === "error");
  if (errors.length > 0) return { validates: false, layouts: [], made: [] };
  const made: string[] = [];
  for (const layout of check.layouts) {
    const result = await run((context) =>
      generateReport(
        context,
        { planSheetId: check.sheetId, layout, unit: null, thaiDigits: true },
        modern,
        TODAY
      )
    );
    made.push(`${layout}:${result.kind}`);
  }
  return { validates: true, layouts: check.layouts, made, hasStatus: check.progress.hasStatus };
}

describe.each(TABLES)("$name", ({ rows }) => {
  it("as pasted: a report in each layout it can make", async () => {
    const outcome = await reportsOf(pasted(rows));
    if (!outcome.validates) return expect(outcome.made).toEqual([]);
    expect(outcome.made).toEqual(outcome.layouts.map((layout) => `${layout}:created`));
    expect(outcome.layouts.includes("status")).toBe(outcome.hasStatus);
    expect(outcome.layouts).toContain("plan");
  });

  it("tidied onto the template's columns: every layout, the status one included", async () => {
    const host = pasted(rows);
    const tidied = await inExcel(host)((context) => tidyPlan(context, modern, TODAY));
    const outcome = await reportsOf(host, host.sheet(tidied.sheet).id);
    if (!outcome.validates) return expect(outcome.made).toEqual([]);
    expect(outcome.made).toEqual(
      ["status", "results", "annual", "plan"].map((layout) => `${layout}:created`)
    );
  });
});

it("makes reports from most seed tables as pasted and tidied", async () => {
  // Guards the per-table tests above from passing by validating nothing.
  let validating = 0;
  for (const { rows } of TABLES) {
    if ((await reportsOf(pasted(rows))).validates) validating += 1;
    const host = pasted(rows);
    const tidied = await inExcel(host)((context) => tidyPlan(context, modern, TODAY));
    if ((await reportsOf(host, host.sheet(tidied.sheet).id)).validates) validating += 1;
  }
  expect(validating).toBeGreaterThanOrEqual(TABLES.length);
});
