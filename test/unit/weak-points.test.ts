// Last year's weak indicators and the measures meant to raise them, read from a plan as the
// template lays it out: the plan's own indicator column first, a proposal from the words else.
import { analysePlan } from "../../src/domain/plan-analysis";
import type { ScoreHistory } from "../../src/domain/scores/score-history";
import { weakPointsFor } from "../../src/domain/scores/weak-points";
import { DEFAULT_WEIGHTS } from "../../src/domain/scores";
import { proposedLinksNote, weakIndicatorLines } from "../../src/i18n/score-messages";
import { EXPECTED_TEMPLATE_HEADER } from "../support/expected-plan";

const TODAY = new Date(Date.UTC(2024, 3, 24));

/** A template row: measure, ticks (not started, in progress, done), result, indicator cell. */
function row(measure: string, ticks: string[], result: string, indicator: string) {
  const cells = EXPECTED_TEMPLATE_HEADER.map(() => "");
  cells[1] = measure;
  cells[3] = "สำนักปลัด";
  cells[4] = "ต.ค. 2566 - ก.ย. 2567";
  [cells[5], cells[6], cells[7]] = ticks;
  cells[8] = result;
  cells[14] = indicator;
  return cells;
}

function measures(withStatus: boolean) {
  const header = withStatus
    ? EXPECTED_TEMPLATE_HEADER
    : EXPECTED_TEMPLATE_HEADER.filter((_, index) => index < 5 || index > 7);
  const drop = (cells: string[]) => (withStatus ? cells : cells.filter((_, i) => i < 5 || i > 7));
  const values = [
    header,
    drop(row("เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทางเว็บไซต์", ["", "", "/"], "เผยแพร่ครบ", "")),
    drop(row("ประชุมประจำเดือน", ["", "/", ""], "", "9")),
    drop(row("มาตรการป้องกันผลประโยชน์ทับซ้อน", ["/", "", ""], "", "")),
  ];
  return analysePlan({ firstRow: 0, firstColumn: 0, values }, { today: TODAY, fiscalYear: 2567 })
    .plan.measures;
}

const history = (...years: [number, number[]][]): ScoreHistory => ({
  years: years.map(([year, indicators]) => ({ year, indicators, stated: null })),
  weights: DEFAULT_WEIGHTS,
});

const Y2565 = [90, 80, 85.5, 88, 70.25, 82, 79, 81, 60, 70.25];
const Y2566 = [93.66, 88, 90, 91, 84, 86, 85, 87, 72.5, 72.5];

describe("last year's weak points and the measures that answer them", () => {
  it("analyses the latest year before the plan's, against the year before it", () => {
    // 2567's own scores (published at its end) are not what its measures answer.
    const points = weakPointsFor(history([2565, Y2565], [2566, Y2566], [2567, Y2565]), 2567, [], {
      hasStatus: true,
    });
    expect(points?.analysis.year).toBe(2566);
    expect(points?.analysis.change?.previousYear).toBe(2565);
    expect(points?.indicators.map((i) => [i.number, i.score])).toEqual([
      [5, 84],
      [9, 72.5],
      [10, 72.5],
    ]);
  });

  it("has no change when the year before is missing, and nothing without an earlier year", () => {
    expect(
      weakPointsFor(history([2564, Y2565], [2566, Y2566]), 2567, [], { hasStatus: true })?.analysis
        .change
    ).toBeNull();
    expect(weakPointsFor(history([2567, Y2566]), 2567, [], { hasStatus: true })).toBeNull();
    // A year with a missing score is not a year to analyse.
    const partial = [...Y2566.slice(0, 9), null];
    expect(
      weakPointsFor(
        { years: [{ year: 2566, indicators: partial, stated: null }], weights: DEFAULT_WEIGHTS },
        2567,
        [],
        { hasStatus: true }
      )
    ).toBeNull();
  });

  it("links the measures by the plan's indicator cell or their words, with their status, and names the gaps", () => {
    const plan = measures(true);
    const points = weakPointsFor(history([2566, Y2566]), 2567, plan, { hasStatus: true });
    expect(points?.indicators).toEqual([
      { number: 5, score: 84, measures: [] },
      {
        number: 9,
        score: 72.5,
        measures: [
          { index: 0, state: "done" },
          { index: 1, state: "in_progress" },
        ],
      },
      { number: 10, score: 72.5, measures: [] },
    ]);
    expect(points?.gaps).toEqual([5, 10]);
    expect(weakIndicatorLines("th", points!)).toEqual([
      "ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต (84.00) ยังไม่มีมาตรการรองรับ ควรกำหนดมาตรการเพิ่มเติม",
      "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (72.50) มีมาตรการรองรับ 2 มาตรการ (มาตรการที่ 1, 2) แล้วเสร็จ\u00a01\u00a0มาตรการ อยู่ระหว่างดำเนินการ\u00a01\u00a0มาตรการ",
      "ตัวชี้วัดที่ 10 การป้องกันการทุจริต (72.50) ยังไม่มีมาตรการรองรับ ควรกำหนดมาตรการเพิ่มเติม",
    ]);
  });

  it("speaks of reported results in a plan without status, with English plurals", () => {
    const points = weakPointsFor(history([2566, Y2566]), 2567, measures(false), {
      hasStatus: false,
    });
    expect(points?.indicators[1].measures).toEqual([
      { index: 0, state: "with_result" },
      { index: 1, state: "no_result" },
    ]);
    const one = {
      ...points!,
      indicators: [
        { ...points!.indicators[1], measures: [{ index: 0, state: "with_result" as const }] },
      ],
    };
    expect(weakIndicatorLines("en", one)).toEqual([
      "indicator 9 การเปิดเผยข้อมูล (72.50): 1 measure (no. 1): 1\u00a0with a result",
    ]);
    expect(weakIndicatorLines("en", points!)[1]).toBe(
      "indicator 9 การเปิดเผยข้อมูล (72.50): 2 measures (nos. 1, 2): 1\u00a0with a result, 1\u00a0without a result"
    );
  });

  it("says which measures were linked by a proposal from their words, and nothing when the plan states each", () => {
    const plan = measures(true);
    const points = weakPointsFor(history([2566, Y2566]), 2567, plan, { hasStatus: true })!;
    // Measure 1 by its words (เผยแพร่, เว็บไซต์), measure 2 by its cell "9".
    expect(proposedLinksNote("th", points)).toBe(
      "ตัวชี้วัดของมาตรการที่ 1 จับคู่จากถ้อยคำของมาตรการ เนื่องจากแผนยังไม่ได้ระบุตัวชี้วัด"
    );
    expect(proposedLinksNote("en", points, (index) => `(${index + 7})`)).toBe(
      "The indicators of measures no. (7) are matched from their words, as the plan does not state them"
    );
    const stated = points.links.map((link) => ({ ...link, source: "plan" as const }));
    expect(proposedLinksNote("th", { ...points, links: stated })).toBeNull();
  });
});
