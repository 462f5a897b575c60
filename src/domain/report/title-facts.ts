// The organisation, district and province a plan names in its title lines ("… ของเทศบาลเมือง
// วังสะพุง อำเภอวังสะพุง จังหวัดเลย"), for plans pasted from reports that carry no settings sheet:
// a user who types nothing else expects the report to use them.
import { cellText, SheetGrid } from "../plan-layout";

export interface TitleFacts {
  organisation?: string;
  district?: string;
  province?: string;
}

const ORGANISATION =
  /(เทศบาล(?:นคร|เมือง|ตำบล)\s?[^\s()]+|องค์การบริหารส่วน(?:ตำบล|จังหวัด)\s?[^\s()]+|อบต\.\s?[^\s()]+)/;
const DISTRICT = /อำเภอ\s?([^\s()]+)/;
// Words a title runs on with, without a space: "เทศบาลตำบลบ้านใหม่ประจำปีงบประมาณ".
const RUN_ON = /ประจำปี|ปีงบประมาณ|อำเภอ|จังหวัด|รอบ/;
const name = (match: RegExpExecArray | null) =>
  match ? match[1].replace(/\s+/g, "").split(RUN_ON)[0] || undefined : undefined;
const PROVINCE = /จังหวัด\s?([^\s()]+)/;

/** The first organisation, district and province named above the header row. */
export function titleFacts(grid: SheetGrid, headerRow: number): TitleFacts {
  const facts: TitleFacts = {};
  for (let index = 0; index < headerRow - grid.firstRow; index++) {
    for (const value of grid.values[index] ?? []) {
      const text = cellText(value);
      facts.organisation ??= name(ORGANISATION.exec(text));
      facts.district ??= name(DISTRICT.exec(text));
      facts.province ??= name(PROVINCE.exec(text));
    }
  }
  return facts;
}
