// Pins smaller Excel rules the fake keeps (each cites its source where it is modelled).
import { FakeExcelHost, FakeRequestContext } from "./index";

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
