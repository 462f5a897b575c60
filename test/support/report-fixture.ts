// A 200-measure plan with every column the template has (status ticks, budgets, evidence links),
// a result longer than Excel's tallest row and several units, and its report spec in each
// layout: what the report writers are compared on.
import { analysePlan } from "../../src/domain/plan-analysis";
import { TEMPLATE_COLUMNS } from "../../src/domain/plan-columns";
import type { CellValue } from "../../src/domain/plan-layout";
import { planColumnsOf } from "../../src/domain/report/plan-capabilities";
import { buildReport, ReportSpec } from "../../src/domain/report/report-spec";
import type { ReportLayout } from "../../src/domain/report/types";
import type { RoundSnapshot } from "../../src/domain/plan/round-snapshot";
import type { ScoreHistory } from "../../src/domain/scores/score-history";
import { longResult } from "./long-plans";

const TODAY = new Date(Date.UTC(2023, 9, 20));
const UNITS = ["สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง", "กองการศึกษา"];

function measureRow(index: number): CellValue[] {
  return TEMPLATE_COLUMNS.map((column) => {
    switch (column.key) {
      case "number":
        return index + 1;
      case "measure":
        return `มาตรการที่ ${index + 1} ส่งเสริมคุณธรรมและความโปร่งใส`;
      case "method":
        return "๑. จัดทำแผน\n๒. ดำเนินการตามแผน\n๓. รายงานผลต่อผู้บริหาร";
      case "owner":
        return UNITS[index % UNITS.length];
      case "period":
        return "ต.ค. 2565 - ก.ย. 2566";
      case "status":
        return column.status === ["done", "in_progress", "not_started"][index % 3];
      case "result":
        return index === 7 ? longResult(6_000) : `ดำเนินการแล้ว ${index % 5} ครั้ง`;
      case "budget":
        return index % 4 === 0 ? 12_500.5 : "";
      case "evidence":
        return index % 6 === 0 ? `https://www.example.go.th/ita/o${index}` : "";
      case "recommendation":
        return index % 2 ? "ควรดำเนินการต่อเนื่อง" : "";
      default:
        return "";
    }
  });
}

const NO_SCORES: ScoreHistory = { years: [], weights: { IIT: 30, EIT: 30, OIT: 40 } };

/** The report spec of a plan grid (from A1) as the command line builds it, for a test
 * municipality's round 12 of 2566, dated 20 October 2023. */
export function reportSpecOf(
  values: CellValue[][],
  layout: ReportLayout,
  {
    scores = NO_SCORES,
    preparerName = "",
    preparerPosition = "",
    history = [] as readonly RoundSnapshot[],
  } = {}
): ReportSpec {
  const analysis = analysePlan({ firstRow: 0, firstColumn: 0, values }, { today: TODAY });
  const outcome = buildReport({
    measures: analysis.plan.measures,
    columns: planColumnsOf(analysis.layout),
    findings: analysis.findings,
    settings: {
      organisation: "เทศบาลตำบลทดสอบ",
      district: "เมือง",
      province: "เลย",
      fiscalYear: 2566,
      round: 12,
      preparerName,
      preparerPosition,
    },
    scores,
    options: { layout, unit: null, thaiDigits: true },
    today: TODAY,
    history,
  });
  if (outcome.kind !== "report") throw new Error(`refused: ${outcome.reason}`);
  return outcome.spec;
}

/** The fixture's plan grid, from A1. */
export function reportFixturePlan(measures = 200): CellValue[][] {
  return [
    ["แผนมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566"],
    TEMPLATE_COLUMNS.map((column) => column.header),
    ...Array.from({ length: measures }, (_, index) => measureRow(index)),
  ];
}

export function reportFixtureSpec(layout: ReportLayout, measures = 200): ReportSpec {
  return reportSpecOf(reportFixturePlan(measures), layout, {
    preparerName: "นางสาวทดสอบ ระบบดี",
    preparerPosition: "นักวิเคราะห์นโยบายและแผน",
    scores: {
      years: [
        { year: 2565, indicators: [90, 88, 85, 92, 80, 84, 86, 83, 75, 70], stated: null },
        { year: 2566, indicators: [93, 90, 91, 92, 85, 86, 87, 84, 80, 72], stated: null },
      ],
      weights: { IIT: 30, EIT: 30, OIT: 40 },
    },
  });
}
