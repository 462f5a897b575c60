// The ribbon's "สร้างรายงาน" button as Office runs it: the function file registers with
// Office.actions, the command makes the report on the fake Excel, tells the user in a dialog, and
// ends (event.completed) only once that dialog is gone, since ending closes the dialog with it.
import { capabilitiesFrom } from "../../src/domain/excel-capabilities";
import { insertPlanTemplate } from "../../src/excel/plan-template-writer";
import { FakeExcelHost } from "../../office-fake/excel";
import { OfficeDouble } from "../../office-fake/office/office-double";
import { inExcel } from "../support/in-excel";

async function excelWithPlan(): Promise<FakeExcelHost> {
  const host = new FakeExcelHost();
  await inExcel(host)((context) =>
    insertPlanTemplate(
      context,
      { withExample: true, fiscalYear: 2570 },
      capabilitiesFrom(() => true)
    )
  );
  return host;
}

/** Where Office loads the function file (manifest.xml's Commands.Url). */
const FUNCTION_FILE = new URL("https://localhost:3000/commands.html");

/** Loads the function file in an Office that has the given host and returns the double. */
function loadCommands(host: FakeExcelHost, servedFrom = FUNCTION_FILE): OfficeDouble {
  const double = new OfficeDouble(
    host,
    { host: "Excel", apiVersion: "1.18", displayLanguage: "th-TH" },
    FUNCTION_FILE.origin
  );
  const window = { location: servedFrom };
  Object.assign(globalThis, { Office: double.office, Excel: double.excel, window });
  jest.isolateModules(() => require("../../src/commands/commands"));
  return double;
}

async function dialogShown(double: OfficeDouble) {
  for (let tries = 0; tries < 200 && double.dialogs.length === 0; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  // Let Office's callback reach the command before the test acts as the user.
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(double.dialogs).toHaveLength(1);
  return double.dialogs[0];
}

function noticeOf(url: string) {
  const query = new URL(url).searchParams;
  return { message: query.get("message"), params: JSON.parse(query.get("params") ?? "{}") };
}

describe("the ribbon's report command", () => {
  it("makes the report and keeps the runtime alive until the user presses OK", async () => {
    const host = await excelWithPlan();
    const double = loadCommands(host);
    const run = double.runCommand("generateReport");
    const dialog = await dialogShown(double);

    expect(noticeOf(dialog.url)).toEqual({
      message: "command.reportCreated",
      params: { sheet: "รายงาน 2570 รอบ12", plan: "แผนมาตรการ ITA", included: 11 },
    });
    expect(host.model.sheets.map((sheet) => sheet.name)).toContain("รายงาน 2570 รอบ12");
    // Still open: the command has not ended, so Office has not closed the dialog with it.
    expect(dialog.open).toBe(true);
    expect(run.completed).toBe(false);

    dialog.messageParent("close");
    await run.done;
    expect(dialog.closedBy).toBe("addin");
  });

  it("ends when the user closes the dialog with Office's own button", async () => {
    const double = loadCommands(await excelWithPlan());
    const run = double.runCommand("generateReport");
    const dialog = await dialogShown(double);
    expect(run.completed).toBe(false);
    dialog.userCloses();
    await run.done;
    expect(dialog.closedBy).toBe("user");
  });

  it("ends at once when Office cannot show the dialog", async () => {
    const host = await excelWithPlan();
    // The function file served from another domain than the add-in's: Office refuses (12004).
    const double = loadCommands(host, new URL("https://elsewhere.example/commands.html"));
    const run = double.runCommand("generateReport");
    await run.done;
    expect(double.dialogs).toHaveLength(0);
    expect(host.model.sheets.map((sheet) => sheet.name)).toContain("รายงาน 2570 รอบ12");
  });

  it("from a sheet without a plan, names the remembered plan it reported on", async () => {
    const host = await excelWithPlan();
    const firstOffice = loadCommands(host);
    const first = firstOffice.runCommand("generateReport");
    (await dialogShown(firstOffice)).messageParent("close");
    await first.done;
    // An empty sheet is active now: the report comes from the plan reported last time.
    host.model.activeSheetId = host.sheet("Sheet1").id;
    const double = loadCommands(host);
    const run = double.runCommand("generateReport");
    const dialog = await dialogShown(double);
    expect(noticeOf(dialog.url).params).toMatchObject({ plan: "แผนมาตรการ ITA" });
    dialog.messageParent("close");
    await run.done;
  });

  it("tells the user when there is no plan to report on", async () => {
    const double = loadCommands(new FakeExcelHost());
    const run = double.runCommand("generateReport");
    const dialog = await dialogShown(double);
    expect(noticeOf(dialog.url).message).toMatch(/^(command\.reportRefused|error\.)/);
    expect(run.completed).toBe(false);
    dialog.messageParent("close");
    await run.done;
  });
});
