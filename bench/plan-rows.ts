// Plans of any size for the benchmarks: rows of the template's columns, the same measure text
// each time with its number, spread over three units, all in progress.
import { TEMPLATE_COLUMNS } from "../src/domain/plan-columns";

export const METHOD =
  "๑. จัดทำแผนและประกาศให้ประชาชนทราบผ่านเว็บไซต์ของหน่วยงาน\n๒. ดำเนินการตามแผนและติดตามผลทุกไตรมาส\n๓. สรุปผลการดำเนินการเสนอผู้บริหาร";

export const RESULT = "ดำเนินการตามแผนครบทุกขั้นตอนและรายงานผลแล้ว";

export function planRows(measures: number): (string | number | boolean)[][] {
  return Array.from({ length: measures }, (_, index) =>
    TEMPLATE_COLUMNS.map((column) => {
      if (column.key === "number") return index + 1;
      if (column.key === "measure") return `มาตรการส่งเสริมความโปร่งใสที่ ${index + 1}`;
      if (column.key === "method") return METHOD;
      if (column.key === "owner") return ["กองคลัง", "สำนักปลัด", "กองช่าง"][index % 3];
      if (column.key === "period") return "ต.ค. 2569 - ก.ย. 2570";
      if (column.key === "status") return column.status === "in_progress";
      if (column.key === "result") return RESULT;
      if (column.key === "budget") return 12500;
      return "";
    })
  );
}
