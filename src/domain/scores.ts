// ITA scores: the ten indicators, the three tools, the weighted total and the result, as
// ita-framework.md gives them. Weights are the user's (defaults 30/30/40, unconfirmed).
import { foldThaiDigits } from "./thai-text";

export type Tool = "IIT" | "EIT" | "OIT";

export interface Indicator {
  number: number;
  name: string;
  tool: Tool;
}

export const INDICATORS: readonly Indicator[] = [
  { number: 1, name: "การปฏิบัติหน้าที่", tool: "IIT" },
  { number: 2, name: "การใช้งบประมาณ", tool: "IIT" },
  { number: 3, name: "การใช้อำนาจ", tool: "IIT" },
  { number: 4, name: "การใช้ทรัพย์สินของราชการ", tool: "IIT" },
  { number: 5, name: "การแก้ไขปัญหาการทุจริต", tool: "IIT" },
  { number: 6, name: "คุณภาพการดำเนินงาน", tool: "EIT" },
  { number: 7, name: "ประสิทธิภาพการสื่อสาร", tool: "EIT" },
  { number: 8, name: "การปรับปรุงระบบการทำงาน", tool: "EIT" },
  { number: 9, name: "การเปิดเผยข้อมูล", tool: "OIT" },
  { number: 10, name: "การป้องกันการทุจริต", tool: "OIT" },
];

export const TOOLS: readonly Tool[] = ["IIT", "EIT", "OIT"];
export type ToolWeights = Record<Tool, number>;
export const DEFAULT_WEIGHTS: ToolWeights = { IIT: 30, EIT: 30, OIT: 40 };

export const PASS_MARK = 85;
/** Results were letter grades up to this fiscal year, pass/fail from the next. */
export const LAST_LETTER_GRADE_YEAR = 2565;

export const GRADE_BANDS: readonly { grade: string; from: number }[] = [
  { grade: "AA", from: 95 },
  { grade: "A", from: 85 },
  { grade: "B", from: 75 },
  { grade: "C", from: 65 },
  { grade: "D", from: 55 },
  { grade: "E", from: 50 },
  { grade: "F", from: 0 },
];

export interface ScoreWarning {
  code: "stated_differs" | "stated_impossible";
  params: Record<string, number>;
}

export interface YearScores {
  year: number;
  indicators: number[];
  tools: Record<Tool, number>;
  total: number;
  /** The letter grade for years up to 2565, null after. */
  grade: string | null;
  pass: boolean;
  stated: number | null;
  warnings: ScoreWarning[];
}

export function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

export function letterGrade(total: number): string {
  return GRADE_BANDS.find((band) => round2(total) >= band.from)!.grade;
}

export class ScoreInputError extends Error {
  constructor(
    readonly reason: "count" | "range" | "year" | "weights" | "passMark",
    detail: string,
    /** The command-line option the scores came from, when not the year's own (--previous). */
    readonly option?: string
  ) {
    super(`${reason}: ${detail}`);
    this.name = "ScoreInputError";
  }
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function computeScores(
  year: number,
  indicators: readonly number[],
  options: { stated?: number | null; weights?: ToolWeights } = {}
): YearScores {
  if (!Number.isInteger(year) || year < 2500 || year > 2700) {
    throw new ScoreInputError("year", String(year));
  }
  if (indicators.length !== INDICATORS.length) {
    throw new ScoreInputError("count", String(indicators.length));
  }
  const bad = indicators.find((score) => !Number.isFinite(score) || score < 0 || score > 100);
  if (bad !== undefined) throw new ScoreInputError("range", String(bad));
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const weightSum = TOOLS.reduce((sum, tool) => sum + weights[tool], 0);
  if (!(weightSum > 0) || TOOLS.some((tool) => weights[tool] < 0)) {
    throw new ScoreInputError("weights", JSON.stringify(weights));
  }
  const tools = Object.fromEntries(
    TOOLS.map((tool) => [
      tool,
      mean(INDICATORS.filter((i) => i.tool === tool).map((i) => indicators[i.number - 1])),
    ])
  ) as Record<Tool, number>;
  const total = TOOLS.reduce((sum, tool) => sum + tools[tool] * weights[tool], 0) / weightSum;
  const stated = options.stated ?? null;
  const warnings: ScoreWarning[] = [];
  const largest = Math.max(...TOOLS.map((tool) => tools[tool]));
  if (stated !== null && round2(stated) > round2(largest)) {
    warnings.push({
      code: "stated_impossible",
      params: { stated: round2(stated), largest: round2(largest) },
    });
  } else if (stated !== null && Math.abs(stated - total) > 0.01 + 1e-9) {
    warnings.push({
      code: "stated_differs",
      params: { stated: round2(stated), computed: round2(total) },
    });
  }
  return {
    year,
    indicators: indicators.map(round2),
    tools: { IIT: round2(tools.IIT), EIT: round2(tools.EIT), OIT: round2(tools.OIT) },
    total: round2(total),
    grade: year <= LAST_LETTER_GRADE_YEAR ? letterGrade(total) : null,
    pass: round2(total) >= PASS_MARK,
    stated,
    warnings,
  };
}

const SCORE_LINE = /ตัวชี้วัด(?:ที่)?\s*(\d{1,2})\D*?(\d{1,3}(?:\.\d+)?)\s*(?:คะแนน|$)/;

/** Reads score lines as reports print them ("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ 93.66 คะแนน"),
 * Thai or Arabic digits; returns the indicators found, by number. */
export function parseScoreLines(text: string): Map<number, number> {
  const found = new Map<number, number>();
  for (const line of foldThaiDigits(text).split(/\r?\n/)) {
    const match = SCORE_LINE.exec(line.trim());
    if (!match) continue;
    const indicator = Number(match[1]);
    const score = Number(match[2]);
    if (indicator >= 1 && indicator <= 10 && score >= 0 && score <= 100)
      found.set(indicator, score);
  }
  return found;
}
