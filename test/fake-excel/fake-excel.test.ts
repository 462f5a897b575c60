// Pins the fake's Excel semantics: tests elsewhere rely on it behaving like Excel.
import { FakeExcelHost, FakeRequestContext, REQUEST_LIMIT_BYTES } from "../../office-fake/excel";

async function inExcel<T>(
  host: FakeExcelHost,
  batch: (context: Excel.RequestContext) => Promise<T>
): Promise<T> {
  return host.run((context: FakeRequestContext) =>
    batch(context as unknown as Excel.RequestContext)
  );
}

describe("the fake Excel", () => {
  it("refuses to read a property before load and sync, like PropertyNotLoaded", async () => {
    const host = new FakeExcelHost();
    await inExcel(host, async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      // This test reads too early on purpose: the fake must refuse as Excel does.
      /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
      await context.sync();
      expect(range.values).toEqual([[""]]);
    });
  });

  it("applies writes only at sync, and counts every sync", async () => {
    const host = new FakeExcelHost();
    await inExcel(host, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["ก", 1]];
      expect(host.read("Sheet1", "A1:B1")).toEqual([["", ""]]);
      await context.sync();
    });
    expect(host.read("Sheet1", "A1:B1")).toEqual([["ก", 1]]);
    expect(host.syncCount).toBe(1);
  });

  it("rejects a values array whose shape differs from the range with InvalidArgument", async () => {
    const host = new FakeExcelHost();
    await expect(
      inExcel(host, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [
          ["only one row", "x"],
        ];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("stops a batch at the first failing operation and keeps what ran before, as Excel does", async () => {
    const host = new FakeExcelHost();
    await expect(
      inExcel(host, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["before"]];
        sheet.getRange("A2:A3").values = [["bad shape"]];
        sheet.getRange("A4").values = [["after"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(host.read("Sheet1", "A1:A4")).toEqual([["before"], [""], [""], [""]]);
  });

  it.each([
    ["a name over 31 characters", "x".repeat(32), "InvalidArgument"],
    ["a forbidden character", "แผน/2566", "InvalidArgument"],
    ["a taken name in other case", "sheet1", "ItemAlreadyExists"],
  ])("refuses a sheet with %s", async (_, name, code) => {
    const host = new FakeExcelHost();
    await expect(
      inExcel(host, async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      })
    ).rejects.toMatchObject({ code });
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("gives null objects for missing items, readable only after sync", async () => {
    const host = new FakeExcelHost();
    await inExcel(host, async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("ไม่มี");
      const present = context.workbook.worksheets.getItemOrNullObject("Sheet1");
      // eslint-disable-next-line office-addins/call-sync-before-read -- reading too early on purpose
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("says after sync whether a used range is null, for a blank sheet and a filled one", async () => {
    const host = new FakeExcelHost();
    host.paste("Filled", "B2", [["x"]]);
    await inExcel(host, async (context) => {
      const blank = context.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject();
      const filled = context.workbook.worksheets.getItem("Filled").getUsedRangeOrNullObject();
      filled.load("address");
      await context.sync();
      expect(blank.isNullObject).toBe(true);
      expect(filled.isNullObject).toBe(false);
      expect(filled.address).toBe("Filled!B2");
    });
  });

  it("throws ItemNotFound at sync for a sheet that does not exist", async () => {
    const host = new FakeExcelHost();
    await expect(
      inExcel(host, async (context) => {
        context.workbook.worksheets.getItem("ไม่มี").getRange("A1").values = [["x"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("refuses a request over 5 MB whole, as Excel on the web does", async () => {
    const host = new FakeExcelHost(["Sheet1"], { apiVersion: "1.18", platform: "web" });
    const bigText = "ก".repeat(20000);
    const rows = Math.ceil(REQUEST_LIMIT_BYTES / (bigText.length * 3)) + 1;
    await expect(
      inExcel(host, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange(`A1:A${rows}`).values = Array.from(
          { length: rows },
          () => [bigText]
        );
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.read("Sheet1", "A1")).toEqual([[""]]);
    expect(host.syncs[0].bytes).toBeGreaterThan(REQUEST_LIMIT_BYTES);
  });

  it("keeps table names unique and tables apart", async () => {
    const host = new FakeExcelHost();
    host.paste("Sheet1", "A1", [
      ["h1", "h2"],
      ["a", "b"],
    ]);
    await inExcel(host, async (context) => {
      const table = context.workbook.worksheets.getItem("Sheet1").tables.add("Sheet1!A1:B2", true);
      table.name = "ITA_Plan";
      await context.sync();
    });
    await expect(
      inExcel(host, async (context) => {
        context.workbook.worksheets.getItem("Sheet1").tables.add("Sheet1!B2:C3", true);
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(host.model.tables.map((t) => t.name)).toEqual(["ITA_Plan"]);
  });

  it("refuses writes to properties it does not implement instead of dropping them", async () => {
    const host = new FakeExcelHost();
    await inExcel(host, async (context) => {
      const range = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1") as unknown as Record<string, unknown>;
      expect(() => {
        range.notAnExcelProperty = 1;
      }).toThrow(TypeError);
    });
  });

  it("tells onChanged handlers whether the add-in or the user made a change (ExcelApi 1.14+)", async () => {
    const host = new FakeExcelHost(["Sheet1"], { apiVersion: "1.14", platform: "web" });
    const sources: string[] = [];
    await inExcel(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.onChanged.add(async (event) => {
        sources.push(`${event.address}:${event.triggerSource}`);
      });
      await context.sync();
      sheet.getRange("B2").values = [[true]];
      await context.sync();
    });
    await host.userEdit("Sheet1", "C3", [[false]]);
    expect(sources).toEqual(["B2:ThisLocalAddin", "C3:Unknown"]);
  });

  it("keeps page layout, custom properties, settings and charts", async () => {
    const host = new FakeExcelHost();
    host.paste("Sheet1", "A1", [
      ["ด้าน", "คะแนน"],
      ["IIT", 90],
    ]);
    await inExcel(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.pageLayout.orientation = "Landscape";
      sheet.pageLayout.paperSize = "A4";
      sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      sheet.pageLayout.setPrintTitleRows("$1:$1");
      sheet.customProperties.add("ita-report-id", "r1");
      context.workbook.settings.add("layout", "status");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B2"), "Columns");
      chart.title.text = "คะแนน ITA";
      chart.series.add("เกณฑ์ผ่าน").chartType = "Line";
      await context.sync();
    });
    const sheet = host.sheet("Sheet1");
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$1:$1",
    });
    expect(sheet.customProperties.get("ita-report-id")).toBe("r1");
    expect(host.model.settings.get("layout")).toBe("status");
    expect(sheet.charts[0]).toMatchObject({ type: "ColumnClustered", title: "คะแนน ITA" });
    expect(sheet.charts[0].series.map((s) => [s.name, s.chartType])).toEqual([
      ["คะแนน", undefined],
      ["เกณฑ์ผ่าน", "Line"],
    ]);
  });

  it("takes a category axis's label spacing of 1 to 31999 only, as documented", async () => {
    const host = new FakeExcelHost();
    host.paste("Sheet1", "A1", [
      ["ตัวชี้วัด", "คะแนน"],
      ["๑", 90],
    ]);
    const chartWith = (set: (chart: Excel.Chart) => void) =>
      inExcel(host, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        set(sheet.charts.add("BarClustered", sheet.getRange("A1:B2"), "Columns"));
        await context.sync();
      });
    await chartWith((chart) => (chart.axes.categoryAxis.tickLabelSpacing = 1));
    expect(host.sheet("Sheet1").charts[0].categoryLabelSpacing).toBe(1);
    for (const set of [
      (chart: Excel.Chart) => (chart.axes.categoryAxis.tickLabelSpacing = 0),
      (chart: Excel.Chart) => (chart.axes.categoryAxis.tickLabelSpacing = 1.5),
      (chart: Excel.Chart) => (chart.axes.valueAxis.tickLabelSpacing = 1),
    ]) {
      await expect(chartWith(set)).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  it("can be told to fail the Nth operation, for testing that actions undo their work", async () => {
    const host = new FakeExcelHost();
    host.failOnOperation(2);
    await expect(
      inExcel(host, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["one"]];
        sheet.getRange("A2").values = [["two"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(host.read("Sheet1", "A1:A2")).toEqual([["one"], [""]]);
  });
});
