// Writes the facts of the 200-measure fixture's report in every layout, as the report writer
// writes them today, to test/fixtures/report-before/: the reference test/unit/report-package
// compares the writer with. Run only when the report's content changes on purpose.
import { writeFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { REPORT_LAYOUTS } from "../src/domain/report/report-layouts";
import { reportWorkbookBytes } from "../src/xlsx/report-file";
import { packageFacts } from "../test/support/package-facts";
import { reportFixtureSpec } from "../test/support/report-fixture";

async function main(): Promise<void> {
  for (const layout of REPORT_LAYOUTS) {
    const facts = packageFacts(await reportWorkbookBytes(reportFixtureSpec(layout)));
    const file = join(__dirname, "..", "test", "fixtures", "report-before", `${layout}.json.gz`);
    writeFileSync(file, gzipSync(JSON.stringify(facts, null, 1)));
    console.log(
      `${file}: ${facts.sheets.map((s) => `${s.name} ${Object.keys(s.cells).length} cells`).join(", ")}`
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
