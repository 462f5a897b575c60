// The cover memo written by the command line, rendered by LibreOffice Writer and checked from the
// PDF: the header fields, the summary figures and every measure of the attached table.
import { execFileSync } from "child_process";
import { copyFileSync, mkdirSync, readdirSync, rmSync } from "fs";
import { join } from "path";
import { runCli } from "../../src/cli/main";
import { writeExamplePlan } from "../support/example-plan-workbook";
import { scratchDirectory } from "../support/xlsx-fixtures";

const TODAY = new Date(Date.UTC(2023, 9, 20));
const directory = scratchDirectory();
const artifacts = join(__dirname, "..", "..", "artifacts", "rendered");
const squeeze = (text: string) => text.replace(/\s+/g, "");

describe("the memo rendered by LibreOffice Writer", () => {
  let text: string;
  let measures: Awaited<ReturnType<typeof writeExamplePlan>>;

  beforeAll(async () => {
    const plan = join(directory, "plan.xlsx");
    measures = await writeExamplePlan(plan, TODAY);
    const memo = join(directory, "memo.docx");
    const out: string[] = [];
    const code = await runCli(
      [
        "memo",
        plan,
        "-o",
        memo,
        "--department",
        "กองยุทธศาสตร์และงบประมาณ",
        "--number",
        "ลย 52102/123",
      ].concat([
        "--date",
        "2023-10-20",
        "--approver",
        "นายสมชาย ใจดี|ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ",
      ]),
      { out: (t) => out.push(t), err: (t) => out.push(t), today: TODAY }
    );
    if (code !== 0) throw new Error(out.join("\n"));
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", directory, memo], {
      stdio: "ignore",
      timeout: 120_000,
    });
    const pdf = join(directory, "memo.pdf");
    mkdirSync(artifacts, { recursive: true });
    for (const old of readdirSync(artifacts).filter((file) => file.startsWith("memo-")))
      rmSync(join(artifacts, old));
    execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(artifacts, "memo")]);
    copyFileSync(pdf, join(artifacts, "memo.pdf"));
    text = squeeze(execFileSync("pdftotext", ["-raw", pdf, "-"]).toString());
  }, 180_000);

  it("has the memo form's header fields", () => {
    for (const expected of [
      "บันทึกข้อความ",
      "ส่วนราชการกองยุทธศาสตร์และงบประมาณ",
      "ที่ลย52102/123",
      "วันที่20ตุลาคม2566",
      "เรื่องรายงานผลการดำเนินการตามมาตรการ",
      "เรียนนายกเทศบาลเมืองวังสะพุง",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("states the summary figures in ข้อเท็จจริง", () => {
    expect(text).toContain("๒.ข้อเท็จจริง");
    expect(text).toContain("มีมาตรการทั้งหมด5มาตรการดำเนินการแล้วเสร็จ4มาตรการ(ร้อยละ80)");
    expect(text).toContain("(นายสมชายใจดี)");
  });

  it("attaches every measure", () => {
    for (const measure of measures) expect(text).toContain(squeeze(measure.text.measure));
  });
});
