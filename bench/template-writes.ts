// Round trips and request sizes of inserting the plan template, counted on the strict fake.
import { capabilitiesFrom } from "../src/domain/excel-capabilities";
import { insertPlanTemplate } from "../src/excel/plan-template-writer";
import { FakeExcelHost, FakeRequestContext } from "../test/fake-excel";

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
    const bytes = host.syncs.map((sync) => sync.bytes).join(" + ");
    console.log(
      `plan template (${withExample ? "example" : "empty"}): ${host.syncCount} syncs, request bytes ${bytes}, ` +
        `${(performance.now() - started).toFixed(1)} ms on the fake`
    );
  }
}
