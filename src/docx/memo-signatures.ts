// The signer's block and the comment-and-sign levels under it. Every block is one unit for the
// page flow (keepNext on all its lines but the last, keepLines on each), so none is split, and
// the signer's block stays with the closing paragraph before it.
import {
  AlignmentType,
  LeaderType,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  convertMillimetersToTwip,
} from "docx";
import type { MemoSignatureSpec, MemoSpec } from "../domain/memo-spec";
import { BODY, FONT, INDENT, TEXT_WIDTH, run } from "./memo-runs";

// Signatures sit in the right half of the text, centred there, as on the form.
const RIGHT_HALF = { left: convertMillimetersToTwip(55) };
const DOTS = "......................................................";
const SIGNATURE_ROOM = 560; // twips above the name: room for a handwritten signature

const line = (
  children: TextRun[],
  options: { last?: boolean; before?: number; centred?: boolean; dotted?: boolean } = {}
) =>
  new Paragraph({
    children,
    keepNext: !options.last,
    keepLines: true,
    spacing: { before: options.before ?? 0 },
    indent: options.centred ? RIGHT_HALF : undefined,
    alignment: options.centred ? AlignmentType.CENTER : AlignmentType.LEFT,
    // A dotted line to the right margin: where the comment is written by hand.
    tabStops: options.dotted
      ? [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: LeaderType.DOT }]
      : undefined,
  });

/** "(name)" and the position's lines: the last line ends the block. */
function nameLines(signer: MemoSignatureSpec, before = 0): Paragraph[] {
  const lines = [`(${signer.name || DOTS})`, ...signer.position];
  return lines.map((text, index) =>
    line([run(text)], {
      centred: true,
      before: index === 0 ? before : 0,
      last: index === lines.length - 1,
    })
  );
}

/** The closing paragraph and the signer's block, kept on one page. */
export function closingAndSigner(spec: MemoSpec): Paragraph[] {
  return [
    new Paragraph({
      children: [run(spec.closing)],
      indent: { firstLine: INDENT },
      spacing: { before: 120 },
      keepNext: true,
      keepLines: true,
    }),
    ...nameLines(spec.signer, SIGNATURE_ROOM * 2),
  ];
}

const dottedLine = () =>
  line([new TextRun({ children: [new Tab()], font: FONT, size: BODY })], { dotted: true });

/** One comment level: its heading, two lines to write on, a signature line, name, position. */
function commentBlock(comment: MemoSpec["comments"][number]): Paragraph[] {
  return [
    line([run(comment.title, { bold: true })], { before: 240 }),
    dottedLine(),
    dottedLine(),
    line([run(`ลงชื่อ ${DOTS}`)], { centred: true, before: SIGNATURE_ROOM }),
    ...nameLines(comment),
  ];
}

export function commentBlocks(spec: MemoSpec): Paragraph[] {
  return spec.comments.flatMap(commentBlock);
}
