// merge: the coordinator's plan and three divisions' copies, with measures from seed 001 as
// pasted: one conflict, one added measure, one copy whose headers were renamed and renumbered;
// and a plan with a round-6 snapshot merged with a copy whose result header is not recognised.
import { createHash } from "crypto";
import { readFileSync } from "fs";
import { join } from "path";
import { analysePlan } from "../../src/domain/plan-analysis";
import { recognisePlan } from "../../src/domain/plan-layout";
import { readMeasures } from "../../src/domain/plan-reading";
import { measureKey } from "../../src/domain/measure-key";
import { HISTORY_SHEET, snapshotOf, snapshotRows } from "../../src/domain/plan/round-snapshot";
import { loadWorkbook } from "../../src/xlsx/input-file";
import { pastedSeedTables, SEEDS } from "../support/seed-paste";
import { scratchDirectory, writeWorkbook } from "../support/xlsx-fixtures";
import { roundTwelveSummary, runCommand } from "../support/cli-run";

const TODAY = new Date(Date.UTC(2026, 10, 22));
const directory = scratchDirectory();

const digest = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

// Seed 001's measures, as read from its pasted table.
const seedGrid = { firstRow: 0, firstColumn: 0, values: pastedSeedTables(SEEDS.wangsaphung)[0] };
const SEED = readMeasures(seedGrid, recognisePlan(seedGrid)!).measures.slice(0, 4);
const TITLE = [["รายงานผลการดำเนินการตามมาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"], []];
const HEADER = ["มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา", "ผลการดำเนินการ", "ข้อเสนอแนะ"];
/** The measures' rows with these results; `number` prefixes a measure as a copy may number it. */
const unnumbered = () => "";
const planRows = (results: string[], number: (index: number) => string = unnumbered) =>
  SEED.map((m, i) => [
    `${number(i)}${m.text.measure}`,
    m.text.owner,
    m.text.period,
    results[i],
    "",
  ]);

/** `merge` of the plan and copies, in that order, into the scratch file `name`. */
async function mergeInto(name: string, planThenCopies: string[]) {
  const output = join(directory, name);
  return { output, ...(await runCommand(["merge", ...planThenCopies, "-o", output], TODAY)) };
}

/** What merge prints of four measures: the total taken, then how many from each copy. */
const written = (output: string, taken: number, perCopy: [string, number][]) => [
  `เขียนแผนที่รวมผลแล้ว "${output}" (4 มาตรการ นำผลจากไฟล์ของกองมา ${taken} รายการ)`,
  ...perCopy.map(([copy, count]) => `- ${copy}: นำผลมา ${count} รายการ`),
];

describe("ita-tracker merge", () => {
  it("takes each division's reports, lists the conflict and the added measure, changes no input", async () => {
    const files = {
      plan: join(directory, "plan.xlsx"),
      finance: join(directory, "กองคลัง.xlsx"),
      works: join(directory, "กองช่าง.xlsx"),
      office: join(directory, "สำนักปลัด.xlsx"),
    };
    const empty = ["", "", "", ""];
    await writeWorkbook(files.plan, [
      { name: "แผน", rows: [...TITLE, HEADER, ...planRows(empty)] },
    ]);
    await writeWorkbook(files.finance, [
      { name: "แผน", rows: [...TITLE, HEADER, ...planRows(["", "จัดซื้อครบ 12 ครั้ง", "", ""])] },
    ]);
    await writeWorkbook(files.works, [
      {
        name: "แผน",
        rows: [...TITLE, HEADER, ...planRows(["", "จัดซื้อ 10 ครั้ง", "", "ซ่อมรถส่วนกลางแล้ว"])],
      },
    ]);
    // The office renamed the headers, numbered the measures and added one of its own.
    const renamed = [
      "มาตรการ/แนวทาง",
      "หน่วยงานผู้รับผิดชอบ",
      "ระยะเวลาดำเนินการ",
      "สรุปผลการดำเนินการตามมาตรการ",
      "ข้อเสนอแนะ",
    ];
    await writeWorkbook(files.office, [
      {
        name: "แผน",
        rows: [
          ...TITLE,
          renamed,
          ...planRows(["ประชุมชี้แจงแล้ว", "", "", ""], (i) => `${i + 1}. `),
          ["ตั้งกล่องรับความคิดเห็น", "สำนักปลัด", "ตลอดปี", "ตั้งแล้ว", ""],
        ],
      },
    ]);
    const before = Object.values(files).map(digest);

    const result = await mergeInto("merged.xlsx", Object.values(files));
    const { output } = result;
    expect(result.code).toBe(1);
    expect(result.out).toEqual(
      written(output, 2, [
        ["กองคลัง.xlsx", 0],
        ["กองช่าง.xlsx", 1],
        ["สำนักปลัด.xlsx", 1],
      ])
    );
    // What needs the user's choice is a warning: on stderr, beside the result on stdout.
    expect(result.err).toEqual([
      `ไม่ตรงกัน: มาตรการ "${SEED[1].text.measure}" ช่องผลการดำเนินการ: กองคลัง.xlsx: "จัดซื้อครบ 12 ครั้ง"; กองช่าง.xlsx: "จัดซื้อ 10 ครั้ง" (คงค่าเดิมของแผนไว้ ให้เลือกแล้วแก้เอง)`,
      'ไฟล์ สำนักปลัด.xlsx เพิ่มมาตรการ "ตั้งกล่องรับความคิดเห็น" (ไม่ได้รวมเข้าแผน)',
    ]);
    expect(Object.values(files).map(digest)).toEqual(before);

    const merged = await loadWorkbook(output);
    const read = analysePlan(merged.grid(merged.sheetNames[0]), { today: TODAY });
    expect(read.plan.measures.map((m) => measureKey(m.text.measure))).toEqual(
      SEED.map((m) => measureKey(m.text.measure))
    );
    expect(read.plan.measures.map((m) => m.text.result)).toEqual([
      "ประชุมชี้แจงแล้ว",
      "",
      "",
      "ซ่อมรถส่วนกลางแล้ว",
    ]);
    expect(merged.namedValue("ITA_FiscalYear")).toBe(2566);
  });

  it("keeps the plan's results and history when a copy's result header is reworded or blank", async () => {
    const files = {
      plan: join(directory, "reported-plan.xlsx"),
      reworded: join(directory, "กองการศึกษา.xlsx"),
      partly: join(directory, "กองสาธารณสุข.xlsx"),
    };
    const reported = ["ประชุมแล้ว", "จัดซื้อครบ", "ตั้งแล้ว", "ซ่อมแล้ว"];
    // With a method column, so the round-12 report has no finding to stop at.
    const header = (result: string) => [
      HEADER[0],
      "วิธีดำเนินการ",
      ...HEADER.slice(1, 3),
      result,
      HEADER[4],
    ];
    const rows = (results: string[]) =>
      planRows(results).map(([measure, ...rest]) => [measure, "ประกาศ", ...rest]);
    // At round 6 the first two measures had no result yet.
    const roundSix = snapshotOf(
      SEED.map((m, i) => ({ ...m, text: { ...m.text, result: i < 2 ? "" : reported[i] } })),
      { fiscalYear: 2566, round: 6, takenOn: new Date(Date.UTC(2023, 3, 2)) }
    );
    await writeWorkbook(files.plan, [
      { name: "แผน", rows: [...TITLE, header(HEADER[3]), ...rows(reported)] },
      { name: HISTORY_SHEET, rows: snapshotRows(roundSix) },
    ]);
    await writeWorkbook(files.reworded, [
      { name: "แผน", rows: [...TITLE, header("สิ่งที่ทำไปแล้ว"), ...rows(["ทำแล้ว", "", "", ""])] },
    ]);
    // A copy that left three results blank and reported one anew.
    await writeWorkbook(files.partly, [
      { name: "แผน", rows: [...TITLE, header(HEADER[3]), ...rows(["", "", "", "ซ่อมครบทุกคัน"])] },
    ]);

    const result = await mergeInto("merged-with-history.xlsx", Object.values(files));
    const { output } = result;
    expect([result.code, ...result.out]).toEqual([
      0,
      ...written(output, 1, [
        ["กองการศึกษา.xlsx", 0],
        ["กองสาธารณสุข.xlsx", 1],
      ]),
    ]);
    expect(result.err).toEqual([
      "ไฟล์ กองการศึกษา.xlsx ไม่มีช่อง ผลการดำเนินการ (หัวตารางอาจถูกเปลี่ยนชื่อ): คงค่าของแผนในช่องนั้นไว้",
    ]);
    const english = await runCommand(
      ["merge", ...Object.values(files), "-o", output, "--force", "--lang", "en"],
      TODAY
    );
    expect([...english.out.slice(1), ...english.err]).toEqual([
      "- กองการศึกษา.xlsx: values taken: 0",
      "- กองสาธารณสุข.xlsx: values taken: 1",
      "กองการศึกษา.xlsx has no Result column (its header may have been renamed): the plan keeps its values there",
    ]);
    const merged = await loadWorkbook(output);
    const read = analysePlan(merged.grid(merged.sheetNames[0]), { today: TODAY });
    expect(read.plan.measures.map((m) => m.text.result)).toEqual([
      "ประชุมแล้ว",
      "จัดซื้อครบ",
      "ตั้งแล้ว",
      "ซ่อมครบทุกคัน",
    ]);

    // The round-12 report of the merged plan still compares with the round-6 snapshot.
    const report = join(directory, "merged-report.xlsx");
    const made = await roundTwelveSummary(output, report, 2566, ["--org", "อบต.วังสะพุง"], TODAY);
    expect(made.code).toBe(0);
    expect(made.lines).toContain(
      "เทียบกับรอบ 6 เดือน (บันทึกผลเมื่อ 2 เมษายน 2566): ดำเนินการแล้วเสร็จเพิ่ม 0 มาตรการ " +
        "รายงานผลการดำเนินการเพิ่ม 2 มาตรการ"
    );
  });

  it("matches a measure whatever its numbering, spacing and punctuation", () => {
    expect(measureKey("๓. การใช้ ทรัพย์สิน ของราชการ")).toBe(measureKey("การใช้ทรัพย์สินของราชการ"));
    expect(measureKey("(2) No Gift Policy.")).toBe(measureKey("no gift policy"));
    expect(measureKey("การใช้งบประมาณ")).not.toBe(measureKey("การใช้อำนาจ"));
  });
});
