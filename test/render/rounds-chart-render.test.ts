// The round-12 report with the year's round-6 snapshot, written by the command line and rendered
// by LibreOffice: the status chart draws both rounds as clustered columns, a colour a round, the
// columns of both standing on one axis, each round's column to the left of the next.
import { join } from "path";
import { reportFile } from "../../src/cli/report-command";
import { pdfGeometry } from "./pdf-geometry";
import { pageCount, renderToPdf } from "./render-pdf";
import { colourBox } from "../support/pdf-layout";
import { writePlanAfterRoundSix } from "../support/round-six-plan";
import { scratchDirectory } from "../support/xlsx-fixtures";

const directory = scratchDirectory();
const OCTOBER = new Date(Date.UTC(2023, 9, 20));
// Office's first and second accents (the theme's): a chart's first and second series.
const ACCENT_BLUE: [number, number, number] = [0x4f, 0x81, 0xbd];
const ACCENT_RED: [number, number, number] = [0xc0, 0x50, 0x4d];

it("draws round 6 and round 12 side by side on the status chart's page", async () => {
  const plan = await writePlanAfterRoundSix(directory);
  const output = join(directory, "report-round-12.xlsx");
  const outcome = await reportFile(
    { plan, output, layout: "status", round: "12", thaiDigits: true, force: false },
    OCTOBER
  );
  if (outcome.kind !== "report") throw new Error(`refused: ${outcome.reason}`);
  const status = outcome.spec.summary.charts.find((chart) => chart.kind === "status")!;
  expect(status.type).toBe("ColumnClustered");
  const pdf = renderToPdf(output, "report-round-12");

  // The page the status chart is on: found by its title's words, measured in pixels.
  const squeeze = (text: string) => text.replace(/\s+/g, "");
  const page = pdfGeometry(pdf, pageCount(pdf)).find((candidate) =>
    squeeze(candidate.words.map((word) => word.text).join("")).includes(squeeze(status.title))
  )!;
  expect(page).toBeDefined();
  const first = colourBox(pdf, page.page, ACCENT_BLUE)!;
  const second = colourBox(pdf, page.page, ACCENT_RED)!;
  // Both rounds drawn as columns (taller than a legend's key), standing on the same axis, the
  // second round's columns beside the first's, not over them.
  for (const box of [first, second]) expect(box.bottom - box.top).toBeGreaterThan(20);
  expect(Math.abs(first.bottom - second.bottom)).toBeLessThan(3);
  expect(second.left).toBeGreaterThan(first.left + 5);
  expect(second.right).toBeGreaterThan(first.right + 5);
}, 240_000);
