// The memo spec as a Word document with the docx library: A4, TH SarabunPSK 16 pt, margins
// 3 cm left and 2 cm right as the official memo form has them, the report table attached on a
// landscape page.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
} from "docx";
import type { MemoSpec } from "../domain/memo-spec";
import { THAI_FONT } from "../domain/sheet-look";

const FONT = THAI_FONT;
const BODY = 32; // half-points: 16 pt
const TITLE = 58; // 29 pt, the size of the memo form's heading

const run = (text: string, options: { bold?: boolean; size?: number } = {}) =>
  new TextRun({
    text,
    font: { ascii: FONT, cs: FONT, hAnsi: FONT },
    size: options.size ?? BODY,
    sizeComplexScript: options.size ?? BODY,
    bold: options.bold,
    boldComplexScript: options.bold,
  });

const paragraph = (
  children: TextRun[],
  options: { indent?: boolean; center?: boolean; after?: number } = {}
) =>
  new Paragraph({
    children,
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    indent: options.indent ? { firstLine: convertMillimetersToTwip(25) } : undefined,
    spacing: { after: options.after ?? 0 },
  });

function signature(name: string, position: string): Paragraph[] {
  const right = { left: convertMillimetersToTwip(60) };
  return [
    new Paragraph({ children: [run("")], spacing: { before: 400 } }),
    new Paragraph({
      children: [run("ลงชื่อ ..........................................")],
      indent: right,
      alignment: AlignmentType.CENTER,
    }),
    new Paragraph({
      children: [run(`(${name || "..........................................."})`)],
      indent: right,
      alignment: AlignmentType.CENTER,
    }),
    new Paragraph({ children: [run(position)], indent: right, alignment: AlignmentType.CENTER }),
  ];
}

function attachmentTable(spec: MemoSpec["attachment"]): Table {
  const total = spec.widths.reduce((sum, width) => sum + width, 0);
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  const cell = (text: string, index: number, bold = false) =>
    new TableCell({
      width: { size: Math.round((spec.widths[index] / total) * 100), type: WidthType.PERCENTAGE },
      borders: { top: border, bottom: border, left: border, right: border },
      children: text.split("\n").map((line) => paragraph([run(line, { bold, size: 28 })])),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: spec.headers.map((header, index) => cell(header, index, true)),
      }),
      ...spec.rows.map(
        (row) =>
          new TableRow({ cantSplit: false, children: row.map((text, index) => cell(text, index)) })
      ),
    ],
  });
}

export function memoDocument(spec: MemoSpec): Document {
  const margins = {
    top: convertMillimetersToTwip(25),
    bottom: convertMillimetersToTwip(20),
    left: convertMillimetersToTwip(30),
    right: convertMillimetersToTwip(20),
  };
  return new Document({
    creator: "ITA Measures Tracker",
    title: spec.header.find((field) => field.label === "เรื่อง")?.value,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: { page: { margin: margins } },
        children: [
          paragraph([run(spec.title, { bold: true, size: TITLE })], { center: true, after: 200 }),
          ...spec.header.map((field) =>
            paragraph([run(`${field.label}  `, { bold: true }), run(field.value)], { after: 60 })
          ),
          ...spec.sections.flatMap((section) => [
            paragraph([run(section.heading, { bold: true })], { after: 60 }),
            ...section.paragraphs.map((text) =>
              paragraph([run(text)], { indent: true, after: 120 })
            ),
          ]),
          ...spec.signatures.flatMap((signer) => signature(signer.name, signer.position)),
        ],
      },
      {
        properties: {
          page: {
            margin: { ...margins, left: convertMillimetersToTwip(20) },
            size: { orientation: PageOrientation.LANDSCAPE },
          },
        },
        children: [
          paragraph([run("สิ่งที่แนบมาด้วย", { bold: true })], { after: 60 }),
          paragraph([run(spec.attachment.title, { bold: true })], { center: true, after: 120 }),
          attachmentTable(spec.attachment),
        ],
      },
    ],
  });
}

export async function memoBytes(spec: MemoSpec): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(memoDocument(spec)));
}
