// next-year on a real plan as pasted (seed 001: results, no status, periods in Thai digits).
import { createHash } from "crypto";
import { readFileSync } from "fs";
import { join } from "path";
import { analysePlan } from "../../src/domain/plan-analysis";
import { shiftYearsInText } from "../../src/domain/plan/next-year";
import { HISTORY_SHEET, snapshotOf, snapshotRows } from "../../src/domain/plan/round-snapshot";
import { loadWorkbook } from "../../src/xlsx/input-file";
import { pastedSeedTables, SEEDS } from "../support/seed-paste";
import { scratchDirectory, writeWorkbook } from "../support/xlsx-fixtures";
import { runCommandText } from "../support/cli-run";

const TODAY = new Date(Date.UTC(2026, 10, 22));
const directory = scratchDirectory();

const run = (args: string[]) => runCommandText(args, TODAY);

const digest = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("ita-tracker next-year", () => {
  it("writes next year's plan from a pasted real plan, leaving the plan as it was", async () => {
    const rows = pastedSeedTables(SEEDS.wangsaphung)[0];
    const measures = analysePlan({ firstRow: 0, firstColumn: 0, values: rows }, { today: TODAY })
      .plan.measures;
    const roundSix = {
      fiscalYear: 2566,
      round: 6 as const,
      takenOn: new Date(Date.UTC(2023, 3, 2)),
    };
    const plan = await writeWorkbook(join(directory, "seed001.xlsx"), [
      { name: "แผน", rows },
      { name: HISTORY_SHEET, rows: snapshotRows(snapshotOf(measures, roundSix)) },
    ]);
    const before = digest(plan);
    const original = await loadWorkbook(plan);
    const thisYear = analysePlan(original.grid("แผน"), { today: TODAY });
    expect(thisYear.fiscalYear).toBeDefined();

    const output = join(directory, "next.xlsx");
    const result = await run(["next-year", plan, "-o", output]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out.split("\n")[0]).toBe(
      `เขียนแผนปีงบประมาณ ${thisYear.fiscalYear! + 1} "${output}" แล้ว (${thisYear.plan.measures.length} มาตรการ)`
    );
    expect(digest(plan)).toBe(before);

    const next = await loadWorkbook(output);
    // A new year starts without this year's round snapshots.
    expect(next.sheetNames).not.toContain(HISTORY_SHEET);
    expect(next.namedValue("ITA_FiscalYear")).toBe(thisYear.fiscalYear! + 1);
    expect(next.namedValue("ITA_Round")).toBe(6);
    const nextPlan = analysePlan(next.grid(next.sheetNames[0]), {
      today: TODAY,
      fiscalYear: thisYear.fiscalYear! + 1,
    });
    expect(nextPlan.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(nextPlan.plan.measures.map((m) => m.text.measure)).toEqual(
      thisYear.plan.measures.map((m) => m.text.measure)
    );
    nextPlan.plan.measures.forEach((measure, index) => {
      const old = thisYear.plan.measures[index];
      expect(measure.text.owner).toBe(old.text.owner);
      expect(measure.text.period).toBe(shiftYearsInText(old.text.period));
      expect([measure.text.result, measure.text.outcome, measure.ticked]).toEqual([
        "",
        "",
        ["not_started"],
      ]);
    });
    // Every period that named a year now names the next one.
    const periods = nextPlan.plan.measures
      .map((m) => m.text.period)
      .filter((p) => /[๐-๙0-9]{4}/.test(p));
    expect(periods.length).toBeGreaterThan(0);
    expect(periods.join(" ")).toContain(
      String(thisYear.fiscalYear! + 1).replace(/\d/g, (d) => "๐๑๒๓๔๕๖๗๘๙"[Number(d)])
    );
  });

  it("asks for --year when neither settings nor title give the plan's year", async () => {
    const plan = await writeWorkbook(join(directory, "no-year.xlsx"), [
      {
        name: "แผน",
        rows: [
          ["มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"],
          ["เผยแพร่ข้อมูล", "กองคลัง", "ต.ค. 68 - ก.ย. 69"],
        ],
      },
    ]);
    const output = join(directory, "no-year-next.xlsx");
    const refused = await run(["next-year", plan, "-o", output]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("--year");
    const given = await run(["next-year", plan, "-o", output, "--year", "2569"]);
    expect(given.code).toBe(0);
    const next = await loadWorkbook(output);
    const measures = analysePlan(next.grid(next.sheetNames[0]), { today: TODAY }).plan.measures;
    expect(measures[0].text.period).toBe("ต.ค. 69 - ก.ย. 70");
  });
});
