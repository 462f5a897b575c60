// `ita-tracker report --round 12` on a plan whose round 6 was kept with `ita-tracker snapshot`:
// the status chart draws both rounds, one series a round, as clustered columns.
import { readFileSync } from "fs";
import { join } from "path";
import { chartSeries, chartXmlTitled, CLUSTERED_COLUMNS } from "../support/chart-xml";
import { runCommand } from "../support/cli-run";
import { writePlanAfterRoundSix } from "../support/round-six-plan";
import { scratchDirectory } from "../support/xlsx-fixtures";

jest.setTimeout(60_000);
const directory = scratchDirectory();

it("charts round 6 beside round 12 in the round-12 report's status chart", async () => {
  const atTwelve = await writePlanAfterRoundSix(directory);
  const report = join(directory, "report-both-rounds.xlsx");
  const made = await runCommand(
    ["report", atTwelve, "-o", report, "--round", "12"],
    new Date(Date.UTC(2023, 9, 5))
  );
  expect(made.code).toBe(0);
  const chart = chartXmlTitled(readFileSync(report), "มาตรการจำแนกตามสถานะ");
  // Not started, under way, done: two done and three under way at round 6, two more done since.
  expect(chartSeries(chart)).toEqual([
    { name: "รอบ 6 เดือน", values: [0, 3, 2] },
    { name: "รอบ 12 เดือน", values: [0, 1, 4] },
  ]);
  expect(chart).toContain(CLUSTERED_COLUMNS);
});
