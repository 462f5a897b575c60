import {
  computeScores,
  letterGrade,
  parseScoreLines,
  ScoreInputError,
} from "../../src/domain/scores";

const SCORES = [93.66, 90, 88.5, 91, 85, 80.25, 79, 82, 70, 65];

describe("ITA scores", () => {
  it("takes each tool as the mean of its indicators and weights the total 30/30/40", () => {
    const scores = computeScores(2566, SCORES);
    expect(scores.tools).toEqual({ IIT: 89.63, EIT: 80.42, OIT: 67.5 });
    // (89.632*30 + 80.4167*30 + 67.5*40) / 100
    expect(scores.total).toBe(78.01);
    expect(scores).toMatchObject({ grade: null, pass: false, warnings: [] });
  });

  it("uses the user's weights", () => {
    expect(computeScores(2566, SCORES, { weights: { IIT: 1, EIT: 1, OIT: 1 } }).total).toBe(79.18);
  });

  it("gives letter grades up to 2565 and pass/fail against 85 from 2566", () => {
    expect(letterGrade(59.42)).toBe("D");
    expect([95, 94.99, 85, 84.99, 75, 65, 55, 50, 49.99].map(letterGrade)).toEqual([
      "AA",
      "A",
      "A",
      "B",
      "B",
      "C",
      "D",
      "E",
      "F",
    ]);
    const flat = (score: number) => Array(10).fill(score);
    expect(computeScores(2565, flat(85))).toMatchObject({ grade: "A", pass: true });
    expect(computeScores(2566, flat(85))).toMatchObject({ grade: null, pass: true });
    expect(computeScores(2566, flat(84.99))).toMatchObject({ pass: false });
  });

  it("warns when the stated total differs by more than 0.01, or is impossible", () => {
    expect(computeScores(2566, SCORES, { stated: 78.02 }).warnings).toEqual([]);
    expect(computeScores(2566, SCORES, { stated: 78.5 }).warnings).toEqual([
      { code: "stated_differs", params: { stated: 78.5, computed: 78.01 } },
    ]);
    expect(computeScores(2566, SCORES, { stated: 90 }).warnings).toEqual([
      { code: "stated_impossible", params: { stated: 90, largest: 89.63 } },
    ]);
  });

  it.each([
    [2566, SCORES.slice(1), "count"],
    [2566, [...SCORES.slice(1), 101], "range"],
    [2566, [...SCORES.slice(1), NaN], "range"],
    [2023, SCORES, "year"],
  ])("refuses year %p with scores %p (%s)", (year, scores, reason) => {
    expect(() => computeScores(year, scores)).toThrow(ScoreInputError);
    expect(() => computeScores(year, scores)).toThrow(new RegExp(`^${reason}`));
  });

  it("reads score lines as reports print them, Thai or Arabic digits", () => {
    const text = [
      "ผลการประเมิน ITA ประจำปี ๒๕๖๖",
      "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ๙๓.๖๖ คะแนน",
      "ตัวชี้วัดที่ 2 การใช้งบประมาณ 90.00 คะแนน",
      "ตัวชี้วัดที่ 10 การป้องกันการทุจริต 65 คะแนน",
      "คะแนนรวม 88.50",
    ].join("\n");
    expect([...parseScoreLines(text).entries()]).toEqual([
      [1, 93.66],
      [2, 90],
      [10, 65],
    ]);
  });
});
