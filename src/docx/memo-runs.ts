// The memo's type: TH SarabunPSK 16 pt body, the form's 20 pt bold labels and 29 pt heading, and
// the A4 portrait text width (3 cm left, 2 cm right) the paragraphs are laid out in.
import { AlignmentType, Paragraph, TextRun, convertMillimetersToTwip } from "docx";
import type { IParagraphOptions } from "docx";
import { THAI_FONT } from "../domain/sheet-look";

export const FONT = THAI_FONT;
export const BODY = 32; // half-points: 16 pt
export const LABEL = 40; // 20 pt: the form's ส่วนราชการ, ที่, วันที่, เรื่อง
export const TITLE = 58; // 29 pt: บันทึกข้อความ
export const TEXT_WIDTH = convertMillimetersToTwip(210 - 30 - 20);
/** The regulation's paragraph indent. */
export const INDENT = convertMillimetersToTwip(25);

export const run = (text: string, options: { bold?: boolean; size?: number } = {}) =>
  new TextRun({
    text,
    font: { ascii: FONT, cs: FONT, hAnsi: FONT },
    size: options.size ?? BODY,
    sizeComplexScript: options.size ?? BODY,
    bold: options.bold,
    boldComplexScript: options.bold,
  });

/** A body paragraph: first line indented 2.5 cm, Thai distributed justification. */
export const bodyParagraph = (text: string, options: IParagraphOptions = {}) =>
  new Paragraph({
    children: [run(text)],
    alignment: AlignmentType.THAI_DISTRIBUTE,
    indent: { firstLine: INDENT },
    ...options,
  });
