import { computeScores } from "../../src/domain/scores";
import {
  linkMeasures,
  proposeIndicators,
  statedIndicators,
} from "../../src/domain/scores/indicator-links";
import { analyseScores, weakIndicators } from "../../src/domain/scores/score-analysis";
import { scoreAnalysisSentences } from "../../src/i18n/score-messages";
import { analysePlan } from "../../src/domain/plan-analysis";
import { pastedSeedTables, SEEDS } from "../support/seed-paste";

// Two published-looking years: 2565 (letter grades) and 2566 (pass/fail against 85). Changes
// are between the printed (two-decimal) figures, worked by hand: OIT 65.13 → 72.50 is +7.37.
const Y2565 = computeScores(2565, [90, 80, 85.5, 88, 70.25, 82, 79, 81, 60, 70.25]);
const Y2566 = computeScores(2566, [93.66, 88, 90, 91, 84, 86, 85, 87, 72.5, 72.5]);

describe("the analysis of a year's ITA scores", () => {
  it("names the lowest indicators, keeping ties", () => {
    const analysis = analyseScores(Y2566);
    expect(analysis.lowest).toEqual([
      { number: 9, score: 72.5 },
      { number: 10, score: 72.5 },
    ]);
  });

  it("lists the tools and indicators under the pass mark, and the change since last year", () => {
    const analysis = analyseScores(Y2566, Y2565);
    expect(analysis.passMark).toBe(85);
    expect(analysis.belowPass.tools).toEqual([{ tool: "OIT", score: 72.5 }]);
    expect(analysis.belowPass.indicators.map((i) => i.number)).toEqual([5, 9, 10]);
    expect(analysis.change).toMatchObject({
      previousYear: 2565,
      tools: { IIT: 6.58, EIT: 5.33, OIT: 7.37 },
      total: 6.52,
    });
    expect(analysis.nationalAverage).toBe(90.19);
    expect(weakIndicators(analysis)).toEqual([5, 9, 10]);
  });

  it("has no change without a previous year, and takes the user's boundary for letter-grade years", () => {
    const analysis = analyseScores(Y2565, null, { passMark: 75 });
    expect(analysis.change).toBeNull();
    expect(analysis.belowPass.indicators.map((i) => i.number)).toEqual([5, 9, 10]);
    expect(analysis.nationalAverage).toBe(87.57);
    // A later year is never "previous".
    expect(analyseScores(Y2565, Y2566).change).toBeNull();
  });

  it("judges a pass/fail year (2566 on) against 85 whatever boundary was chosen", () => {
    const analysis = analyseScores(Y2566, Y2565, { passMark: 75 });
    expect(analysis.passMark).toBe(85);
    expect(analysis.belowPass.indicators.map((i) => i.number)).toEqual([5, 9, 10]);
  });

  // One set of scores over the years (IIT 75.40, EIT 76.83, OIT 72.50, total 74.67 by hand):
  // letter grades to 2565 (85 unless a boundary is chosen),
  // pass/fail after; the national average only where ita-framework.md gives one (none for 2567).
  it.each([
    [2564, "C", false, 81.25],
    [2565, "C", false, 87.57],
    [2566, null, false, 90.19],
    [2567, null, false, null],
    [2568, null, false, 93.82],
  ])(
    "in %i: grade %p, pass %p, national average %p, three lowest tied",
    (year, grade, pass, average) => {
      const scores = computeScores(year, [70, 88, 64.5, 64.5, 90, 80, 64.5, 86, 70, 75]);
      expect([scores.grade, scores.pass, scores.total]).toEqual([grade, pass, 74.67]);
      const previous = computeScores(year - 1, [70, 88, 64.5, 64.5, 90, 80, 64.5, 86, 70, 70]);
      const analysis = analyseScores(scores, previous);
      expect(analysis.lowest.map((i) => i.number)).toEqual([3, 4, 7]);
      expect(analysis.passMark).toBe(85);
      expect(analysis.belowPass.tools.map((t) => t.tool)).toEqual(["IIT", "EIT", "OIT"]);
      expect(analysis.belowPass.indicators.map((i) => i.number)).toEqual([1, 3, 4, 6, 7, 9, 10]);
      // OIT 70 → 72.5: +2.50, the total +1.00 (40 % of it).
      expect(analysis.change).toMatchObject({
        previousYear: year - 1,
        total: 1,
        tools: { OIT: 2.5 },
      });
      expect(analysis.nationalAverage).toBe(average);
      expect(analyseScores(scores).change).toBeNull();
    }
  );

  it("falls back to the lowest indicators when nothing is under the mark", () => {
    const strong = computeScores(2568, [99, 98, 97, 96, 95, 94, 93, 92, 91, 90]);
    const analysis = analyseScores(strong);
    expect(analysis.belowPass).toEqual({ tools: [], indicators: [] });
    expect(weakIndicators(analysis)).toEqual([10]);
  });

  it("says so in Thai and English sentences from the catalogue", () => {
    const analysis = analyseScores(Y2566, Y2565);
    expect(scoreAnalysisSentences("th", analysis)).toEqual([
      "ผลการประเมินปี 2566 ตัวชี้วัดที่ได้คะแนนต่ำสุดคือ ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (72.50), ตัวชี้วัดที่ 10 การป้องกันการทุจริต (72.50)",
      "เครื่องมือและตัวชี้วัดที่ต่ำกว่าเกณฑ์ 85 คะแนน ได้แก่ OIT 72.50, ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต (84.00), ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (72.50), ตัวชี้วัดที่ 10 การป้องกันการทุจริต (72.50)",
      "เทียบกับปี 2565 คะแนนรวมเปลี่ยนไป +6.52 (IIT +6.58 EIT +5.33 OIT +7.37)",
      "ค่าเฉลี่ยของหน่วยงานทั้งประเทศปี 2566 คือ 90.19 คะแนน",
    ]);
    const english = scoreAnalysisSentences(
      "en",
      analyseScores(computeScores(2567, Y2566.indicators))
    );
    // English sentences end with a full stop (the pane runs them into one paragraph); a tie
    // has its plural.
    expect(english).toEqual([
      "In 2567 the lowest indicators were indicator 9 การเปิดเผยข้อมูล (72.50), indicator 10 การป้องกันการทุจริต (72.50).",
      "Below the mark of 85: OIT 72.50, indicator 5 การแก้ไขปัญหาการทุจริต (84.00), indicator 9 การเปิดเผยข้อมูล (72.50), indicator 10 การป้องกันการทุจริต (72.50).",
    ]);
    expect(scoreAnalysisSentences("en", analyseScores(Y2566, Y2565)).slice(2)).toEqual([
      "Against 2565 the total changed by +6.52 (IIT +6.58 EIT +5.33 OIT +7.37).",
      "The national average for 2566 was 90.19.",
    ]);
    expect(scoreAnalysisSentences("en", analyseScores(Y2565))[0]).toBe(
      "In 2565 the lowest indicator was indicator 9 การเปิดเผยข้อมูล (60.00)."
    );
  });
});

describe("measures linked to indicators", () => {
  it("reads the plan's indicator cell in Thai or Arabic digits", () => {
    expect(statedIndicators("2, 9")).toEqual([2, 9]);
    expect(statedIndicators("๕")).toEqual([5]);
    expect(statedIndicators("11 หรือ 0")).toEqual([]);
    expect(statedIndicators(null)).toEqual([]);
  });

  it("proposes indicators from the measure's words, its name weighing more than its method", () => {
    expect(proposeIndicators("ควรมีนโยบายด้านความ โปร่งใสในการดำเนินการจัดซื้อ จัดจ้าง")).toEqual([2, 9]);
    expect(proposeIndicators("การเผยแพร่ข้อมูลข่าวสาร")).toEqual([7, 9]);
    expect(proposeIndicators("การใช้ดุลยพินิจ และอำนาจหน้าที่")).toEqual([3]);
    expect(proposeIndicators("จัดทำช่องทางการบริการประชาชนผ่านระบบออนไลน์ (E-Service)")).toEqual([8, 7]);
    // One method word alone proposes nothing.
    expect(proposeIndicators("ประชุมประจำเดือน", "๑. จัดทำรายงาน ๒. ประชาสัมพันธ์")).toEqual([]);
  });

  it("proposes a measure named by its indicator for that one, not for what its steps touch", () => {
    // Seed 001 sets its measures out by indicator; the publicity step is no communication measure.
    expect(
      proposeIndicators("การปฏิบัติหน้าที่", "๑. จัดคู่มือมาตรฐานการปฏิบัติงาน ๒. ประชาสัมพันธ์คู่มือผ่านช่องทางต่าง ๆ")
    ).toEqual([1]);
  });

  it("reads the fiscal year (ปีงบประมาณ) as no budget", () => {
    expect(proposeIndicators("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๖๗")).toEqual([10]);
  });

  it("gives a tie to the indicator the measure's name speaks of", () => {
    expect(proposeIndicators("ประชาสัมพันธ์กิจกรรม", "เบิกจ่ายงบประมาณ")).toEqual([7, 2]);
    // Seed 002's third measure: putting the municipality's results on its website is disclosure.
    expect(
      proposeIndicators(
        "๓. การประชาสัมพันธ์ ข้อมูลผลการ ดำเนินงาน",
        "-จัดเตรียมข้อมูลผลการดำเนินงาน ของเทศบาล การจัดซื้อจัดจ้าง การใช้จ่าย งบประมาณ ที่เป็นปัจจุบัน - ประชาสัมพันธ์บนเว็บไซต์ ของเทศบาล"
      )
    ).toEqual([9, 7]);
  });

  it("proposes for every measure of the seed plans what a clerk checked by hand would accept", () => {
    // Seed 000's two tables hold the same seven measures; 001 is set out by indicator; 002 is the
    // memo's plan. Checked by hand (issue 19): all 18 accepted, 1 and 13 only weakly (the ITA's
    // own name, คุณธรรม, gives indicator 10).
    const proposals = [SEEDS.ayutthaya, SEEDS.wangsaphung, SEEDS.memo].map((seed) => {
      const { plan } = analysePlan(
        { firstRow: 0, firstColumn: 0, values: pastedSeedTables(seed)[0] },
        { today: new Date(Date.UTC(2024, 0, 1)) }
      );
      return plan.measures.map((m) => proposeIndicators(m.text.measure, m.text.method));
    });
    expect(proposals).toEqual([
      [[10], [9, 2], [10], [7, 9], [3], [8], [1]],
      [[1], [2], [3], [4], [10, 5]],
      [[10], [1, 8], [9, 7], [8, 7], [5, 10], [3, 10]],
    ]);
  });

  it("keeps the plan's own links and proposes the rest", () => {
    const links = linkMeasures([
      { measure: "มาตรการป้องกันผลประโยชน์ทับซ้อน", indicatorCell: "" },
      { measure: "เผยแพร่ข้อมูลการจัดซื้อจัดจ้างทางเว็บไซต์", indicatorCell: "9" },
    ]);
    expect(links).toEqual([
      { measure: 0, indicators: [1], source: "proposed" },
      { measure: 1, indicators: [9], source: "plan" },
    ]);
  });
});
