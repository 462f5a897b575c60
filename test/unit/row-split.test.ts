// Cells taller than Excel's 409 pt row are continued on the rows below, cut at paragraphs and
// numbered items, else between words; every character kept, the other cells empty below.
import { linesPerRow, splitRows } from "../../src/domain/report/row-split";
import {
  rowHeight,
  wordsAndGaps,
  WrapCounter,
  wrappedLines,
} from "../../src/domain/report/row-heights";
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

describe("a cell as long as Excel allows", () => {
  it("is cut into words in work linear in its length: the segmenter given short slices, each character counted a few times", () => {
    const paragraph = "ผลการดำเนินงานตามแผน ".repeat(1500); // 31,500 characters, one paragraph
    // Intl.Segmenter over 30,000 characters at once took 5 s and 700 MB; counting the growing
    // piece again at each word read the text hundreds of times over.
    const segmented = jest.spyOn(Intl.Segmenter.prototype, "segment");
    const counted = jest.spyOn(WrapCounter.prototype, "add");
    const split = splitRows([["มาตรการ", paragraph]], [10, 40], 16);
    const longestSlice = Math.max(...segmented.mock.calls.map(([text]) => text.length));
    const charactersCounted = counted.mock.calls.reduce((sum, [text]) => sum + text.length, 0);
    segmented.mockRestore();
    counted.mockRestore();
    expect(longestSlice).toBeLessThanOrEqual(500);
    expect(charactersCounted / paragraph.length).toBeLessThan(12);
    // Every word kept, in order, each piece within a row.
    const kept = split.values
      .map((row) => row[1])
      .join("")
      .replace(/\s/g, "");
    expect(kept === paragraph.replace(/\s/g, "")).toBe(true);
    expect(split.heights.every((height) => height <= 409)).toBe(true);
  });

  it("counts a text's lines the same whether it is added at once or piece by piece", () => {
    const text = longResult(3000);
    const counter = WrapCounter.forWidth(37);
    const pieces = text.match(/[\s\S]{1,17}/g)!;
    pieces.forEach((piece, index) => {
      const sofar = pieces.slice(0, index).join("");
      expect(counter.linesWith(piece)).toBe(wrappedLines(sofar + piece, 37));
      counter.add(piece);
    });
    expect(counter.lines()).toBe(wrappedLines(text, 37));
  });

  it("finds the same words whether the text is segmented whole or in slices", () => {
    const text = "การจัดซื้อจัดจ้าง โปร่งใส\nตรวจสอบได้ https://example.go.th/ita ".repeat(60);
    const whole = [...new Intl.Segmenter("th", { granularity: "word" }).segment(text)].map(
      (s) => s.segment
    );
    expect(wordsAndGaps(text)).toEqual(whole);
  });
});
