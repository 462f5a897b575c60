// The memo's fields and emblem remembered in the workbook's settings and read back, in the round
// trips the rules allow, and the addressee proposed from the organisation in the settings.
import { capabilitiesFrom } from "../../src/domain/excel-capabilities";
import { readEmblem } from "../../src/domain/memo-form";
import { MEMO_EMBLEM_SETTING, readMemo, saveMemoFields } from "../../src/excel/memo-actions";
import { insertPlanTemplate } from "../../src/excel/plan-template-writer";
import { insertScoresSheet, pasteScoreLines } from "../../src/excel/scores-actions";
import { FakeExcelHost } from "../../office-fake/excel";
import { inExcel, scoreLines } from "../support/in-excel";
import { solidPng } from "../support/png";

const TODAY = new Date(Date.UTC(2026, 10, 22));

async function workbookWithPlan() {
  const host = new FakeExcelHost();
  const run = inExcel(host);
  await run((context) =>
    insertPlanTemplate(
      context,
      { withExample: true, fiscalYear: 2570 },
      capabilitiesFrom(() => true)
    )
  );
  host.paste("ตั้งค่า ITA", "B3", [["องค์การบริหารส่วนตำบลบ้านใหม่"]]);
  return { host, run, planId: host.sheet("แผนมาตรการ ITA").id };
}

describe("memo settings someone damaged", () => {
  it.each([
    ['"abc"', '"!!!!"'],
    ['{"approvers":[null],"department":5}', "5"],
    ["[1]", JSON.stringify(btoa("no image"))],
  ])("fields %s and emblem %s are ignored with a warning", async (fields, emblem) => {
    const { host, run, planId } = await workbookWithPlan();
    host.model.settings.set("ITA.memo", fields);
    host.model.settings.set(MEMO_EMBLEM_SETTING, emblem);
    const memo = await run((context) => readMemo(context, planId, {}, TODAY));
    expect(memo.ignoredSettings).toEqual(["memo", "memoEmblem"]);
    expect(memo.emblem).toBeNull();
    expect(memo.fields.to).toBe("นายกองค์การบริหารส่วนตำบลบ้านใหม่");
    expect(memo.fields.approvers).toHaveLength(3);
  });
});

describe("the memo in the workbook", () => {
  it("proposes the addressee and comment levels from the organisation, in two round trips", async () => {
    const { host, run, planId } = await workbookWithPlan();
    const before = host.syncCount;
    const memo = await run((context) => readMemo(context, planId, {}, TODAY));
    expect(host.syncCount - before).toBe(2);
    expect(memo.fields.to).toBe("นายกองค์การบริหารส่วนตำบลบ้านใหม่");
    expect(memo.fields.approvers.map((level) => level.title)).toEqual([
      "ความเห็นหัวหน้าส่วนราชการ",
      "ความเห็นปลัดองค์การบริหารส่วนตำบลบ้านใหม่",
      "ความเห็น/คำสั่งนายกองค์การบริหารส่วนตำบลบ้านใหม่",
    ]);
    expect(memo.emblem).toBeNull();
    // Digits as the report's remembered options (Thai by default).
    expect(memo.spec(memo.fields, null).thaiDigits).toBe(true);
  });

  it("remembers the fields, levels and emblem in one round trip, and forgets the emblem on request", async () => {
    const { host, run, planId } = await workbookWithPlan();
    const first = await run((context) => readMemo(context, planId, {}, TODAY));
    const emblem = readEmblem(solidPng(30, 33));
    if (typeof emblem === "string") throw new Error(emblem);
    const fields = {
      ...first.fields,
      department: "สำนักปลัด",
      legal: "ระเบียบ ข้อ ๑๐",
      approvers: [{ title: "ความเห็นปลัด", name: "นายอรุณ คุ่มทัน", position: "ปลัด อบต." }],
    };
    const before = host.syncCount;
    await run((context) => saveMemoFields(context, fields, emblem));
    expect(host.syncCount - before).toBe(1);
    const again = await run((context) => readMemo(context, planId, {}, TODAY));
    expect(again.fields).toMatchObject({ department: "สำนักปลัด", legal: "ระเบียบ ข้อ ๑๐" });
    expect(again.fields.approvers).toEqual(fields.approvers);
    expect(again.emblem).toMatchObject({ type: "png", width: 30, height: 33 });
    const bytes = again.spec(again.fields, again.emblem).emblem!.data;
    expect(Buffer.from(bytes)).toEqual(Buffer.from(emblem.data));

    await run((context) => saveMemoFields(context, again.fields, null));
    expect(host.model.settings.get(MEMO_EMBLEM_SETTING)).toBe("null");
    expect((await run((context) => readMemo(context, planId, {}, TODAY))).emblem).toBeNull();
  });

  it("tells last year's weak indicators in เรื่องเดิม from the scores sheet, in the same two round trips", async () => {
    const { host, run, planId } = await workbookWithPlan();
    await run((context) => insertScoresSheet(context, 2570));
    const lines = scoreLines([90, 88, 86, 91, 87, 87, 86, 88, 60, 75]);
    await run((context) => pasteScoreLines(context, 2569, lines));
    const before = host.syncCount;
    const memo = await run((context) => readMemo(context, planId, {}, TODAY));
    expect(host.syncCount - before).toBe(2);
    const background = memo.spec(memo.fields, null).sections[0];
    expect(background.paragraphs.at(-1)).toMatch(
      /^ผลการประเมินปี ๒๕๖๙ ตัวชี้วัดที่ได้คะแนนต่ำสุดคือ ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล \(๖๐\.๐๐\)/
    );
    expect(background.items.map((item) => /^- ตัวชี้วัดที่ ([๐-๙]+) /.exec(item)?.[1])).toEqual([
      "๙",
      "๑๐",
    ]);
  });
});
