// npm run bench: prints figures; nothing here passes or fails.
import { benchCliReport } from "./cli-report";
import { benchCliStart } from "./cli-start";
import { benchPaneOpen } from "./pane-open";
import { benchPlanReads } from "./plan-reads";
import { benchReportWrites } from "./report-writes";
import { benchTemplateWrites } from "./template-writes";

async function main(): Promise<void> {
  await benchTemplateWrites();
  await benchPlanReads();
  await benchReportWrites();
  await benchCliReport();
  benchCliStart();
  await benchPaneOpen();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
