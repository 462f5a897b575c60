// Inputs of the memo tests made at test time: a plan of any number of measures (the typical
// measures, numbered, with statuses and results varied) and a small PNG standing in for the
// emblem (the project ships no emblem image).
import ExcelJS from "exceljs";
import { deflateSync } from "zlib";
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

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A solid-colour RGB PNG of the given size (a stand-in for the emblem). */
export function solidPng(width: number, height: number, rgb = [0xc0, 0x10, 0x10]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.from([0, ...Array.from({ length: width }, () => rgb).flat()]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(pixels)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
