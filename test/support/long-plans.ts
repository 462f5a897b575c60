// Plans that push the report's page layout: one result far longer than Excel's tallest row
// (about 6,000 characters of numbered items, as real results of eight items and more run), and
// 200 short measures over many pages. Results-type plans, as most real ones are (no status).
import type { CellValue } from "../../src/domain/plan-layout";

export const RESULTS_HEADER: CellValue[] = [
  "มาตรการ",
  "วิธีดำเนินการ",
  "ผู้รับผิดชอบ",
  "ระยะเวลา",
  "ผลการดำเนินการ",
  "ข้อเสนอแนะ",
];

const ITEM =
  "จัดประชุมชี้แจงแนวทางการปฏิบัติงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส " +
  "ให้แก่พนักงานเทศบาลและพนักงานจ้าง พร้อมเผยแพร่ประกาศ คู่มือ และผลการดำเนินงาน " +
  "ทางเว็บไซต์ของหน่วยงานและช่องทางสื่อสังคมออนไลน์ เพื่อให้ประชาชนตรวจสอบได้";

/** About `length` characters of numbered items (๑. … ๒. …), one per line. */
export function longResult(length: number): string {
  const items: string[] = [];
  for (let n = 1; items.join("\n").length < length; n++) items.push(`${n}. ${ITEM} (ครั้งที่ ${n})`);
  return items.join("\n");
}

const row = (measure: string, result: string, owner = "สำนักปลัดเทศบาล"): CellValue[] => [
  measure,
  "ดำเนินการตามแผนและรายงานผลต่อผู้บริหาร",
  owner,
  "ต.ค. 2565 - ก.ย. 2566",
  result,
  "ควรดำเนินการต่อเนื่อง",
];

export function longCellPlan(): CellValue[][] {
  return [
    ["รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566"],
    ["เทศบาลตำบลทดสอบ อำเภอเมือง จังหวัดเลย"],
    [],
    RESULTS_HEADER,
    row("การเปิดเผยข้อมูลสาธารณะ", "เผยแพร่ข้อมูลครบถ้วนทุกรายการ"),
    row("การส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง", longResult(6_000), "กองคลัง"),
    row("การป้องกันการรับสินบน", "ประกาศนโยบาย No Gift Policy แล้ว"),
  ];
}

export function manyMeasuresPlan(count: number): CellValue[][] {
  const units = ["สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง", "กองการศึกษา"];
  return [
    ["รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566"],
    ["องค์การบริหารส่วนตำบลทดสอบ อำเภอเมือง จังหวัดเลย"],
    [],
    RESULTS_HEADER,
    ...Array.from({ length: count }, (_, index) =>
      row(`มาตรการที่ ${index + 1} ส่งเสริมคุณธรรม`, "ดำเนินการแล้ว", units[index % units.length])
    ),
  ];
}
