// The memo as data: the addressee and comment levels from the organisation, the emblem read from
// its bytes, the numbered sections with one line per measure, and the chosen digits everywhere.
import { deflateSync } from "zlib";
import {
  clerkOf,
  EMBLEM_MAX_BYTES,
  fromBase64,
  headOf,
  proposedApprovers,
  readEmblem,
  toBase64,
} from "../../src/domain/memo-form";
import { buildMemo, defaultMemoFields, MemoFields, MemoSpec } from "../../src/domain/memo-spec";
import { analysePlan } from "../../src/domain/plan-analysis";
import { planColumnsOf } from "../../src/domain/report/plan-capabilities";
import type { ReportSettings } from "../../src/domain/report/report-spec";
import { EXPECTED_TEMPLATE_HEADER } from "../support/expected-plan";
import { solidPng } from "../support/png";

const TODAY = new Date(Date.UTC(2024, 3, 24));
const SETTINGS: ReportSettings = {
  organisation: "เทศบาลเมืองชัยนาท",
  district: "เมืองชัยนาท",
  province: "ชัยนาท",
  fiscalYear: 2567,
  round: 12,
  preparerName: "นางสาวสุกัญญา อ่อนพร",
  preparerPosition: "หัวหน้าฝ่ายแผนงานและงบประมาณ\nรักษาราชการแทน ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ",
};

describe("the memo's addressee and comment levels", () => {
  it.each([
    ["เทศบาลเมืองชัยนาท", "นายกเทศมนตรีเมืองชัยนาท", "ปลัดเทศบาลเมืองชัยนาท"],
    ["เทศบาลตำบลบ้านตัวอย่าง", "นายกเทศมนตรีตำบลบ้านตัวอย่าง", "ปลัดเทศบาลตำบลบ้านตัวอย่าง"],
    ["เทศบาลนครนนทบุรี", "นายกเทศมนตรีนครนนทบุรี", "ปลัดเทศบาลนครนนทบุรี"],
    ["ทต.หนองบัว", "นายกเทศมนตรีตำบลหนองบัว", "ปลัดเทศบาลตำบลหนองบัว"],
    ["องค์การบริหารส่วนตำบลบ้านใหม่", "นายกองค์การบริหารส่วนตำบลบ้านใหม่", "ปลัดองค์การบริหารส่วนตำบลบ้านใหม่"],
    ["อบต. บ้านใหม่", "นายกองค์การบริหารส่วนตำบลบ้านใหม่", "ปลัดองค์การบริหารส่วนตำบลบ้านใหม่"],
    ["องค์การบริหารส่วนจังหวัดเลย", "นายกองค์การบริหารส่วนจังหวัดเลย", "ปลัดองค์การบริหารส่วนจังหวัดเลย"],
  ])("%s is headed by %s", (organisation, head, clerk) => {
    expect(headOf(organisation)).toBe(head);
    expect(clerkOf(organisation)).toBe(clerk);
  });

  it("proposes nothing for an organisation not yet named", () => {
    expect(headOf("  ")).toBe("");
    expect(defaultMemoFields({ ...SETTINGS, organisation: "" }, TODAY).to).toBe("");
  });

  it("proposes the three usual comment levels, the head's last", () => {
    expect(proposedApprovers("เทศบาลเมืองชัยนาท").map((level) => level.title)).toEqual([
      "ความเห็นหัวหน้าส่วนราชการ",
      "ความเห็นปลัดเทศบาลเมืองชัยนาท",
      "ความเห็น/คำสั่งนายกเทศมนตรีเมืองชัยนาท",
    ]);
  });
});

describe("the emblem the user supplies", () => {
  it("reads a PNG's proportions from its header", () => {
    expect(readEmblem(solidPng(40, 50))).toMatchObject({ type: "png", width: 40, height: 50 });
  });

  it("reads an SVG's proportions from its viewBox, else its width and height", () => {
    const svg = (attributes: string) =>
      new TextEncoder().encode(`<?xml version="1.0"?><svg ${attributes}></svg>`);
    expect(readEmblem(svg('viewBox="0 0 120 150" width="100%"'))).toMatchObject({
      type: "svg",
      width: 120,
      height: 150,
    });
    expect(readEmblem(svg('width="30" height="45"'))).toMatchObject({ width: 30, height: 45 });
  });

  it("refuses what is neither, and files too large to keep in the workbook", () => {
    expect(readEmblem(new TextEncoder().encode("GIF89a..."))).toBe("notImage");
    const noise = deflateSync(Buffer.alloc(1)); // any bytes
    expect(readEmblem(Buffer.concat([solidPng(2, 2), Buffer.alloc(EMBLEM_MAX_BYTES), noise]))).toBe(
      "tooLarge"
    );
  });

  it("goes through base64 unchanged", () => {
    const png = solidPng(33, 7);
    expect(Buffer.from(fromBase64(toBase64(png)))).toEqual(png);
  });
});

function memo(overrides: Partial<MemoFields>, thaiDigits: boolean): MemoSpec {
  const row = (measure: string, ticks: string[], result: string) => [
    1,
    measure,
    "วิธี",
    "กองคลัง",
    "ต.ค. 2566 - ก.ย. 2567",
    ...ticks,
    result,
    "",
    "",
    "",
    "",
    "",
    "",
    "",
  ];
  const values = [
    EXPECTED_TEMPLATE_HEADER,
    row("๑. จัดซื้อจัดจ้างโปร่งใส", ["", "", "/"], ""),
    row("No Gift Policy", ["", "", ""], "ประกาศนโยบาย 12 ครั้ง\nบรรทัดที่สอง"),
  ];
  const { plan, layout } = analysePlan(
    { firstRow: 0, firstColumn: 0, values },
    { today: TODAY, fiscalYear: 2567 }
  );
  const fields = {
    ...defaultMemoFields(SETTINGS, TODAY),
    department: "กองยุทธศาสตร์ฯ โทร. 0 5641 1234",
    number: "ชน 52006/123",
    ...overrides,
  };
  return buildMemo(fields, plan.measures, SETTINGS, {
    thaiDigits,
    layout: "results",
    columns: planColumnsOf(layout),
  });
}

describe("the memo spec", () => {
  it("numbers its sections, leaving out an empty ข้อกฎหมาย/ระเบียบ", () => {
    expect(memo({}, true).sections.map((s) => s.heading)).toEqual([
      "๑. เรื่องเดิม",
      "๒. ข้อเท็จจริง",
      "๓. ข้อพิจารณา/ข้อเสนอ",
    ]);
    expect(memo({ legal: "ระเบียบ ข้อ 5" }, false).sections.map((s) => s.heading)).toEqual([
      "1. เรื่องเดิม",
      "2. ข้อเท็จจริง",
      "3. ข้อกฎหมาย/ระเบียบ",
      "4. ข้อพิจารณา/ข้อเสนอ",
    ]);
  });

  it("lists each measure in ข้อเท็จจริง with its status, or its result's first line without one", () => {
    expect(memo({}, false).sections[1].items).toEqual([
      "1) จัดซื้อจัดจ้างโปร่งใส : ดำเนินการแล้วเสร็จ",
      "2) No Gift Policy : ประกาศนโยบาย 12 ครั้ง",
    ]);
  });

  it("puts every number in the chosen digits, the user's text included", () => {
    // Every text of the spec; the column widths are numbers, not printed.
    const texts = (spec: MemoSpec) =>
      JSON.stringify(spec, (key, value: unknown) => (key === "widths" ? undefined : value));
    const thai = texts(memo({ legal: "ข้อ 5" }, true));
    const arabic = texts(memo({ number: "ชน ๕๒๐๐๖/๑๒๓", legal: "ข้อ ๕" }, false));
    expect(thai).not.toMatch(/[0-9]/);
    expect(arabic).not.toMatch(/[๐-๙]/);
    expect(memo({}, true).department.value).toBe("กองยุทธศาสตร์ฯ โทร. ๐ ๕๖๔๑ ๑๒๓๔");
  });

  it("signs with the preparer, a two-line position kept as two lines, then the comment levels", () => {
    const spec = memo({}, true);
    expect(spec.signer).toEqual({
      name: "นางสาวสุกัญญา อ่อนพร",
      position: ["หัวหน้าฝ่ายแผนงานและงบประมาณ", "รักษาราชการแทน ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ"],
    });
    expect(spec.comments.map((c) => c.title)).toHaveLength(3);
    const untitled = memo({ approvers: [{ title: " ", name: "นาย ก", position: "ปลัด" }] }, true);
    expect(untitled.comments).toEqual([{ title: "ความเห็น", name: "นาย ก", position: ["ปลัด"] }]);
    expect(spec.closing).toBe("จึงเรียนมาเพื่อโปรดพิจารณา");
    // The user's own closing, ending the proposal, replaces the default and is printed once.
    const own = memo({ proposal: "เห็นควรเผยแพร่\nจึงเรียนมาเพื่อโปรดทราบ" }, true);
    expect(own.closing).toBe("จึงเรียนมาเพื่อโปรดทราบ");
    expect(own.sections.at(-1)!.paragraphs).toEqual(["เห็นควรเผยแพร่"]);
    expect(spec.to.value).toBe("นายกเทศมนตรีเมืองชัยนาท");
  });
});
