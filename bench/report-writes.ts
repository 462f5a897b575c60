// Round trips, request and response bytes of the one-click report for plans of growing size (counted on
// the strict fake), and the domain time to build the report spec.
import { capabilitiesFrom } from "../src/domain/excel-capabilities";
import { analysePlan } from "../src/domain/plan-analysis";
import { buildReport } from "../src/domain/report/report-spec";
import { planColumnsOf } from "../src/domain/report/plan-capabilities";
import { TEMPLATE_COLUMNS } from "../src/domain/plan-columns";
import { insertPlanTemplate } from "../src/excel/plan-template-writer";
import { generateReport } from "../src/excel/report-actions";
import { FakeExcelHost, FakeRequestContext } from "../office-fake/excel";
import { planRows } from "./plan-rows";
import { syncFigures } from "./sync-figures";

const TODAY = new Date(Date.UTC(2026, 10, 22));
async function run<T>(host: FakeExcelHost, batch: (context: Excel.RequestContext) => Promise<T>) {
  return host.run((context: FakeRequestContext) =>
    batch(context as unknown as Excel.RequestContext)
  );
}

export async function benchReportWrites(): Promise<void> {
  const capabilities = capabilitiesFrom(() => true);
  for (const measures of [10, 100, 1_000, 5_000, 8_000]) {
    const host = new FakeExcelHost();
    await run(host, (context) =>
      insertPlanTemplate(context, { withExample: false, fiscalYear: 2570 }, capabilities)
    );
    host.paste("แผนมาตรการ ITA", "A2", planRows(measures));
    const plan = host.sheet("แผนมาตรการ ITA").id;
    const first = host.syncCount;
    await run(host, (context) =>
      generateReport(
        context,
        { planSheetId: plan, layout: "results", unit: null, thaiDigits: true },
        capabilities,
        TODAY
      )
    );
    const syncs = host.syncs.slice(first);
    console.log(`report (${measures} measures): ${syncFigures(syncs)}`);
  }
  const values = [TEMPLATE_COLUMNS.map((column) => column.header), ...planRows(1_000)];
  const analysis = analysePlan(
    { firstRow: 0, firstColumn: 0, values },
    { today: TODAY, fiscalYear: 2570 }
  );
  const input = {
    measures: analysis.plan.measures,
    columns: planColumnsOf(analysis.layout),
    findings: analysis.findings,
    settings: {
      organisation: "เทศบาลตำบลตัวอย่าง",
      district: "เมือง",
      province: "ชัยนาท",
      fiscalYear: 2570,
      round: 12 as const,
      preparerName: "",
      preparerPosition: "",
    },
    scores: { years: [], weights: { IIT: 30, EIT: 30, OIT: 40 } },
    options: { layout: "results" as const, unit: null, thaiDigits: true },
    today: TODAY,
  };
  buildReport(input);
  const times: number[] = [];
  for (let round = 0; round < 7; round++) {
    const started = performance.now();
    buildReport(input);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `report spec for 1,000 measures in the domain: median ${times[3].toFixed(1)} ms (goal < 20 ms)`
  );
}
