// Pins smaller Excel rules the fake keeps (each cites its source where it is modelled).
import { printedSection } from "../../office-fake/excel/header-footer";
import { FakeExcelHost, FakeRequestContext, RESPONSE_LIMIT_BYTES } from "../../office-fake/excel";

type Batch = (context: Excel.RequestContext) => Promise<void>;

const run = (host: FakeExcelHost, batch: Batch) =>
  host.run((context: FakeRequestContext) => batch(context as unknown as Excel.RequestContext));

describe("charts.add series detection", () => {
  async function seriesOf(rows: (string | number)[][]): Promise<string[]> {
    const host = new FakeExcelHost();
    host.paste("Sheet1", "A1", rows);
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.charts.add("LineMarkers", sheet.getRange(`A1:B${rows.length}`), "Columns");
      await context.sync();
    });
    return host.sheet("Sheet1").charts[0].series.map((series) => series.name);
  }

  it("takes a numeric first column under a header as one more series", async () => {
    expect(
      await seriesOf([
        ["ปี", "คะแนน"],
        [2565, 80],
        [2566, 85],
      ])
    ).toEqual(["ปี", "คะแนน"]);
  });

  it("takes a text first column as the categories", async () => {
    expect(
      await seriesOf([
        ["ปี", "คะแนน"],
        ["2565", 80],
        ["2566", 85],
      ])
    ).toEqual(["คะแนน"]);
  });

  it("takes a numeric first column as the categories when the top-left cell is empty", async () => {
    expect(
      await seriesOf([
        ["", "คะแนน"],
        [2565, 80],
        [2566, 85],
      ])
    ).toEqual(["คะแนน"]);
  });
});

describe("Excel on the web's 5 MB response limit", () => {
  async function readBig(platform: "web" | "desktop") {
    const host = new FakeExcelHost(["Sheet1"], { apiVersion: "1.18", platform });
    const text = "ก".repeat(10_000);
    const rows = Math.ceil(RESPONSE_LIMIT_BYTES / (text.length * 3)) + 1;
    host.paste(
      "Sheet1",
      "A1",
      Array.from({ length: rows }, () => [text])
    );
    const read = run(host, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange(`A1:A${rows}`).load("values");
      await context.sync();
    });
    return { host, read };
  }

  it("refuses a read whose response passes 5 MB on the web", async () => {
    const { host, read } = await readBig("web");
    await expect(read).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(host.syncs[0].responseBytes).toBeGreaterThan(RESPONSE_LIMIT_BYTES);
  });

  it("has no such limit on desktop", async () => {
    const { read } = await readBig("desktop");
    await expect(read).resolves.toBeUndefined();
  });
});

describe("page header and footer text", () => {
  const page = { page: 3, pages: 9, sheet: "รายงาน", file: "plan.xlsx" };

  it("reads '&' as the start of a code, '&&' as one ampersand", () => {
    expect(printedSection("หน้า &P / &N", page)).toBe("หน้า 3 / 9");
    expect(printedSection("R&D", page)).toBe("R1/12/2026");
    expect(printedSection("R&&D", page)).toBe("R&D");
    expect(printedSection("ก&ข", page)).toBe("กข");
    expect(printedSection("A&CB", page)).toBe("A");
    expect(printedSection('&"TH SarabunPSK"&14&Bชื่อ', page)).toBe("ชื่อ");
  });

  it("refuses a header over 255 characters, its three sections together", async () => {
    const host = new FakeExcelHost();
    await expect(
      run(host, async (context) => {
        const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
        layout.headersFooters.defaultForAllPages.leftHeader = "ก".repeat(130);
        layout.headersFooters.defaultForAllPages.rightHeader = "ข".repeat(130);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(host.sheet("Sheet1").pageLayout.headersFooters.rightHeader).toBeUndefined();
  });
});

describe("sheets, merges, tables and custom properties", () => {
  it("merging keeps only the upper-left value", async () => {
    const host = new FakeExcelHost();
    host.paste("Sheet1", "A1", [
      ["บน", "ขวา"],
      ["ล่าง", "มุม"],
    ]);
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").merge(false);
      await context.sync();
    });
    expect(host.read("Sheet1", "A1:B2")).toEqual([
      ["บน", ""],
      ["", ""],
    ]);
  });

  it("refuses to hide the last visible sheet", async () => {
    const host = new FakeExcelHost(["ก", "ข"]);
    await expect(
      run(host, async (context) => {
        context.workbook.worksheets.getItem("ก").visibility = "Hidden";
        context.workbook.worksheets.getItem("ข").visibility = "Hidden";
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(host.model.sheets.map((sheet) => sheet.visibility)).toEqual(["Hidden", "Visible"]);
  });

  it("matches custom property keys in any case, settings keys exactly", async () => {
    const host = new FakeExcelHost();
    await run(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.customProperties.add("ITA.report", "one");
      sheet.customProperties.add("ita.REPORT", "two");
      context.workbook.settings.add("Layout", "a");
      context.workbook.settings.add("layout", "b");
      const found = sheet.customProperties.getItemOrNullObject("ITA.Report").load("value");
      await context.sync();
      expect(found.value).toBe("two");
    });
    expect([...host.sheet("Sheet1").customProperties.entries()]).toEqual([["ITA.report", "two"]]);
    expect([...host.model.settings.keys()]).toEqual(["Layout", "layout"]);
  });

  it("names a table's blank and repeated headers as Excel does", async () => {
    const host = new FakeExcelHost();
    host.paste("Sheet1", "A1", [
      ["ผล", "", "ผล", 2566, ""],
      [1, 2, 3, 4, 5],
    ]);
    await run(host, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("Sheet1!A1:E2", true);
      await context.sync();
    });
    expect(host.read("Sheet1", "A1:E1")).toEqual([["ผล", "Column1", "ผล2", "2566", "Column2"]]);
  });
});
