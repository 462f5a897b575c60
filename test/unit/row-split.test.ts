// Cells taller than Excel's 409 pt row are continued on the rows below, cut at paragraphs and
// numbered items, else between words; every character kept, the other cells empty below.
import { linesPerRow, splitRows } from "../../src/domain/report/row-split";
import { rowHeight, wrappedLines } from "../../src/domain/report/row-heights";
import { longResult } from "../support/long-plans";

const WIDTHS = [5, 30, 40];
const squeeze = (text: string) => text.replace(/\s+/g, "");

describe("continued rows", () => {
  it("leave a row that fits as it is", () => {
    const split = splitRows([["1.", "สั้น", "ผลสั้น"]], WIDTHS, 14);
    expect(split).toEqual({
      values: [["1.", "สั้น", "ผลสั้น"]],
      heights: [rowHeight(["1.", "สั้น", "ผลสั้น"], WIDTHS, 14)],
      continues: [false],
    });
  });

  it("continue a 6,000-character result at its numbered items, each row under 409 pt", () => {
    const result = longResult(6_000);
    const split = splitRows([["1.", "มาตรการ", result]], WIDTHS, 14);
    expect(split.values.length).toBeGreaterThan(2);
    expect(split.continues).toEqual(split.values.map((_, r) => r > 0));
    expect(Math.max(...split.heights)).toBeLessThanOrEqual(409);
    // The other cells only on the measure's first row; every item starts a line of its own.
    expect(split.values.slice(1).every((row) => row[0] === "" && row[1] === "")).toBe(true);
    for (const row of split.values) expect(String(row[2])).toMatch(/^\d+\. /);
    expect(split.values.map((row) => row[2]).join("\n")).toBe(result);
  });

  it("cut one paragraph longer than a row between Thai words, losing nothing", () => {
    const paragraph = "การส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน".repeat(60);
    const split = splitRows([["1.", paragraph, ""]], WIDTHS, 14);
    expect(split.values.length).toBeGreaterThan(1);
    const pieces = split.values.map((row) => String(row[1]));
    expect(squeeze(pieces.join(""))).toBe(squeeze(paragraph));
    // Cut between words: every cut falls where Intl.Segmenter ends a Thai word.
    const ends = new Set(
      [...new Intl.Segmenter("th", { granularity: "word" }).segment(paragraph)].map(
        ({ index, segment }) => index + segment.length
      )
    );
    let at = 0;
    for (const piece of pieces) {
      expect(wrappedLines(piece, WIDTHS[1])).toBeLessThanOrEqual(linesPerRow(14));
      at += piece.length;
      expect(ends.has(at)).toBe(true);
    }
  });

  it("split under a smaller limit too (the same rules at any height)", () => {
    const split = splitRows([["1.", "ก\nข\nค\nง\nจ\nฉ", ""]], WIDTHS, 14, 60);
    expect(split.values.map((row) => row[1])).toEqual(["ก\nข", "ค\nง", "จ\nฉ"]);
  });
});
