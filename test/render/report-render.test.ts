// Every report layout, written to .xlsx by the command line, rendered by LibreOffice (a real
// spreadsheet program) and checked from the PDF: A4 landscape, every measure's text whole (a
// clipped row loses lines), the table header on every page of the table, the charts present.
import { execFileSync } from "child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from "fs";
import { join } from "path";
import { runCli } from "../../src/cli/main";
import { reportFile } from "../../src/cli/report-command";
import { REPORT_LAYOUTS } from "../../src/domain/report/report-layouts";
import type { ReportSpec } from "../../src/domain/report/report-spec";
import { writeExamplePlan } from "../support/example-plan-workbook";
import { colourBox } from "../support/pdf-layout";
import { allClippingProblems, Box, chartFrames, pdfGeometry, PageGeometry } from "./pdf-geometry";
import { DEFAULT_ROW_HEIGHT } from "../../src/domain/report/page-fit";
import { repeatedHeaderProblems, SUMMARY_HEADING } from "./repeated-header";
import { RESULTS_HEADER } from "../support/long-plans";
import { scratchDirectory, writeWorkbook } from "../support/xlsx-fixtures";

const TODAY = new Date(Date.UTC(2023, 9, 20));
const directory = scratchDirectory();
const artifacts = join(__dirname, "..", "..", "artifacts", "rendered");
// Office's first accent colour, the theme's, in which the charts' columns are drawn.
const ACCENT_BLUE: [number, number, number] = [0x4f, 0x81, 0xbd];
const squeeze = (text: string) => text.replace(/\s+/g, "");
const textOf = (page: PageGeometry) => squeeze(page.words.map((word) => word.text).join(""));

function pdfText(pdf: string, page?: number): string {
  const pages = page === undefined ? [] : ["-f", String(page), "-l", String(page)];
  // -raw keeps LibreOffice's drawing order: a cell's lines stay together.
  return execFileSync("pdftotext", ["-raw", ...pages, pdf, "-"]).toString();
}

function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())![1]);
}

const plan = join(directory, "example-plan.xlsx");

beforeAll(async () => {
  await writeExamplePlan(plan, TODAY);
  mkdirSync(artifacts, { recursive: true });
});

describe.each(REPORT_LAYOUTS)("the %s report rendered by LibreOffice", (layout) => {
  let pdf: string;
  let spec: ReportSpec;

  beforeAll(async () => {
    const output = join(directory, `report-${layout}.xlsx`);
    const outcome = await reportFile(
      { plan, output, layout, thaiDigits: true, force: false },
      TODAY
    );
    if (outcome.kind !== "report") throw new Error(`refused: ${outcome.reason}`);
    spec = outcome.spec;
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", directory, output], {
      stdio: "ignore",
      timeout: 120_000,
    });
    pdf = output.replace(/\.xlsx$/, ".pdf");
    const prefix = join(artifacts, `report-${layout}`);
    for (const old of readdirSync(artifacts).filter((file) =>
      file.startsWith(`report-${layout}-`)
    )) {
      rmSync(join(artifacts, old));
    }
    execFileSync("pdftoppm", ["-png", "-r", "70", pdf, prefix]);
    copyFileSync(pdf, `${prefix}.pdf`);
  }, 180_000);

  it("prints on A4 landscape", () => {
    expect(execFileSync("pdfinfo", [pdf]).toString()).toMatch(
      /Page size:\s+841\.89 x 595\.\d+ pts \(A4\)/
    );
    expect(
      readdirSync(artifacts).filter((file) => file.startsWith(`report-${layout}-`)).length
    ).toBe(pageCount(pdf));
  });

  it("shows every measure's text whole: no word crosses its cell's edges or another word", () => {
    const problems = allClippingProblems(pdfGeometry(pdf, pageCount(pdf)), 20);
    expect(problems).toEqual([]);
  });

  it("repeats the table header on every page of the table, and prints nothing else under it", () => {
    const header = spec.blocks.find((block) => block.style === "tableHeader")!.values[0];
    const pages = pdfGeometry(pdf, pageCount(pdf));
    expect(repeatedHeaderProblems(pages)).toEqual([]);
    const summaryStart = pages.findIndex((page) =>
      squeeze(pdfText(pdf, page.page)).includes(SUMMARY_HEADING)
    );
    for (const page of pages.slice(0, summaryStart)) {
      const text = squeeze(pdfText(pdf, page.page));
      for (const cell of header.filter((value) => value !== ""))
        expect(text).toContain(squeeze(String(cell)));
    }
  });

  it("keeps the per-unit table whole, from its header, on the page of the signature", () => {
    const pages = pdfGeometry(pdf, pageCount(pdf));
    const summary = pages.slice(pages.findIndex((page) => textOf(page).includes(SUMMARY_HEADING)));
    const onPages = (text: string) =>
      summary.filter((page) => textOf(page).includes(squeeze(text))).map((page) => page.page);
    const header = onPages("หน่วยงานผู้รับผิดชอบ");
    expect(header).toHaveLength(1);
    expect(onPages("ลงชื่อ")).toEqual(header);
    // Every row's ruled lines on that page: the header's top, then each row's bottom.
    const units = spec.summary.blocks.find((block) => block.style === "summaryBody")!.values;
    const lines = pages[header[0] - 1].rules
      .filter((rule) => rule.horizontal)
      .map((rule) => rule.at)
      .sort((a, b) => a - b)
      .filter((at, index, all) => index === 0 || at - all[index - 1] > 2);
    expect(lines.length).toBeGreaterThanOrEqual(units.length + 2);
  });

  it("prints the title lines whole, within the table's width (wrapped where longer)", () => {
    const [first] = pdfGeometry(pdf, 1);
    const rules = first.rules.filter((rule) => rule.horizontal);
    const [left, right] = [
      Math.min(...rules.map((rule) => rule.from)),
      Math.max(...rules.map((rule) => rule.to)),
    ];
    const tableTop = Math.min(...rules.map((rule) => rule.at));
    // The page header (the organisation, above the top margin) aside.
    const titleWords = first.words.filter((word) => word.yMax < tableTop && word.yMin > 54);
    expect(titleWords.length).toBeGreaterThan(3);
    const outside = titleWords.filter((word) => word.xMin < left - 1 || word.xMax > right + 1);
    expect(outside.map((word) => word.text)).toEqual([]);
  });

  it("numbers the pages on through both sheets: page k of all the report's pages", () => {
    const count = pageCount(pdf);
    // The footer in drawing order (-raw): a chart's ghost at a page's foot may overlap its box.
    const numbers = Array.from({ length: count }, (_, k) =>
      /หน้า\s*(\d+)\s*\/\s*(\d+)/
        .exec(pdfText(pdf, k + 1))
        ?.slice(1)
        .join("/")
    );
    expect(numbers).toEqual(numbers.map((_, k) => `${k + 1}/${count}`));
  });

  it("prints each chart at its planned size: the table's width, its rows' height", () => {
    const pages = pdfGeometry(pdf, pageCount(pdf));
    const start = pages.findIndex((page) => textOf(page).includes(SUMMARY_HEADING));
    const unitPage = pages.slice(start).find((page) => textOf(page).includes("ลงชื่อ"))!;
    const horizontal = (page: PageGeometry) => page.rules.filter((rule) => rule.horizontal);
    // The summary's printed scale, from the per-unit table: its ruled height over its rows'.
    const ats = horizontal(unitPage).map((rule) => rule.at);
    const unitRows = spec.summary.blocks
      .filter((block) => block.style === "summaryHeader" || block.style === "summaryBody")
      .flatMap((block) => block.rowHeights!);
    const scale = (Math.max(...ats) - Math.min(...ats)) / unitRows.reduce((a, b) => a + b, 0);
    // The summary prints the table's columns at the table's scale: the table's printed width.
    const tableRules = horizontal(pages[0]);
    const tableWidth =
      Math.max(...tableRules.map((rule) => rule.to)) -
      Math.min(...tableRules.map((rule) => rule.from));
    const frames = pages.slice(unitPage.page).flatMap((page) => chartFrames(pdf, page.page));
    expect(frames).toHaveLength(spec.summary.charts.length);
    spec.summary.charts.forEach(({ position }, index) => {
      const { top, bottom, left, right } = frames[index];
      expect((bottom - top) / (position.rowCount * DEFAULT_ROW_HEIGHT * scale)).toBeCloseTo(1, 1);
      expect((right - left) / tableWidth).toBeCloseTo(1, 1);
    });
  });

  it("draws the four charts, titled in Thai, their columns in the theme's colour", () => {
    const text = squeeze(pdfText(pdf));
    expect(spec.summary.charts).toHaveLength(4);
    for (const chart of spec.summary.charts) expect(text).toContain(squeeze(chart.title));
    // The columns are drawn in the theme's first accent (a package without a theme printed the
    // charts' frames and titles with nothing in them).
    const columns = Array.from({ length: pageCount(pdf) }, (_, k) =>
      colourBox(pdf, k + 1, ACCENT_BLUE)
    ).filter((box) => box !== null);
    expect(columns.length).toBeGreaterThan(0);
    expect(Math.max(...columns.map((box) => box.bottom - box.top))).toBeGreaterThan(20);
  });

  it("writes every number of the summary and the charts in Thai digits, as chosen", () => {
    const pages = pdfGeometry(pdf, pageCount(pdf));
    const summaryStart = pages.findIndex((page) =>
      page.words.some((word) => word.text.includes(SUMMARY_HEADING))
    );
    // The footer's page number excepted: Excel's &P has no number format (see README).
    const arabic = pages
      .slice(summaryStart)
      .flatMap((page) => page.words.filter((word) => word.yMax < page.height - 54))
      .filter((word) => /[0-9]/.test(word.text))
      .map((word) => word.text);
    expect(arabic).toEqual([]);
  });
});

describe("evidence links in the PDF", () => {
  const row = (measure: string, evidence: string) => [
    measure,
    "ว",
    "กองคลัง",
    "ต.ค. 2565 - ก.ย. 2566",
    "ทำแล้ว",
    "",
    evidence,
  ];

  /** The PDF's link annotations: where each is on its page (top-left coordinates) and its URI. */
  function linkAnnotations(pdf: string, pageHeight: number): (Box & { uri: string })[] {
    const raw = readFileSync(pdf).toString("latin1");
    return [...raw.matchAll(/\/Rect\[([\d. ]+)\][^\n]*?\/URI\(([^)]*)\)/g)].map((m) => {
      const [x1, y1, x2, y2] = m[1].split(" ").map(Number);
      return { xMin: x1, xMax: x2, yMin: pageHeight - y2, yMax: pageHeight - y1, uri: m[2] };
    });
  }

  it("keeps each linked cell a link to its address, over the cell's text", async () => {
    const linked = await writeWorkbook(join(directory, "linked-plan.xlsx"), [
      {
        name: "แผน",
        rows: [
          ["รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2566"],
          ["เทศบาลตำบลทดสอบ อำเภอเมือง จังหวัดเลย"],
          [],
          [...RESULTS_HEADER, "หลักฐาน/ลิงก์"],
          row("มาตรการ ก", "https://www.example.go.th/ita/o1"),
          row("มาตรการ ข", "ดูที่ www.example.go.th/ita."),
          row("มาตรการ ค", "รายงานการประชุม (ไม่มีลิงก์)"),
        ],
      },
    ]);
    const output = join(directory, "linked.xlsx");
    const outcome = await reportFile(
      { plan: linked, output, layout: "plan", thaiDigits: true, force: false },
      TODAY
    );
    expect(outcome.kind).toBe("report");
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", directory, output], {
      stdio: "ignore",
      timeout: 120_000,
    });
    const pdf = output.replace(/\.xlsx$/, ".pdf");
    const [page] = pdfGeometry(pdf, 1);
    const links = linkAnnotations(pdf, page.height);
    expect(links.map((link) => link.uri)).toEqual([
      "https://www.example.go.th/ita/o1",
      "http://www.example.go.th/ita",
    ]);
    // Each link lies over the words of its cell: a click on the printed address opens it.
    for (const [link, text] of [
      [links[0], "https://www.example.go.th/ita/o1"],
      [links[1], "www.example.go.th/ita."],
    ] as const) {
      const word = page.words.find((candidate) => candidate.text === text)!;
      expect(word).toBeDefined();
      expect(link.xMin).toBeLessThanOrEqual(word.xMin + 2);
      expect(link.xMax).toBeGreaterThanOrEqual(word.xMax - 2);
      expect(link.yMin).toBeLessThanOrEqual(word.yMin + 2);
      expect(link.yMax).toBeGreaterThanOrEqual(word.yMax - 2);
    }
  }, 180_000);
});

describe("report --pdf", () => {
  it("writes the PDF beside the workbook through LibreOffice", async () => {
    const output = join(directory, "with-pdf.xlsx");
    const lines: string[] = [];
    const code = await runCli(["report", plan, "-o", output, "--pdf"], {
      out: (line) => lines.push(line),
      err: (line) => lines.push(line),
      today: TODAY,
    });
    expect(code).toBe(0);
    expect(lines[lines.length - 1]).toBe(`เขียน PDF "${output.replace(/xlsx$/, "pdf")}" แล้ว`);
    expect(pageCount(output.replace(/xlsx$/, "pdf"))).toBeGreaterThan(1);
  }, 180_000);
});
