// Round trips, request and response sizes of inserting the plan template, counted on the strict fake.
import { capabilitiesFrom } from "../src/domain/excel-capabilities";
import { insertPlanTemplate } from "../src/excel/plan-template-writer";
import { FakeExcelHost, FakeRequestContext } from "../office-fake/excel";
import { syncFigures } from "./sync-figures";

export async function benchTemplateWrites(): Promise<void> {
  for (const withExample of [false, true]) {
    const host = new FakeExcelHost();
    const started = performance.now();
    await host.run((context: FakeRequestContext) =>
      insertPlanTemplate(
        context as unknown as Excel.RequestContext,
        { withExample, fiscalYear: 2569 },
        capabilitiesFrom(() => true)
      )
    );
    console.log(
      `plan template (${withExample ? "example" : "empty"}): ${syncFigures(host.syncs)}, ` +
        `${(performance.now() - started).toFixed(1)} ms on the fake`
    );
  }
}
