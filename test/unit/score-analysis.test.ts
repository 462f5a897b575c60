import { computeScores } from "../../src/domain/scores";
import {
  linkMeasures,
  proposeIndicators,
  statedIndicators,
} from "../../src/domain/scores/indicator-links";
import { analyseScores, weakIndicators } from "../../src/domain/scores/score-analysis";
import { scoreAnalysisSentences } from "../../src/i18n/score-messages";

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
    expect(english).toEqual([
      "In 2567 the lowest indicator was indicator 9 การเปิดเผยข้อมูล (72.50), indicator 10 การป้องกันการทุจริต (72.50)",
      "Below the mark of 85: OIT 72.50, indicator 5 การแก้ไขปัญหาการทุจริต (84.00), indicator 9 การเปิดเผยข้อมูล (72.50), indicator 10 การป้องกันการทุจริต (72.50)",
    ]);
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
