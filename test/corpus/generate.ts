// The hostile-and-broken corpus, generated at test time (nothing binary is committed): files as
// an attacker or a clumsy user would make them, each with the outcome the commands must give.
// Categories: damaged XML in each part, damaged zips, limits, hostile content, not an .xlsx at
// all, special files, and legitimate files in the forms other producers write.
import { execFileSync } from "child_process";
import {
  closeSync,
  ftruncateSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "fs";
import { join } from "path";
import { crc32, deflateRawSync } from "zlib";
import type { UnreadableReason } from "../../src/xlsx/unreadable";
import type { LimitName } from "../../src/xlsx/limits";
import {
  MAIN,
  planPackage,
  planSheetXml,
  RawEntry,
  rawZip,
  RELS,
  rowXml,
} from "../support/raw-package";
import { writeWorkbook } from "../support/xlsx-fixtures";

export type Expected =
  | { kind: "refused"; reason: UnreadableReason; limit?: LimitName }
  /** A plan the commands read: its measures, those done, and whether validation finds errors. */
  | { kind: "plan"; measures: number; done: number; errors: boolean };

export interface CorpusCase {
  name: string;
  category: string;
  path: string;
  expected: Expected;
}

const refused = (reason: UnreadableReason, limit?: LimitName): Expected => ({
  kind: "refused",
  reason,
  limit,
});
const CORRUPT = refused("corrupt");
/** Plans of the raw-package builder: every third measure done, none with errors. */
const plan = (measures: number, errors = false): Expected => ({
  kind: "plan",
  measures,
  done: Math.ceil(measures / 3),
  errors,
});

const SHEET = "xl/worksheets/sheet1.xml";
const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
const ROOT_RELS = "_rels/.rels";
const FULL = planSheetXml(11);

/** The text of a part of the standard test package. */
function standardPart(name: string): string {
  const entries: Record<string, string> = {
    [SHEET]: FULL,
    [WORKBOOK]: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets><sheet name="แผน" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    [WORKBOOK_RELS]: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    [ROOT_RELS]: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  };
  return entries[name];
}

/** Ways to break a part's XML: each takes the part's text. */
const XML_FAULTS: [string, (xml: string) => string][] = [
  ["cut mid-tag", (xml) => xml.slice(0, Math.floor(xml.length * 0.6))],
  ["cut at the end", (xml) => xml.slice(0, -3)],
  ["unquoted attribute", (xml) => xml.replace(/(<\w[^>]*?) ([\w:]+)="([^"]*)"/, "$1 $2=$3")],
  ["mismatched end tag", (xml) => xml.replace(/<\/(\w+)>$/, "</x$1>")],
  ["undefined entity", (xml) => inValue(xml, "&nbsp;")],
  ["bare ampersand", (xml) => inValue(xml, " & ")],
  ["forbidden character reference", (xml) => inValue(xml, "&#1;")],
  ["character reference past Unicode", (xml) => inValue(xml, "&#x110000;")],
  ["repeated attribute", (xml) => xml.replace(/<(\w+) /, '<$1 a="1" a="2" ')],
  [
    "DTD with an external entity (XXE)",
    (xml) => xml.replace("?>", '?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'),
  ],
  [
    "billion laughs",
    (xml) =>
      xml.replace(
        "?>",
        `?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`).join("")}]>`
      ),
  ],
  ["unterminated comment", (xml) => xml.replace(/>$/, "><!-- never closed")],
  ["second root", (xml) => `${xml}<again/>`],
  ["control character", (xml) => inValue(xml, "\u0001")],
  ["invalid UTF-8", (xml) => `${xml.slice(0, 60)}\udc00${xml.slice(60)}`],
  ["text before the root", (xml) => xml.replace("?>", "?>stray text")],
];

/** Text put at the end of the first attribute value after the XML declaration. */
function inValue(xml: string, text: string): string {
  return xml.replace(/(<\w[^>]*?="[^"]*)"/, `$1${text}"`);
}

const PARTS = [SHEET, WORKBOOK, WORKBOOK_RELS, ROOT_RELS];

function replaced(part: string, data: string | Uint8Array, extra: Partial<RawEntry> = {}) {
  return planPackage(FULL, { replace: { [part]: { data, ...extra } } });
}

/** Every case's bytes (or a special path) with its expected outcome. */
async function cases(folder: string): Promise<[string, string, Buffer | string, Expected][]> {
  const list: [string, string, Buffer | string, Expected][] = [];
  const add = (category: string, name: string, bytes: Buffer | string, expected: Expected) =>
    list.push([category, name, bytes, expected]);

  // Damaged XML: every fault in every part the reader reads.
  for (const part of PARTS) {
    for (const [fault, breakIt] of XML_FAULTS) {
      const text = breakIt(standardPart(part));
      const data = fault === "invalid UTF-8" ? Buffer.from(text, "utf8").fill(0xff, 60, 63) : text;
      add("damaged XML", `${fault} in ${part}`, replaced(part, data), CORRUPT);
    }
  }
  // A sheet damaged in ways only a sheet can be.
  const sheetFaults: [string, string][] = [
    [
      "shared string that does not exist",
      FULL.replace('<c r="G2"><v>1000</v></c>', '<c r="G2" t="s"><v>5</v></c>'),
    ],
    ["row zero", FULL.replace('<row r="3">', '<row r="0">')],
    ["negative row", FULL.replace('<row r="3">', '<row r="-1">')],
    ["cell reference without a row", FULL.replace('r="A2"', 'r="A"')],
    [
      "overlapping merges",
      planSheetXml(11, '<mergeCells><mergeCell ref="A2:B3"/><mergeCell ref="B3:C4"/></mergeCells>'),
    ],
    [
      "merge that is not an area",
      planSheetXml(11, '<mergeCells><mergeCell ref="nonsense"/></mergeCells>'),
    ],
    [
      "row opened inside a cell",
      FULL.replace('<c r="G2"><v>1000</v></c>', '<c r="G2"><v>1000</v><row r="9"></c>'),
    ],
    [
      "13 KB of unterminated tags",
      FULL.replace("</sheetData>", `${"<c r='A1' t='s".repeat(1000)}`),
    ],
    [
      "13 KB of unterminated attributes",
      FULL.replace("</sheetData>", `<c r="${"A".repeat(13_000)}`),
    ],
  ];
  for (const [name, xml] of sheetFaults) add("damaged XML", name, replaced(SHEET, xml), CORRUPT);

  // Damaged zips.
  const good = planPackage(FULL);
  for (const fraction of [0.05, 0.2, 0.4, 0.6, 0.8, 0.95, 0.99]) {
    add(
      "damaged zip",
      `truncated at ${fraction * 100}%`,
      good.subarray(0, Math.floor(good.length * fraction)),
      CORRUPT
    );
  }
  add("damaged zip", "understated part size", replaced(SHEET, FULL, { size: 2000 }), CORRUPT);
  add(
    "damaged zip",
    "overstated part size",
    replaced(SHEET, FULL, { size: FULL.length * 3 }),
    CORRUPT
  );
  add("damaged zip", "wrong CRC-32", replaced(SHEET, FULL, { crc: 0x12345678 }), CORRUPT);
  add(
    "damaged zip",
    "deflate data that is not deflate",
    replaced(SHEET, FULL, { raw: Buffer.from("not deflate at all") }),
    CORRUPT
  );
  add(
    "damaged zip",
    "duplicate part name",
    planPackage(FULL, { extra: [{ name: SHEET, data: planSheetXml(2) }] }),
    CORRUPT
  );
  add(
    "damaged zip",
    "duplicate name in another case",
    planPackage(FULL, { extra: [{ name: "XL/workbook.xml", data: "<workbook/>" }] }),
    CORRUPT
  );
  const end = good.length - 22;
  const patched = (write: (bytes: Buffer) => void) => patchedCopy(good, write);
  add(
    "damaged zip",
    "central directory past the end",
    patched((b) => b.writeUInt32LE(good.length, end + 16)),
    CORRUPT
  );
  add(
    "damaged zip",
    "more entries stated than present",
    patched((b) => (b.writeUInt16LE(9, end + 8), b.writeUInt16LE(9, end + 10))),
    CORRUPT
  );
  add(
    "damaged zip",
    "split archive",
    patched((b) => b.writeUInt16LE(1, end + 4)),
    CORRUPT
  );
  const directoryStart = good.readUInt32LE(end + 16);
  add("damaged zip", "entries overlapping (two names, one local header)", overlapping(), CORRUPT);
  add(
    "damaged zip",
    "encrypted entry",
    patched((b) => b.writeUInt16LE(0x0801, directoryStart + 8)),
    refused("encrypted")
  );
  add(
    "damaged zip",
    "unknown compression method",
    patched((b) => b.writeUInt16LE(99, centralEntryOf(good, SHEET) + 10)),
    CORRUPT
  );
  add(
    "damaged zip",
    "local header name differs",
    patched((b) => b.write("X", 30)),
    CORRUPT
  );
  add(
    "damaged zip",
    "no end record",
    Buffer.concat([good.subarray(0, end), Buffer.alloc(22)]),
    CORRUPT
  );
  add(
    "damaged zip",
    "comment length past the end",
    patched((b) => b.writeUInt16LE(500, end + 20)),
    CORRUPT
  );
  add(
    "damaged zip",
    "workbook relationships missing",
    planPackage(FULL, { replace: { [WORKBOOK_RELS]: { name: "xl/_rels/other.rels" } } }),
    CORRUPT
  );
  add(
    "damaged zip",
    "sheet part missing",
    planPackage(FULL, { replace: { [SHEET]: { name: "xl/worksheets/elsewhere.xml" } } }),
    CORRUPT
  );

  // ZIP64 records (read: "always ZIP64" writers use them for small files too) that lie.
  const z64 = planPackage(FULL, { zip64: true });
  const z64End = z64.length - 22;
  const z64Record = Number(z64.readBigUInt64LE(z64End - 20 + 8));
  const z64Sheet = centralEntryOf(z64, SHEET, Number(z64.readBigUInt64LE(z64Record + 48)));
  const z64Patched = (write: (bytes: Buffer) => void) => patchedCopy(z64, write);
  add(
    "damaged zip",
    "ZIP64 markers without the ZIP64 records",
    Buffer.concat([z64.subarray(0, z64Record), z64.subarray(z64End)]),
    CORRUPT
  );
  add(
    "damaged zip",
    "ZIP64 locator pointing past the end",
    z64Patched((b) => b.writeBigUInt64LE(BigInt(z64.length * 2), z64End - 20 + 8)),
    CORRUPT
  );
  add(
    "damaged zip",
    "ZIP64 extra field missing",
    z64Patched((b) => b.writeUInt16LE(0x9999, z64Sheet + 46 + SHEET.length)),
    CORRUPT
  );
  add(
    "damaged zip",
    "ZIP64 size understated",
    z64Patched((b) => b.writeBigUInt64LE(BigInt(2000), z64Sheet + 46 + SHEET.length + 4)),
    CORRUPT
  );
  add(
    "damaged zip",
    "ZIP64 directory offset past the end",
    z64Patched((b) => b.writeBigUInt64LE(BigInt(2) ** BigInt(62), z64Record + 48)),
    CORRUPT
  );
  add(
    "limit",
    "ZIP64 archive of 10,001 entries",
    planPackage(FULL, {
      zip64: true,
      extra: Array.from({ length: 10_001 }, (_, i) => ({ name: `x/${i}`, data: "", store: true })),
    }),
    refused("tooLarge", "entries")
  );

  // Limits.
  // Limits.
  const spaces = (megabytes: number) =>
    deflateRawSync(Buffer.alloc(megabytes * 1024 * 1024, 0x20), { level: 1 });
  add(
    "limit",
    "sheet part inflating past 100 MB (0.1 MB file)",
    replaced(SHEET, "", { raw: spaces(101), size: 1000 }),
    refused("tooLarge", "partBytes")
  );
  add(
    "limit",
    "root relationships inflating past 100 MB",
    replaced(ROOT_RELS, "", { raw: spaces(101), size: 1000 }),
    refused("tooLarge", "partBytes")
  );
  add("limit", "parts together past 200 MB", totalBomb(), refused("tooLarge", "totalBytes"));
  add(
    "limit",
    "10,001 entries",
    planPackage(FULL, {
      extra: Array.from({ length: 10_001 }, (_, i) => ({ name: `x/${i}`, data: "", store: true })),
    }),
    refused("tooLarge", "entries")
  );
  add(
    "limit",
    "column ZZZZZZ",
    replaced(SHEET, FULL.replace('r="A2"', 'r="ZZZZZZ2"')),
    refused("tooLarge", "columns")
  );
  add(
    "limit",
    "column XFE",
    replaced(SHEET, FULL.replace('r="A2"', 'r="XFE2"')),
    refused("tooLarge", "columns")
  );
  add(
    "limit",
    "row 999999999",
    replaced(SHEET, FULL.replace('<row r="3">', '<row r="999999999">')),
    refused("tooLarge", "rows")
  );
  add(
    "limit",
    "cell in row 1048577",
    replaced(SHEET, FULL.replace('r="A2"', 'r="A1048577"')),
    refused("tooLarge", "rows")
  );
  add(
    "limit",
    "cells at both corners of the sheet",
    replaced(
      SHEET,
      planSheetXml(
        11,
        "",
        rowXml(1_048_576, ["", "", "", "", "", "", "", "1"]).replace(
          /r="H1048576"/,
          'r="XFD1048576"'
        )
      )
    ),
    refused("tooLarge", "gridCells")
  );
  add(
    "limit",
    "XML nested 10,000 deep",
    replaced(
      SHEET,
      FULL.replace("</sheetData>", `</sheetData>${"<x>".repeat(10_000)}${"</x>".repeat(10_000)}`)
    ),
    refused("tooLarge", "xmlDepth")
  );
  add("limit", "file of 101 MB", sparseFile(folder, 101), refused("tooLarge", "fileBytes"));
  add(
    "limit",
    "one 2 MB shared string used by 30 cells (60 million characters)",
    withSharedString(planSheetXml(30), "ผลการดำเนินการ".repeat(150_000)),
    refused("tooLarge", "sheetText")
  );
  add(
    "limit",
    "101 sheets over one part of 50,000 cells",
    sheetsOverOnePart(101),
    refused("tooLarge", "fileCells")
  );

  // Hostile content in an otherwise valid file: read exactly.
  const names = (reference: string) =>
    planPackage(FULL, { names: { ITA_FiscalYear: reference, ITA_Scores: reference } });
  add(
    "hostile content",
    "defined name over the whole sheet",
    names("'แผน'!$A$1:$XFD$1048576"),
    plan(11)
  );
  add("hostile content", "defined name past the sheet", names("'แผน'!$A$1:$XFE$1048577"), plan(11));
  add(
    "hostile content",
    "10,000 merges over the whole sheet",
    replaced(
      SHEET,
      planSheetXml(
        11,
        `<mergeCells>${Array.from({ length: 10_000 }, (_, i) => `<mergeCell ref="${columnOf(i + 8)}1:${columnOf(i + 8)}1048576"/>`).join("")}</mergeCells>`
      )
    ),
    plan(11)
  );
  add(
    "hostile content",
    "formula-like text",
    replaced(SHEET, FULL.replace("ประกาศบนเว็บไซต์ของหน่วยงาน", "=cmd|'/c calc'!A1")),
    plan(11)
  );
  add(
    "hostile content",
    "budget 1e999 (not finite)",
    replaced(SHEET, FULL.replace("<v>1000</v>", "<v>1e999</v>")),
    plan(11, true)
  );
  add(
    "hostile content",
    "budget NaN",
    replaced(SHEET, FULL.replace("<v>1000</v>", "<v>NaN</v>")),
    plan(11, true)
  );
  add(
    "hostile content",
    "budget of 400 digits",
    replaced(SHEET, FULL.replace("<v>1000</v>", `<v>${"9".repeat(400)}</v>`)),
    plan(11, true)
  );
  add(
    "hostile content",
    "row inside a comment",
    replaced(
      SHEET,
      FULL.replace(
        "</sheetData>",
        `<!-- ${rowXml(13, ["มาตรการลับ", "ก", "กองคลัง", "ต.ค. 2569 - ก.ย. 2570", "ดำเนินการแล้ว", "ผล", "1"])} --></sheetData>`
      )
    ),
    plan(11)
  );
  add(
    "hostile content",
    "junk part nobody references",
    planPackage(FULL, {
      extra: [
        {
          name: "xl/media/junk.bin",
          data: "",
          raw: Buffer.from([0xff, 0xfe, 0xfd]),
          size: 10 ** 9,
        },
      ],
    }),
    plan(11)
  );
  add(
    "hostile content",
    "unreferenced bomb part",
    planPackage(FULL, {
      extra: [{ name: "xl/unused.xml", data: "", raw: spaces(101), size: 1000 }],
    }),
    plan(11)
  );
  add(
    "hostile content",
    "header with a word joiner and a tone mark before its vowel",
    replaced(
      SHEET,
      FULL.replace("ผู้รับผิดชอบ", "ผู้รับ\u2060ผิดชอบ").replace("ระยะเวลา", "ระยะเวลา\u00ad")
    ),
    plan(11)
  );

  add(
    "hostile content",
    "a 30,000-character result (an Excel cell holds 32,767) in 10 measures",
    withSharedString(planSheetXml(10), "ผลการดำเนินงาน ".repeat(2000)),
    plan(10)
  );

  // Legitimate files as other producers write them.
  add("legitimate", "minimal plan of 1 measure", planPackage(planSheetXml(1)), plan(1));
  add("legitimate", "plan of 11 measures", good, plan(11));
  add("legitimate", "plan of 60 measures", planPackage(planSheetXml(60)), plan(60));
  add("legitimate", "ZIP64 records throughout", planPackage(FULL, { zip64: true }), plan(11));
  add(
    "legitimate",
    "namespace prefixes",
    replaced(
      SHEET,
      FULL.replace(/<(\/?)(worksheet|sheetData|row|c|v|is|t)([ >])/g, "<$1x:$2$3").replace(
        `xmlns="${MAIN}"`,
        `xmlns:x="${MAIN}"`
      )
    ),
    plan(11)
  );
  add("legitimate", "single quotes", replaced(SHEET, FULL.replace(/"/g, "'")), plan(11));
  add(
    "legitimate",
    "CDATA, comments and instructions",
    replaced(
      SHEET,
      FULL.replace(/<t>([^<]*)<\/t>/g, "<t><![CDATA[$1]]></t>").replace(
        "<sheetData>",
        "<!-- made by hand --><?producer x?><sheetData>"
      )
    ),
    plan(11)
  );
  add(
    "legitimate",
    "UTF-16LE part",
    replaced(SHEET, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FULL, "utf16le")])),
    plan(11)
  );
  add(
    "legitimate",
    "UTF-16BE part",
    replaced(
      SHEET,
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(FULL, "utf16le").swap16()])
    ),
    plan(11)
  );
  add(
    "legitimate",
    "stored (uncompressed) parts",
    rawZip(
      Object.entries({ [ROOT_RELS]: 0, [WORKBOOK]: 0, [WORKBOOK_RELS]: 0, [SHEET]: 0 }).map(
        ([name]) => ({ name, data: standardPart(name), store: true })
      )
    ),
    plan(11)
  );
  add(
    "legitimate",
    "rows and cells without references",
    replaced(SHEET, FULL.replace(/ r="[A-Z]+\d+"/g, "").replace(/<row r="\d+">/g, "<row>")),
    plan(11)
  );
  add(
    "legitimate",
    "empty rows between measures",
    replaced(
      SHEET,
      FULL.replace(/<row r="(\d+)">/g, (_, r: string) => `<row r="${Number(r) * 2 - 1}">`).replace(
        / r="([A-Z])(\d+)"/g,
        (_, c: string, r: string) => ` r="${c}${Number(r) * 2 - 1}"`
      )
    ),
    plan(11)
  );
  const excel = join(folder, "exceljs-written.xlsx.tmpsrc");
  await writeWorkbook(excel, [{ name: "แผน", rows: [PLAN_ROWS[0], ...PLAN_ROWS.slice(1)] }]);
  add("legitimate", "written by ExcelJS", readFileSync(excel), plan(PLAN_ROWS.length - 1));
  rmSync(excel);

  // Not an .xlsx file at all.
  add("not xlsx", "empty file", Buffer.alloc(0), refused("notXlsx"));
  add("not xlsx", "text file", Buffer.from("มาตรการ,วิธีดำเนินการ\n1,2\n"), refused("notXlsx"));
  add(
    "not xlsx",
    "random bytes",
    Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)),
    refused("notXlsx")
  );
  add("not xlsx", "PK and nothing else", Buffer.from("PK"), CORRUPT);
  add(
    "not xlsx",
    "OLE compound file (.xls or encrypted)",
    Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]),
    refused("encrypted")
  );
  add(
    "not xlsx",
    "OpenDocument spreadsheet",
    rawZip([
      { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet", store: true },
      { name: "content.xml", data: "<office:document-content/>" },
    ]),
    refused("notXlsx")
  );
  add(
    "not xlsx",
    "Word document renamed",
    rawZip([
      {
        name: ROOT_RELS,
        data: standardPart(ROOT_RELS).replace("xl/workbook.xml", "word/document.xml"),
      },
      { name: "word/document.xml", data: "<w:document/>" },
    ]),
    refused("notXlsx")
  );
  add(
    "not xlsx",
    "chart sheets only",
    planPackage(FULL, {
      replace: {
        [WORKBOOK_RELS]: { data: standardPart(WORKBOOK_RELS).replace("/worksheet", "/chartsheet") },
      },
    }),
    refused("noWorksheets")
  );
  add(
    "not xlsx",
    "gzip file",
    Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    refused("notXlsx")
  );
  add(
    "not xlsx",
    "workbook part that is not a workbook",
    planPackage(FULL, { replace: { [WORKBOOK]: { data: "<document/>" } } }),
    refused("notXlsx")
  );

  // Special files.
  const fifo = join(folder, "fifo.xlsx");
  execFileSync("mkfifo", [fifo]);
  add("special file", "FIFO with no writer", fifo, refused("notRegular"));
  add("special file", "/dev/zero", "/dev/zero", refused("notRegular"));
  add("special file", "a folder", folder, refused("notRegular"));
  const link = join(folder, "link-to-zero.xlsx");
  symlinkSync("/dev/zero", link);
  add("special file", "link to /dev/zero", link, refused("notRegular"));
  add("special file", "missing file", join(folder, "missing.xlsx"), refused("missing"));
  return list;

  function overlapping(): Buffer {
    // The sheet's central entry copied under another name, pointing at the same local header.
    const entries = [ROOT_RELS, WORKBOOK, WORKBOOK_RELS, SHEET].map((name) => ({
      name,
      data: standardPart(name),
    }));
    const zip = rawZip([...entries, { name: "xl/worksheets/sheet2.xml", data: FULL }]);
    const endAt = zip.length - 22;
    const start = zip.readUInt32LE(endAt + 16);
    let at = start;
    const offsets: number[] = [];
    for (let i = 0; i < 5; i++) {
      offsets.push(at);
      at += 46 + zip.readUInt16LE(at + 28);
    }
    zip.writeUInt32LE(zip.readUInt32LE(offsets[3] + 42), offsets[4] + 42);
    return zip;
  }
}

const PLAN_ROWS = [
  ["มาตรการ", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "สถานะ", "ผลการดำเนินการ"],
  [
    "เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง",
    "ประกาศบนเว็บไซต์",
    "กองคลัง",
    "ต.ค. 2569 - ก.ย. 2570",
    "ดำเนินการแล้ว",
    "ครบ",
  ],
  ["อบรมคุณธรรม", "จัดอบรม", "สำนักปลัด", "ม.ค. 2570", "อยู่ระหว่างดำเนินการ", ""],
  ["ตรวจสอบทรัพย์สิน", "ตรวจ", "กองช่าง", "มี.ค. 2570", "อยู่ระหว่างดำเนินการ", ""],
];

function columnOf(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A file of the given size in MB, sparse (no disk used), starting like a zip. */
function sparseFile(folder: string, megabytes: number): string {
  const path = join(folder, "sparse-101mb.xlsx");
  writeFileSync(path, "PK");
  const handle = openSync(path, "r+");
  ftruncateSync(handle, megabytes * 1024 * 1024);
  closeSync(handle);
  return path;
}

/** A copy of a file with some bytes changed. */
function patchedCopy(source: Buffer, write: (bytes: Buffer) => void): Buffer {
  const bytes = Buffer.from(source);
  write(bytes);
  return bytes;
}

/** The offset of a part's central directory header (from `start` when the end record has
 * ZIP64 markers instead). */
function centralEntryOf(zip: Buffer, name: string, start?: number): number {
  let at = start ?? zip.readUInt32LE(zip.length - 22 + 16);
  while (zip.toString("utf8", at + 46, at + 46 + zip.readUInt16LE(at + 28)) !== name) {
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return at;
}

/** Three referenced sheets of 70 MB each once inflated: each under the part limit, together
 * over the total; the plan sheet is listed last, so the other two are read first. */
function totalBomb(): Buffer {
  const padding = Buffer.alloc(70 * 1024 * 1024, 0x20);
  const padded = (xml: string) =>
    Buffer.concat([
      Buffer.from(xml.replace("</worksheet>", "")),
      padding,
      Buffer.from("</worksheet>"),
    ]);
  const rels = standardPart(WORKBOOK_RELS).replace(
    "</Relationships>",
    `<Relationship Id="rId2" Type="${RELS}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${RELS}/worksheet" Target="worksheets/sheet3.xml"/></Relationships>`
  );
  const workbook = standardPart(WORKBOOK).replace(
    '<sheet name="แผน" sheetId="1" r:id="rId1"/></sheets>',
    '<sheet name="two" sheetId="2" r:id="rId2"/><sheet name="three" sheetId="3" r:id="rId3"/><sheet name="แผน" sheetId="1" r:id="rId1"/></sheets>'
  );
  const part = (name: string, data: Buffer): RawEntry => ({
    name,
    data: "",
    raw: deflateRawSync(data, { level: 1 }),
    size: data.length,
    crc: crc32(data),
  });
  const empty = `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`;
  return rawZip([
    { name: ROOT_RELS, data: standardPart(ROOT_RELS) },
    { name: WORKBOOK, data: workbook },
    { name: WORKBOOK_RELS, data: rels },
    part(SHEET, padded(FULL)),
    part("xl/worksheets/sheet2.xml", padded(empty)),
    part("xl/worksheets/sheet3.xml", padded(empty)),
  ]);
}

/** A plan whose result cells (F) all use shared string 0, `text`. */
function withSharedString(sheet: string, text: string): Buffer {
  const xml = sheet.replace(
    /(<c r="F\d+") t="inlineStr"><is><t>[^<]*<\/t><\/is><\/c>/g,
    '$1 t="s"><v>0</v></c>'
  );
  return planPackage(xml, {
    replace: {
      [WORKBOOK_RELS]: {
        data: standardPart(WORKBOOK_RELS).replace(
          "</Relationships>",
          `<Relationship Id="rId2" Type="${RELS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
        ),
      },
    },
    extra: [
      { name: "xl/sharedStrings.xml", data: `<sst xmlns="${MAIN}"><si><t>${text}</t></si></sst>` },
    ],
  });
}

/** `count` sheets listed over one part of 1,000 rows × 50 numbers, the plan sheet last. */
function sheetsOverOnePart(count: number): Buffer {
  const row = `<row>${"<c><v>1</v></c>".repeat(50)}</row>`;
  const sheets = Array.from(
    { length: count },
    (_, i) => `<sheet name="s${i}" sheetId="${i + 2}" r:id="rId2"/>`
  ).join("");
  return planPackage(FULL, {
    replace: {
      [WORKBOOK]: {
        data: standardPart(WORKBOOK).replace("<sheets>", `<sheets>${sheets}`),
      },
      [WORKBOOK_RELS]: {
        data: standardPart(WORKBOOK_RELS).replace(
          "</Relationships>",
          `<Relationship Id="rId2" Type="${RELS}/worksheet" Target="worksheets/other.xml"/></Relationships>`
        ),
      },
    },
    extra: [
      {
        name: "xl/worksheets/other.xml",
        data: `<worksheet xmlns="${MAIN}"><sheetData>${row.repeat(1000)}</sheetData></worksheet>`,
      },
    ],
  });
}

/** Writes the corpus into a folder; returns its cases. */
export async function generateCorpus(folder: string): Promise<CorpusCase[]> {
  const made = await cases(folder);
  return made.map(([category, name, content], index) => {
    let path: string;
    if (typeof content === "string") path = content;
    else {
      path = join(folder, `${String(index).padStart(3, "0")}.xlsx`);
      writeFileSync(path, content);
    }
    return { name, category, path, expected: made[index][3] };
  });
}
