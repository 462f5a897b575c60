// Which ITA indicators a measure is meant to raise: the plan's indicator column where the user
// filled it, otherwise a proposal from the measure's words, for the user to confirm (never
// written silently). The words are those real plans use for each indicator's subject.
import { INDICATORS } from "../scores";
import { foldThaiDigits } from "../thai-text";

/** Typical words of each indicator (1-10), matched without spaces or case. */
const INDICATOR_WORDS: Readonly<Record<number, readonly string[]>> = {
  1: [
    "ปฏิบัติหน้าที่",
    "คู่มือการปฏิบัติงาน",
    "มาตรฐานการปฏิบัติงาน",
    "ผลประโยชน์ทับซ้อน",
    "ผลประโยชน์ส่วนตน",
    "ผลประโยชน์ส่วนตัว",
    "ปฏิบัติงาน",
  ],
  2: ["งบประมาณ", "จัดซื้อจัดจ้าง", "การเงิน", "ใช้จ่าย", "เบิกจ่าย"],
  3: ["ดุลยพินิจ", "ใช้อำนาจ", "บริหารงานบุคคล", "มอบหมายงาน", "แต่งตั้ง", "โยกย้าย"],
  4: ["ทรัพย์สินของราชการ", "ทรัพย์สินราชการ", "ยืมพัสดุ", "ยืมใช้", "รถส่วนกลาง"],
  5: ["ร้องเรียน", "ร้องเรียนการทุจริต", "แก้ไขปัญหาการทุจริต", "nogift", "ของขวัญ", "สินบน"],
  6: ["คุณภาพการให้บริการ", "ความพึงพอใจ", "ให้บริการ", "ลดขั้นตอน"],
  7: ["ประชาสัมพันธ์", "สื่อสาร", "ช่องทาง", "facebook", "ข่าวสาร"],
  8: ["e-service", "eservice", "ออนไลน์", "ปรับปรุงระบบ", "พัฒนาระบบ", "มีส่วนร่วม", "กระบวนการปฏิบัติงาน"],
  9: ["เปิดเผยข้อมูล", "เผยแพร่", "เว็บไซต์", "ข้อมูลสาธารณะ", "จัดซื้อจัดจ้าง", "ข้อมูลผลการดำเนินงาน"],
  10: ["ป้องกันการทุจริต", "ทุจริต", "ประพฤติมิชอบ", "จริยธรรม", "คุณธรรม", "เจตจำนง"],
};

const fold = (text: string) => foldThaiDigits(text).toLowerCase().replace(/\s+/g, "");

/** Indicator numbers written in the plan's indicator cell ("2, 9", "๕"), in range. */
export function statedIndicators(cell: unknown): number[] {
  const numbers = fold(String(cell ?? "")).match(/\d{1,2}/g) ?? [];
  return [...new Set(numbers.map(Number).filter((n) => n >= 1 && n <= 10))];
}

/** Words that hold an indicator's word without its subject: the fiscal year (ปีงบประมาณ) is no
 * budget. Taken out of the text before the words are looked for. */
const NOT_A_SUBJECT = ["ปีงบประมาณ"];

const withoutNonSubjects = (text: string) =>
  NOT_A_SUBJECT.reduce((rest, phrase) => rest.split(phrase).join("|"), text);

/** An indicator's own name in a measure's name (plans set out by indicator: "การใช้งบประมาณ")
 * weighs as much as two of its words there. */
const OWN_NAME_WEIGHT = 2;

/**
 * Up to two indicators whose words the measure uses most; its name counts twice its method, which
 * often lists steps touching several subjects, so a word met only once in the method, or far
 * behind the best, proposes nothing (ties go to the one its name speaks of more, then the lower
 * number).
 */
export function proposeIndicators(measure: string, method = "", limit = 2): number[] {
  const [name, steps] = [withoutNonSubjects(fold(measure)), withoutNonSubjects(fold(method))];
  return Object.entries(INDICATOR_WORDS)
    .map(([number, words]) => {
      const ownName = name.includes(fold(INDICATORS[Number(number) - 1].name));
      const named =
        words.filter((word) => name.includes(word)).length + (ownName ? OWN_NAME_WEIGHT : 0);
      const inSteps = words.filter((word) => steps.includes(word)).length;
      return { number: Number(number), named, hits: 2 * named + inSteps };
    })
    .sort((a, b) => b.hits - a.hits || b.named - a.named || a.number - b.number)
    .filter((candidate, _, [best]) => candidate.hits >= Math.max(2, best.hits / 2))
    .slice(0, limit)
    .map((candidate) => candidate.number);
}

export interface MeasureLink {
  /** The measure's index in the plan. */
  measure: number;
  indicators: number[];
  /** "plan": from its indicator cell; "proposed": from its words, to be confirmed. */
  source: "plan" | "proposed";
}

export function linkMeasures(
  measures: readonly { measure: string; method?: string; indicatorCell?: unknown }[]
): MeasureLink[] {
  return measures.map((row, index) => {
    const stated = statedIndicators(row.indicatorCell);
    return stated.length > 0
      ? { measure: index, indicators: stated, source: "plan" }
      : {
          measure: index,
          indicators: proposeIndicators(row.measure, row.method),
          source: "proposed",
        };
  });
}
