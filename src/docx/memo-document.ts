// The memo spec as a Word document (docx) in the form of the correspondence regulation's
// บันทึกข้อความ: A4, margins 3 cm left and 2 cm right, the emblem at the top left level with the
// 29 pt heading, ที่ and วันที่ on one line (a tab stop at the middle), body paragraphs indented
// 2.5 cm and justified the Thai way, page numbers "- ๒ -" at the top from page 2 on, and the
// report table attached on landscape pages.
import {
  AlignmentType,
  Document,
  Header,
  HorizontalPositionRelativeFrom,
  ImageRun,
  NumberFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TabStopType,
  TextRun,
  TextWrappingType,
  VerticalPositionRelativeFrom,
  convertMillimetersToTwip,
} from "docx";
import type { MemoEmblem } from "../domain/memo-form";
import type { MemoLine, MemoSpec } from "../domain/memo-spec";
import { attachmentTable } from "./memo-attachment";
import { closingAndSigner, commentBlocks } from "./memo-signatures";
import { BODY, FONT, INDENT, LABEL, TEXT_WIDTH, TITLE, bodyParagraph, run } from "./memo-runs";

const EMBLEM_HEIGHT_PX = 57; // 1.5 cm at the 96 px per inch docx sizes images in
// Word wants a bitmap beside an SVG for versions that draw none: the pane's drawing of it, else
// (the command line draws no SVG) one transparent pixel.
const BLANK_PNG = Uint8Array.from(
  atob(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
  ),
  (char) => char.charCodeAt(0)
);

function emblemRun(emblem: MemoEmblem): ImageRun {
  const transformation = {
    width: Math.round((EMBLEM_HEIGHT_PX * emblem.width) / emblem.height),
    height: EMBLEM_HEIGHT_PX,
  };
  // Floating at the margin, not in the line: the heading stays centred on the page.
  const floating = {
    horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, offset: 0 },
    verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: 0 },
    wrap: { type: TextWrappingType.NONE },
    allowOverlap: true,
  };
  return emblem.type === "svg"
    ? new ImageRun({
        type: "svg",
        data: emblem.data,
        transformation,
        floating,
        fallback: { type: "png", data: emblem.fallback ?? BLANK_PNG },
      })
    : new ImageRun({ type: "png", data: emblem.data, transformation, floating });
}

function heading(spec: MemoSpec): Paragraph {
  return new Paragraph({
    children: [
      ...(spec.emblem ? [emblemRun(spec.emblem)] : []),
      run(spec.title, { bold: true, size: TITLE }),
    ],
    alignment: AlignmentType.CENTER,
    // The emblem is 1.5 cm high, taller than the heading's line: the fields start below it.
    spacing: { before: 60, after: 240 },
  });
}

const labelled = (field: MemoLine) => [
  run(`${field.label} `, { bold: true, size: LABEL }),
  run(field.value),
];

function headerLines(spec: MemoSpec): Paragraph[] {
  return [
    new Paragraph({ children: labelled(spec.department) }),
    new Paragraph({
      children: [
        ...labelled(spec.reference),
        new TextRun({ text: "\t", font: FONT, size: BODY }),
        ...labelled(spec.date),
      ],
      tabStops: [{ type: TabStopType.LEFT, position: Math.round(TEXT_WIDTH / 2) }],
    }),
    new Paragraph({ children: labelled(spec.subject) }),
    new Paragraph({
      children: [run(`${spec.to.label} `, { bold: true }), run(spec.to.value)],
      spacing: { before: 120, after: 120 },
    }),
  ];
}

/** A numbered section; `keepLast`: its last paragraph stays on the page of what follows (the
 * closing), so the signature page never holds the closing alone. */
function sectionParagraphs(section: MemoSpec["sections"][number], keepLast: boolean): Paragraph[] {
  const count = section.paragraphs.length + section.items.length;
  const keep = (index: number) => keepLast && index === count - 1;
  return [
    new Paragraph({
      children: [run(section.heading, { bold: true })],
      indent: { firstLine: INDENT },
      keepNext: true,
    }),
    ...section.paragraphs.map((text, index) => bodyParagraph(text, { keepNext: keep(index) })),
    // One measure a line, numbered, hanging under the paragraph indent.
    ...section.items.map(
      (text, index) =>
        new Paragraph({
          children: [run(text)],
          indent: {
            left: INDENT + convertMillimetersToTwip(8),
            hanging: convertMillimetersToTwip(8),
          },
          keepNext: keep(section.paragraphs.length + index),
        })
    ),
  ];
}

/** "- ๒ -" centred at the top from the second page on; the first page has none. */
function pageHeaders() {
  const numbered = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ["- ", PageNumber.CURRENT, " -"], font: FONT, size: BODY }),
        ],
      }),
    ],
  });
  return { default: numbered, first: new Header({ children: [new Paragraph({})] }) };
}

export function memoDocument(spec: MemoSpec): Document {
  const margins = {
    top: convertMillimetersToTwip(20),
    bottom: convertMillimetersToTwip(20),
    left: convertMillimetersToTwip(30),
    right: convertMillimetersToTwip(20),
    header: convertMillimetersToTwip(10),
  };
  const pageNumbers = {
    start: 1,
    formatType: spec.thaiDigits ? NumberFormat.THAI_NUMBERS : NumberFormat.DECIMAL,
  };
  return new Document({
    creator: "ITA Measures Tracker",
    title: spec.subject.value,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: { page: { margin: margins, pageNumbers }, titlePage: true },
        headers: pageHeaders(),
        children: [
          heading(spec),
          ...headerLines(spec),
          ...spec.sections.flatMap((section, index) =>
            sectionParagraphs(section, index === spec.sections.length - 1)
          ),
          ...closingAndSigner(spec),
          ...commentBlocks(spec),
        ],
      },
      {
        // The attachment is a document of its own: its pages are numbered from 1 again.
        properties: {
          page: {
            margin: { ...margins, left: convertMillimetersToTwip(20) },
            size: { orientation: PageOrientation.LANDSCAPE },
            pageNumbers,
          },
          titlePage: true,
        },
        headers: pageHeaders(),
        children: [
          new Paragraph({ children: [run("สิ่งที่แนบมาด้วย", { bold: true })], spacing: { after: 60 } }),
          new Paragraph({
            children: [run(spec.attachment.title, { bold: true })],
            alignment: AlignmentType.CENTER,
            spacing: { after: 120 },
          }),
          attachmentTable(spec.attachment),
        ],
      },
    ],
  });
}

export async function memoBytes(spec: MemoSpec): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(memoDocument(spec)));
}
