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

const MARK16 = 0xffff;
const MARK32 = 0xffffffff;

/** A ZIP64 extended-information extra field (APPNOTE 4.5.3) holding 8-byte values. */
function zip64Extra(values: number[]): Buffer {
  const extra = Buffer.alloc(4 + 8 * values.length);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(8 * values.length, 2);
  values.forEach((value, index) => extra.writeBigUInt64LE(BigInt(value), 4 + 8 * index));
  return extra;
}

/** With `zip64`, every size and offset is in ZIP64 form (as writers in an "always ZIP64" mode
 * do): 0xFFFFFFFF in the headers, the values in extra fields, version 4.5 needed, and the ZIP64
 * end record and locator before an end record of markers (APPNOTE 4.3.14-4.3.16, 4.4.3.2). */
export function rawZip(entries: readonly RawEntry[], options: { zip64?: boolean } = {}): Buffer {
  const zip64 = options.zip64 === true;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = bytesOf(entry.data);
    const stored = Buffer.from(entry.raw ?? (entry.store ? data : deflateRawSync(data)));
    const name = Buffer.from(entry.name, "utf8");
    const size = entry.size ?? data.length;
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(zip64 ? 45 : 20, at);
      header.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      header.writeUInt16LE(entry.store ? 0 : 8, at + 4);
      header.writeUInt32LE(entry.crc ?? crc32(data), at + 10);
      header.writeUInt32LE(zip64 ? MARK32 : stored.length, at + 14);
      header.writeUInt32LE(zip64 ? MARK32 : size, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const localExtra = zip64 ? zip64Extra([size, stored.length]) : Buffer.alloc(0);
    const centralExtra = zip64 ? zip64Extra([size, stored.length, offset]) : Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    local.writeUInt16LE(localExtra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(zip64 ? 45 : 20, 4);
    fields(central, 6);
    central.writeUInt16LE(centralExtra.length, 30);
    central.writeUInt32LE(zip64 ? MARK32 : offset, 42);
    locals.push(local, name, localExtra, stored);
    centrals.push(central, name, centralExtra);
    offset += 30 + name.length + localExtra.length + stored.length;
  }
  const directory = Buffer.concat(centrals);
  const records: Buffer[] = [];
  if (zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(BigInt(44), 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(entries.length), 24);
    record.writeBigUInt64LE(BigInt(entries.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    records.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? MARK16 : entries.length, 8);
  end.writeUInt16LE(zip64 ? MARK16 : entries.length, 10);
  end.writeUInt32LE(zip64 ? MARK32 : directory.length, 12);
  end.writeUInt32LE(zip64 ? MARK32 : offset, 16);
  return Buffer.concat([...locals, directory, ...records, end]);
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
  /** Every size and offset in ZIP64 form. */
  zip64?: boolean;
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
  return rawZip([...entries, ...(options.extra ?? [])], { zip64: options.zip64 });
}
