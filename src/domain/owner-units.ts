// The units an owner cell names, read as a person reads them: a numbered list, lines, commas,
// several division names in a row ("สำนักปลัด กองคลัง"), or every unit ("ทุกสำนัก/กอง").
// Names that differ only in spacing are one unit.

export interface OwnerUnit {
  /** The name as first written, its spaces collapsed. */
  name: string;
  /** The name without any white space: equal keys are one unit. */
  key: string;
}

// "ทุกกอง", "ทุกสำนัก/กอง", "ทุกส่วนราชการ", "ทุกหน่วยงาน": the measure is every unit's.
const EVERY_UNIT = /^-?\s*ทุก\s*(กอง|สำนัก|ส่วน|หน่วย)/;
const ITEM_NUMBER = /(?:^|\s)\(?[0-9๐-๙]{1,2}[.)]\s*/;
// A division's name starts a new unit when written after another division's name.
const NEXT_DIVISION = /\s+(?=(?:สำนัก|กอง)\S)/;

export const squeezeKey = (text: string) => text.replace(/\s+/g, "");

export function isEveryUnit(owner: string): boolean {
  return EVERY_UNIT.test(owner.trim());
}

export function ownerUnits(owner: string): OwnerUnit[] {
  const text = owner.trim();
  if (!text || text === "-") return [];
  if (isEveryUnit(text)) return [{ name: text.replace(/\s+/g, " "), key: squeezeKey(text) }];
  const names = text
    .split(/\r?\n|[,،;]/)
    .flatMap((line) => line.split(ITEM_NUMBER))
    .map((piece) => piece.replace(/^[-–•\s]+/, "").trim())
    .filter((piece) => piece.length > 0)
    .flatMap((piece) => (/^(สำนัก|กอง)/.test(piece) ? piece.split(NEXT_DIVISION) : [piece]));
  const units = new Map<string, OwnerUnit>();
  for (const name of names) {
    const key = squeezeKey(name);
    if (!units.has(key)) units.set(key, { name: name.replace(/\s+/g, " "), key });
  }
  return [...units.values()];
}

/** The units a measure counts for: each unit named, or "-" when the cell names none. */
export function countedUnits(owner: string): OwnerUnit[] {
  const units = ownerUnits(owner);
  return units.length > 0 ? units : [{ name: "-", key: "-" }];
}
