// The report table attached to the memo, on its own landscape pages.
import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import type { MemoSpec } from "../domain/memo-spec";
import { run } from "./memo-runs";

const ALIGNMENTS = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

export function attachmentTable(spec: MemoSpec["attachment"]): Table {
  const total = spec.widths.reduce((sum, width) => sum + width, 0);
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  const cell = (text: string, index: number, header: boolean) =>
    new TableCell({
      width: { size: Math.round((spec.widths[index] / total) * 100), type: WidthType.PERCENTAGE },
      borders: { top: border, bottom: border, left: border, right: border },
      children: text.split("\n").map(
        (line) =>
          new Paragraph({
            // Headers read from the left; cells as the report aligns them (amounts right).
            alignment: header ? AlignmentType.LEFT : ALIGNMENTS[spec.align[index]],
            children: [run(line, { bold: header, size: 28 })],
          })
      ),
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
          new TableRow({
            cantSplit: false,
            children: row.map((text, index) => cell(text, index, false)),
          })
      ),
    ],
  });
}
