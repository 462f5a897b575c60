// The organisation's settings, kept in the workbook as named cells so formulas and the add-in
// read the same values.

export interface SettingField {
  /** Workbook-level defined name of the value cell. */
  name: string;
  label: string;
  kind: "text" | "year" | "round" | "date";
}

export const SETTING_FIELDS: readonly SettingField[] = [
  { name: "ITA_Organisation", label: "ชื่อหน่วยงาน (เช่น เทศบาลตำบล...)", kind: "text" },
  { name: "ITA_District", label: "อำเภอ", kind: "text" },
  { name: "ITA_Province", label: "จังหวัด", kind: "text" },
  { name: "ITA_FiscalYear", label: "ปีงบประมาณ (พ.ศ.)", kind: "year" },
  { name: "ITA_Round", label: "รอบการรายงาน (6 หรือ 12 เดือน)", kind: "round" },
  { name: "ITA_PreparerName", label: "ชื่อผู้จัดทำรายงาน", kind: "text" },
  { name: "ITA_PreparerPosition", label: "ตำแหน่งผู้จัดทำรายงาน", kind: "text" },
  // The date the report is signed: shared by the pane, the ribbon and the command line.
  { name: "ITA_ReportDate", label: "วันที่ลงในรายงาน (เว้นว่าง = วันที่สร้างรายงาน)", kind: "date" },
];

export const UNITS_NAME = "ITA_Units";

export const DEFAULT_UNITS: readonly string[] = [
  "สำนักปลัด",
  "กองคลัง",
  "กองช่าง",
  "กองการศึกษา",
  "กองสาธารณสุขและสิ่งแวดล้อม",
  "กองยุทธศาสตร์และงบประมาณ",
  "กองสวัสดิการสังคม",
  "ทุกกอง",
];

/** Room for units a user adds to the list; the drop-down counts only the filled cells. */
export const UNIT_SLOTS = 30;
