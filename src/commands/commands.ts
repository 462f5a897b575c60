// Ribbon commands (ExecuteFunction). They reach Office only through the adapter in src/excel.
import { registerRibbonCommands, showNotice } from "../excel/ribbon";

/** One-click report: the report itself comes with the report feature; until then it says so. */
function generateReport(event: Office.AddinCommands.Event): void {
  showNotice("command.reportNotYet", () => event.completed());
}

registerRibbonCommands({ generateReport });
