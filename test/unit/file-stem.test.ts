import { fileStem } from "../../src/domain/file-stem";

describe("fileStem", () => {
  it("cuts the memo's usual subject where a Thai word ends, not inside ภายใน", () => {
    const subject =
      "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐";
    expect(fileStem(subject)).toBe("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส");
  });

  it("keeps a short title whole and drops the spaces a cut leaves", () => {
    expect(fileStem("  บันทึกข้อความ  ")).toBe("บันทึกข้อความ");
    expect(fileStem("report of the measures", 14)).toBe("report of the");
  });

  it("cuts one overlong word between characters, a vowel kept with its consonant", () => {
    const stem = fileStem("ก้".repeat(40), 9);
    expect(stem).toBe("ก้ก้ก้ก้");
  });
});
