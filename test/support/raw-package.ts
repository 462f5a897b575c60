// Zip packages built byte by byte for the untrusted-input tests: every header field can be made
// to lie (sizes, CRC, names), which no zip library allows; and a minimal plan workbook to put in.
import { crc32, deflateRawSync } from "zlib";

export interface RawEntry {
  name: string;
  data: Uint8Array | string;
  /** Stored instead of deflated. */
  store?: boolean;
  /** Header fields that lie about the data. */
  size?: number;
  crc?: number;
  /** Bytes written as the compressed data instead of the data's deflate. */
  raw?: Uint8Array;
}

function bytesOf(data: Uint8Array | string): Buffer {
  return typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data);
}

export function rawZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = bytesOf(entry.data);
    const stored = Buffer.from(entry.raw ?? (entry.store ? data : deflateRawSync(data)));
    const name = Buffer.from(entry.name, "utf8");
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at);
      header.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      header.writeUInt16LE(entry.store ? 0 : 8, at + 4);
      header.writeUInt32LE(entry.crc ?? crc32(data), at + 10);
      header.writeUInt32LE(stored.length, at + 14);
      header.writeUInt32LE(entry.size ?? data.length, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    fields(central, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, stored);
    centrals.push(central, name);
    offset += 30 + name.length + stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const PLAN_HEADER = [
  "มาตรการ",
  "วิธีดำเนินการ",
  "ผู้รับผิดชอบ",
  "ระยะเวลา",
  "สถานะ",
  "ผลการดำเนินการ",
  "งบประมาณ",
];

/** The measures of the test plan (every third one done): text, method, unit, period, status,
 * result, budget. */
export function planMeasures(count: number): string[][] {
  return Array.from({ length: count }, (_, index) => [
    `มาตรการที่ ${index + 1} เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง`,
    "ประกาศบนเว็บไซต์ของหน่วยงาน",
    "กองคลัง",
    "ต.ค. 2569 - ก.ย. 2570",
    index % 3 === 0 ? "ดำเนินการแล้ว" : "อยู่ระหว่างดำเนินการ",
    index % 3 === 0 ? "ประกาศครบทุกโครงการ" : "",
    String((index + 1) * 1000),
  ]);
}

function escaped(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function columnName(index: number): string {
  return String.fromCharCode(65 + index);
}

/** A row of inline-string cells (numbers as numbers). */
export function rowXml(row: number, values: readonly string[]): string {
  const cells = values.map((value, column) => {
    const reference = `${columnName(column)}${row}`;
    return /^\d+$/.test(value)
      ? `<c r="${reference}"><v>${value}</v></c>`
      : `<c r="${reference}" t="inlineStr"><is><t>${escaped(value)}</t></is></c>`;
  });
  return `<row r="${row}">${cells.join("")}</row>`;
}

export function planSheetXml(measures: number, after = "", extraRows = ""): string {
  const rows = [PLAN_HEADER, ...planMeasures(measures)].map((values, index) =>
    rowXml(index + 1, values)
  );
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN}" xmlns:r="${RELS}"><sheetData>${rows.join("")}${extraRows}</sheetData>${after}</worksheet>`
  );
}

export interface PackageOptions {
  /** Defined names: name -> reference. */
  names?: Record<string, string>;
  /** Entries added after the package's own, or replacing one of the same name. */
  replace?: Record<string, Partial<RawEntry>>;
  extra?: RawEntry[];
}

/** A minimal .xlsx holding one worksheet "แผน" with the given part. */
export function planPackage(sheet: string, options: PackageOptions = {}): Buffer {
  const names = Object.entries(options.names ?? {})
    .map(([name, reference]) => `<definedName name="${name}">${escaped(reference)}</definedName>`)
    .join("");
  const entries: RawEntry[] = [
    {
      name: "[Content_Types].xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets><sheet name="แผน" sheetId="1" r:id="rId1"/></sheets>${names ? `<definedNames>${names}</definedNames>` : ""}</workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    { name: "xl/worksheets/sheet1.xml", data: sheet },
  ].map((entry) => ({ ...entry, ...options.replace?.[entry.name] }));
  return rawZip([...entries, ...(options.extra ?? [])]);
}
