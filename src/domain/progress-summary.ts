// The progress summary as Excel formulas over the plan table, on its own sheet so the plan
// itself stays plain data: counts by status, % done, and counts per responsible unit.
import { DEFAULT_UNITS, UNITS_NAME } from "./plan-settings";
import { STATUS_HEADERS, STATUSES, TEMPLATE_COLUMNS } from "./plan-columns";

export const SUMMARY_SHEET_BASE = "สรุปความก้าวหน้า ITA";

export interface SummaryCell {
  /** A1 address on the summary sheet. */
  address: string;
  /** A value, or a formula starting with "=". */
  content: string | number;
  style?: "title" | "heading" | "percent";
}

export interface ProgressSummarySpec {
  sheet: string;
  cells: SummaryCell[];
}

function header(key: string): string {
  return TEMPLATE_COLUMNS.find((column) => column.key === key)!.header;
}

/** Excel structured references escape [ ] # and ' with a leading apostrophe. */
function column(table: string, name: string): string {
  return `${table}[${name.replace(/([[\]#'])/g, "'$1")}]`;
}

export function buildProgressSummary(sheet: string, table: string): ProgressSummarySpec {
  const measures = column(table, header("measure"));
  const owners = column(table, header("owner"));
  const ticks = STATUSES.map((status) => column(table, STATUS_HEADERS[status]));
  const cells: SummaryCell[] = [
    { address: "A1", content: "สรุปความก้าวหน้าการดำเนินการตามมาตรการ", style: "title" },
    { address: "A3", content: "จำนวนมาตรการทั้งหมด" },
    { address: "B3", content: `=COUNTA(${measures})` },
    ...STATUSES.flatMap((status, index): SummaryCell[] => [
      { address: `A${4 + index}`, content: STATUS_HEADERS[status] },
      { address: `B${4 + index}`, content: `=COUNTIF(${ticks[index]},TRUE)` },
    ]),
    { address: "A7", content: "ร้อยละที่ดำเนินการแล้วเสร็จ" },
    { address: "B7", content: "=IF(B3=0,0,B6/B3)", style: "percent" },
    { address: "A9", content: "หน่วยงานผู้รับผิดชอบ", style: "heading" },
    { address: "B9", content: "จำนวนมาตรการ", style: "heading" },
    { address: "C9", content: STATUS_HEADERS.done, style: "heading" },
  ];
  // One row per unit of the settings list, by position, so renamed units follow the list.
  DEFAULT_UNITS.forEach((_, index) => {
    const row = 10 + index;
    cells.push(
      { address: `A${row}`, content: `=IFERROR(INDEX(${UNITS_NAME},${index + 1}),"")` },
      { address: `B${row}`, content: `=IF(A${row}="","",COUNTIF(${owners},A${row}))` },
      {
        address: `C${row}`,
        content: `=IF(A${row}="","",COUNTIFS(${owners},A${row},${ticks[2]},TRUE))`,
      }
    );
  });
  return { sheet, cells };
}
