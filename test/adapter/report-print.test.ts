// Issue 13 bug 7: the organisation's name in the report's page header prints as typed, "&"
// included, and a header too long for Excel is cut instead of failing the report.
import { capabilitiesFrom } from "../../src/domain/excel-capabilities";
import { organisationLine } from "../../src/domain/report/report-sentences";
import { insertPlanTemplate } from "../../src/excel/plan-template-writer";
import { generateReport } from "../../src/excel/report-actions";
import { FakeExcelHost } from "../../office-fake/excel";
import { HEADER_FOOTER_LIMIT, printedSection } from "../../office-fake/excel/header-footer";
import { inExcel } from "../support/in-excel";

const TODAY = new Date(Date.UTC(2026, 10, 22));
const modern = capabilitiesFrom(() => true);
const PAGE = { page: 2, pages: 5, sheet: "รายงาน", file: "plan.xlsx" };

async function reportFor(organisation: string) {
  const host = new FakeExcelHost();
  const run = inExcel(host);
  await run((context) =>
    insertPlanTemplate(context, { withExample: true, fiscalYear: 2570 }, modern)
  );
  host.paste("ตั้งค่า ITA", "B3", [[organisation], ["เมือง"], ["ชัยนาท"]]);
  const planSheetId = host.sheet("แผนมาตรการ ITA").id;
  const result = await run((context) =>
    generateReport(
      context,
      { planSheetId, layout: "results", unit: null, thaiDigits: false },
      modern,
      TODAY
    )
  );
  expect(result).toMatchObject({ kind: "created" });
  return host.sheet("รายงาน 2570 รอบ12").pageLayout.headersFooters;
}

describe("the report's page header and footer", () => {
  it("print an organisation name with '&' as typed, and the page numbers", async () => {
    const organisation = "ห้างหุ้นส่วน R&D และ ก&ข";
    const printed = await reportFor(organisation);
    expect(printedSection(printed.centerHeader, PAGE)).toBe(
      organisationLine({ organisation, district: "เมือง", province: "ชัยนาท" } as never)
    );
    expect(printedSection(printed.centerFooter, PAGE)).toBe("หน้า 2 / 5");
  });

  it("cut a header too long for Excel instead of failing the report", async () => {
    const printed = await reportFor("องค์การบริหารส่วนตำบล&".repeat(20));
    expect(printed.centerHeader.length + 2).toBeLessThanOrEqual(HEADER_FOOTER_LIMIT);
    expect(printedSection(printed.centerHeader, PAGE)).toMatch(/^องค์การบริหารส่วนตำบล&องค์การ/);
  });
});
