// Ribbon commands (ExecuteFunction). They reach Office only through the adapter in src/excel,
// and make the report with the same service the pane uses.
import { createExcelWorkbookService } from "../excel/excel-workbook-service";
import { connectToOffice } from "../excel/office-host";
import { registerRibbonCommands, showNotice } from "../excel/ribbon";
import type { MessageKey } from "../i18n/catalogue";
import type { MessageParams } from "../i18n/translate";
import { messageKeyOr } from "../i18n/translate";
import { WorkbookError } from "../services/workbook-service";

/** What the report command tells the user, as a catalogue message. */
async function makeReport(): Promise<[MessageKey, MessageParams]> {
  try {
    const status = await connectToOffice();
    if (status.kind !== "ready") return ["host.tooOld.title", {}];
    // The layout, unit and digits chosen last time in the pane, remembered in the workbook.
    const result = await createExcelWorkbookService(status.capabilities).generateReport({});
    if (result.kind === "refused") return ["command.reportRefused", {}];
    // The plan is named: from another sheet than a plan, the one reported last time is used.
    const { sheet, planSheet: plan, included } = result;
    return ["command.reportCreated", { sheet, plan, included }];
  } catch (error) {
    const code = error instanceof WorkbookError ? error.code : "unknown";
    return [messageKeyOr(`error.${code}`, "error.unknown"), {}];
  }
}

/** One-click report from the Home tab. */
function generateReport(event: Office.AddinCommands.Event): void {
  void makeReport().then(([message, params]) =>
    showNotice(message, params, () => event.completed())
  );
}

registerRibbonCommands({ generateReport });
