// The ITA scores sheet as data: indicators down, fiscal years across, the tools, total and
// result as Excel formulas so the sheet works without the add-in; weights visible and editable.
import { columnLetter } from "./a1";
import type { CellValue } from "./plan-layout";
import type { ScoreHistory, ScoreYearInput } from "./scores/score-history";
import {
  DEFAULT_WEIGHTS,
  GRADE_BANDS,
  INDICATORS,
  LAST_LETTER_GRADE_YEAR,
  PASS_MARK,
  Tool,
  TOOLS,
} from "./scores";
import { foldThaiDigits } from "./thai-text";

export const SCORES_SHEET_BASE = "คะแนน ITA";
import { SCORE_TABLE_NAME } from "./sheet-names";
export { SCORE_TABLE_NAME };
export const STATED_NAME = "ITA_StatedTotals";
export const WEIGHTS_NAME = "ITA_Weights";
export const PASS_MARK_NAME = "ITA_PassMark";
export const SCORE_YEARS = 4;

/** Rows (1-based) of the parts of the sheet. */
export const SCORE_ROWS = {
  header: 3,
  firstIndicator: 4,
  tools: { IIT: 14, EIT: 15, OIT: 16 },
  total: 17,
  stated: 18,
  result: 19,
  check: 20,
  firstWeight: 22,
  /** The mark a letter-grade year (to 2565) is analysed against; 85 unless the user sets it. */
  passMark: 26,
} as const;

export interface ScoresSheetSpec {
  sheet: string;
  /** Cells by A1 address: a value, or a formula starting with "=". */
  cells: {
    address: string;
    content: string | number;
    style?: "title" | "header" | "input" | "formula";
  }[];
  names: { name: string; reference: string }[];
  yearColumns: string[];
}

function toolRange(letter: string, tool: string): string {
  const rows = INDICATORS.filter((i) => i.tool === tool).map(
    (i) => SCORE_ROWS.firstIndicator + i.number - 1
  );
  return `${letter}${Math.min(...rows)}:${letter}${Math.max(...rows)}`;
}

export function buildScoresSheet(sheet: string, fiscalYear: number): ScoresSheetSpec {
  const cells: ScoresSheetSpec["cells"] = [
    { address: "A1", content: "คะแนนการประเมิน ITA (กรอกคะแนนในช่องสีเหลือง)", style: "title" },
    { address: `A${SCORE_ROWS.header}`, content: "ตัวชี้วัด", style: "header" },
    { address: `B${SCORE_ROWS.header}`, content: "เครื่องมือ", style: "header" },
  ];
  INDICATORS.forEach((indicator, index) => {
    const row = SCORE_ROWS.firstIndicator + index;
    cells.push(
      { address: `A${row}`, content: `${indicator.number} ${indicator.name}` },
      { address: `B${row}`, content: indicator.tool }
    );
  });
  const labels: [number, string][] = [
    [SCORE_ROWS.tools.IIT, "IIT (เฉลี่ยตัวชี้วัด 1-5)"],
    [SCORE_ROWS.tools.EIT, "EIT (เฉลี่ยตัวชี้วัด 6-8)"],
    [SCORE_ROWS.tools.OIT, "OIT (เฉลี่ยตัวชี้วัด 9-10)"],
    [SCORE_ROWS.total, "คะแนนรวม (คำนวณตามน้ำหนัก)"],
    [SCORE_ROWS.stated, "คะแนนรวมที่ประกาศ (ถ้ามี)"],
    [
      SCORE_ROWS.result,
      `ผล (ถึงปี ${LAST_LETTER_GRADE_YEAR}: ระดับ; ตั้งแต่ปี ${LAST_LETTER_GRADE_YEAR + 1}: ผ่าน/ไม่ผ่านเกณฑ์ ${PASS_MARK})`,
    ],
    [SCORE_ROWS.check, "ตรวจสอบคะแนนรวมที่ประกาศ"],
  ];
  for (const [row, label] of labels)
    cells.push({ address: `A${row}`, content: label, style: "header" });
  TOOLS.forEach((tool, index) => {
    const row = SCORE_ROWS.firstWeight + index;
    cells.push(
      { address: `A${row}`, content: `น้ำหนัก ${tool} (ร้อยละ)` },
      { address: `B${row}`, content: DEFAULT_WEIGHTS[tool], style: "input" }
    );
  });
  cells.push(
    {
      address: `A${SCORE_ROWS.passMark}`,
      content: `เกณฑ์ผ่าน ปีที่ประกาศผลเป็นระดับ (ถึง ${LAST_LETTER_GRADE_YEAR})`,
    },
    { address: `B${SCORE_ROWS.passMark}`, content: PASS_MARK, style: "input" }
  );
  const weights = `$B$${SCORE_ROWS.firstWeight}:$B$${SCORE_ROWS.firstWeight + 2}`;
  const [wI, wE, wO] = [0, 1, 2].map((offset) => `$B$${SCORE_ROWS.firstWeight + offset}`);
  // LOOKUP wants the band floors ascending.
  const floors = [...GRADE_BANDS].reverse();
  const bands = `{${floors.map((band) => band.from).join(",")}}`;
  const grades = `{${floors.map((band) => `"${band.grade}"`).join(",")}}`;
  const yearColumns: string[] = [];
  for (let index = 0; index < SCORE_YEARS; index++) {
    const letter = columnLetter(2 + index);
    yearColumns.push(letter);
    const year = fiscalYear - (SCORE_YEARS - 1) + index;
    const at = (row: number) => `${letter}${row}`;
    const { IIT, EIT, OIT } = SCORE_ROWS.tools;
    cells.push({ address: at(SCORE_ROWS.header), content: year, style: "header" });
    for (let row = SCORE_ROWS.firstIndicator; row < SCORE_ROWS.firstIndicator + 10; row++) {
      cells.push({ address: at(row), content: "", style: "input" });
    }
    for (const tool of TOOLS) {
      const range = toolRange(letter, tool);
      const count = INDICATORS.filter((i) => i.tool === tool).length;
      cells.push({
        address: at(SCORE_ROWS.tools[tool]),
        content: `=IF(COUNT(${range})=${count},ROUND(AVERAGE(${range}),2),"")`,
        style: "formula",
      });
    }
    cells.push(
      {
        address: at(SCORE_ROWS.total),
        content: `=IF(COUNT(${at(IIT)}:${at(OIT)})=3,ROUND((${at(IIT)}*${wI}+${at(EIT)}*${wE}+${at(OIT)}*${wO})/SUM(${weights}),2),"")`,
        style: "formula",
      },
      { address: at(SCORE_ROWS.stated), content: "", style: "input" },
      {
        address: at(SCORE_ROWS.result),
        content: `=IF(${at(SCORE_ROWS.total)}="","",IF(${at(SCORE_ROWS.header)}<=${LAST_LETTER_GRADE_YEAR},LOOKUP(${at(SCORE_ROWS.total)},${bands},${grades}),IF(${at(SCORE_ROWS.total)}>=${PASS_MARK},"ผ่าน","ไม่ผ่าน")))`,
        style: "formula",
      },
      {
        address: at(SCORE_ROWS.check),
        content:
          `=IF(OR(${at(SCORE_ROWS.stated)}="",${at(SCORE_ROWS.total)}=""),"",` +
          `IF(${at(SCORE_ROWS.stated)}>MAX(${at(IIT)}:${at(OIT)})+0.005,"เป็นไปไม่ได้: สูงกว่าคะแนนเครื่องมือสูงสุด "&TEXT(MAX(${at(IIT)}:${at(OIT)}),"0.00"),` +
          `IF(ABS(${at(SCORE_ROWS.stated)}-${at(SCORE_ROWS.total)})>0.01,"ต่างจากที่คำนวณ: "&TEXT(${at(SCORE_ROWS.stated)},"0.00")&" กับ "&TEXT(${at(SCORE_ROWS.total)},"0.00"),"ตรงกัน")))`,
        style: "formula",
      }
    );
  }
  const last = yearColumns[yearColumns.length - 1];
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return {
    sheet,
    cells,
    yearColumns,
    // The names cover plain inputs only, so reading them never depends on calculation.
    names: [
      {
        name: SCORE_TABLE_NAME,
        reference: `=${quoted}!$A$${SCORE_ROWS.header}:$${last}$${SCORE_ROWS.firstIndicator + 9}`,
      },
      {
        name: STATED_NAME,
        reference: `=${quoted}!$A$${SCORE_ROWS.stated}:$${last}$${SCORE_ROWS.stated}`,
      },
      { name: WEIGHTS_NAME, reference: `=${quoted}!${weights}` },
      { name: PASS_MARK_NAME, reference: `=${quoted}!$B$${SCORE_ROWS.passMark}` },
    ],
  };
}

function scoreValue(value: CellValue | undefined): number | null {
  if (value === null || value === undefined || value === "") return null;
  const number = typeof value === "number" ? value : Number(foldThaiDigits(String(value)).trim());
  return Number.isFinite(number) && number >= 0 && number <= 100 ? number : null;
}

/** The scores the sheet holds: the table (years and indicators), the stated totals row, the
 * weights column and the letter-grade years' pass mark (sheets made before it have none). */
export function scoreHistoryFrom(
  table: CellValue[][],
  stated: CellValue[][],
  weights: CellValue[][],
  passMark: CellValue[][] = []
): ScoreHistory {
  const years: ScoreYearInput[] = [];
  const header = table[0] ?? [];
  for (let column = 2; column < header.length; column++) {
    const year = Number(foldThaiDigits(String(header[column] ?? "")));
    if (!Number.isInteger(year) || year < 2500) continue;
    const indicators = INDICATORS.map((_, index) => scoreValue(table[1 + index]?.[column]));
    const statedTotal = scoreValue(stated[0]?.[column]);
    if (indicators.some((score) => score !== null)) {
      years.push({ year, indicators, stated: statedTotal });
    }
  }
  const weight = (index: number, tool: Tool) => {
    const value = Number(weights[index]?.[0]);
    return Number.isFinite(value) && value >= 0 ? value : DEFAULT_WEIGHTS[tool];
  };
  const mark = scoreValue(passMark[0]?.[0]);
  return {
    years,
    weights: { IIT: weight(0, "IIT"), EIT: weight(1, "EIT"), OIT: weight(2, "OIT") },
    ...(mark === null ? {} : { passMark: mark }),
  };
}
