// Issue 13 bug 9: while the user is typing in a cell Excel refuses every batch. Each pane action
// then fails with Excel's code, which the pane words as "finish editing the cell, then try
// again" in Thai and English, and leaves the workbook as it was.
import { capabilitiesFrom } from "../../src/domain/excel-capabilities";
import { messageKeyOr, translate } from "../../src/i18n/translate";
import { toWorkbookError } from "../../src/excel/excel-errors";
import { checkPlan, saveMapping, tidyPlan } from "../../src/excel/plan-actions";
import { insertPlanTemplate } from "../../src/excel/plan-template-writer";
import { generateReport } from "../../src/excel/report-actions";
import { insertScoresSheet } from "../../src/excel/scores-actions";
import { FakeExcelHost } from "../../office-fake/excel";
import { Batch, inExcel } from "../support/in-excel";

const TODAY = new Date(Date.UTC(2026, 10, 22));
const modern = capabilitiesFrom(() => true);

async function planWorkbook(): Promise<FakeExcelHost> {
  const host = new FakeExcelHost();
  await inExcel(host)((context) =>
    insertPlanTemplate(context, { withExample: true, fiscalYear: 2570 }, modern)
  );
  return host;
}

const ACTIONS: [string, (host: FakeExcelHost) => Batch<unknown>][] = [
  [
    "the plan template",
    () => (c) => insertPlanTemplate(c, { withExample: true, fiscalYear: 2570 }, modern),
  ],
  ["checking the plan", () => (c) => checkPlan(c, modern, TODAY)],
  ["tidying", () => (c) => tidyPlan(c, modern, TODAY)],
  ["saving a mapping", (host) => (c) => saveMapping(c, host.sheet("แผนมาตรการ ITA").id, {})],
  ["the scores sheet", () => (c) => insertScoresSheet(c, 2570)],
  [
    "the report",
    (host) => (c) =>
      generateReport(
        c,
        {
          planSheetId: host.sheet("แผนมาตรการ ITA").id,
          layout: "status",
          unit: null,
          thaiDigits: false,
        },
        modern,
        TODAY
      ),
  ],
];

describe("acting while the user edits a cell", () => {
  it.each(ACTIONS)(
    "%s fails with Excel's cell-edit code and changes nothing",
    async (_, action) => {
      const host = await planWorkbook();
      host.startCellEdit("B7");
      const before = host.snapshot();
      const failure = await inExcel(host)(action(host)).then(
        () => null,
        (error: unknown) => toWorkbookError(error)
      );
      expect(failure).toMatchObject({ code: "InvalidOperationInCellEditMode" });
      expect(host.snapshot()).toBe(before);
    }
  );

  it.each(["th", "en"] as const)("is explained in plain words (%s)", (language) => {
    const key = messageKeyOr("error.InvalidOperationInCellEditMode", "error.unknown");
    expect(key).toBe("error.InvalidOperationInCellEditMode");
    const message = translate(language, key);
    expect(message).toMatch(
      language === "th" ? /แก้ไขเซลล์.*แล้วลองอีกครั้ง/ : /editing a cell.*then try again/
    );
  });
});
