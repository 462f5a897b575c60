// A plan of any number of measures for the memo tests, made at test time: the typical measures,
// numbered, with statuses and results varied.
import ExcelJS from "exceljs";
import { EXAMPLE_MEASURES } from "../../src/domain/example-plan";
import { STATUSES, TEMPLATE_COLUMNS } from "../../src/domain/plan-columns";
import { buildPlanSheet, wholeYearPeriod } from "../../src/domain/plan-template";
import { addPlanSheets } from "../../src/xlsx/plan-workbook";

/** Writes a plan of `count` measures for fiscal year 2566 of เทศบาลตำบลบ้านตัวอย่าง. */
export async function writeMemoPlan(path: string, count: number): Promise<string[]> {
  const names: string[] = [];
  const rows = Array.from({ length: count }, (_, index) => {
    const example = EXAMPLE_MEASURES[index % EXAMPLE_MEASURES.length];
    const name = `${example.measure} (ชุดที่ ${Math.floor(index / EXAMPLE_MEASURES.length) + 1})`;
    names.push(name);
    const status = STATUSES[index % STATUSES.length];
    return TEMPLATE_COLUMNS.map((column) => {
      if (column.key === "number") return index + 1;
      if (column.key === "measure") return name;
      if (column.key === "method") return example.method;
      if (column.key === "owner") return example.owner;
      if (column.key === "period") return wholeYearPeriod(2566);
      if (column.key === "status") return column.status === status;
      if (column.key === "result") return `ดำเนินการตามแผนครั้งที่ ${index + 1} เมื่อ 15 มีนาคม 2566`;
      return "";
    });
  });
  const spec = buildPlanSheet(rows, 2566, { sheets: [], definedNames: [] });
  spec.settings!.fields = spec.settings!.fields.map((entry) => ({
    ...entry,
    value:
      {
        ITA_Organisation: "เทศบาลตำบลบ้านตัวอย่าง",
        ITA_District: "เมือง",
        ITA_Province: "ชัยนาท",
        ITA_PreparerName: "นางสาวสุกัญญา อ่อนพร",
        ITA_PreparerPosition:
          "หัวหน้าฝ่ายแผนงานและงบประมาณ\nรักษาราชการแทน ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ",
      }[entry.field.name] ?? entry.value,
  }));
  const workbook = new ExcelJS.Workbook();
  addPlanSheets(workbook, spec);
  await workbook.xlsx.writeFile(path);
  return names;
}
