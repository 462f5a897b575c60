// The report writer keeps what the report holds: on a 200-measure plan with every template
// column (status ticks, budgets, evidence links, a result continued over rows) the package's
// cell values, styles, merges, row heights, column widths, print setup, print names, hyperlinks
// and chart parts equal those ExcelJS wrote before this writer replaced it
// (test/fixtures/report-before, written by scripts/report-before.ts from the old writer).
import { readFileSync } from "fs";
import { join } from "path";
import { gunzipSync } from "zlib";
import { deflateWithZlib } from "../../src/cli/zlib-deflate";
import { REPORT_LAYOUTS } from "../../src/domain/report/report-layouts";
import { reportWorkbookBytes } from "../../src/xlsx/report-file";
import { packageFacts } from "../support/package-facts";
import { reportFixtureSpec } from "../support/report-fixture";

const before = (layout: string) =>
  JSON.parse(
    gunzipSync(
      readFileSync(join(__dirname, "..", "fixtures", "report-before", `${layout}.json.gz`))
    ).toString("utf8")
  );

describe("the report package", () => {
  it.each(REPORT_LAYOUTS)(
    "holds what the ExcelJS writer wrote, in the %s layout",
    async (layout) => {
      const facts = packageFacts(
        await reportWorkbookBytes(reportFixtureSpec(layout), deflateWithZlib)
      );
      const expected = before(layout);
      // Sheet by sheet first, so that a difference names its sheet and part.
      facts.sheets.forEach((sheet, index) => {
        const old = expected.sheets[index];
        expect(sheet.name).toBe(old.name);
        expect(sheet.columns).toEqual(old.columns);
        expect(sheet.heights).toEqual(old.heights);
        expect(sheet.merges).toEqual(old.merges);
        expect(sheet.links).toEqual(old.links);
        expect(sheet.print).toEqual(old.print);
        expect(sheet.cells).toEqual(old.cells);
      });
      expect(JSON.parse(JSON.stringify(facts))).toEqual(expected);
    }
  );
});
