// Pins how the fake, like Excel, parses strings written to cells (sources in cell-input.ts).
import { FakeExcelHost, FakeRequestContext } from "../../office-fake/excel";

async function write(
  host: FakeExcelHost,
  address: string,
  values: (string | number | boolean)[][],
  formatFirst?: string
): Promise<void> {
  await host.run(async (context: FakeRequestContext) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange(address);
    if (formatFirst) range.numberFormat = values.map((row) => row.map(() => formatFirst));
    range.values = values as Excel.Range["values"];
    await context.sync();
  });
}

describe("strings written through Range.values", () => {
  it.each([
    ["=SUM(1,2)", "=SUM(1,2)"],
    ["- จัดทำประกาศเจตนารมณ์", "=- จัดทำประกาศเจตนารมณ์"],
    ["-ทุกส่วนราชการ", "=-ทุกส่วนราชการ"],
    ["+กองคลัง", "=+กองคลัง"],
    ["@กองช่าง", "=@กองช่าง"],
  ])("become a formula in a General cell when they begin like one: %s", async (text, formula) => {
    const host = new FakeExcelHost();
    await write(host, "A1", [[text]]);
    expect(host.sheet("Sheet1").cells.get("0,0")).toMatchObject({ formula, value: "" });
  });

  it.each([
    ["001", 1, "General"],
    ["1.10", 1.1, "General"],
    ["1,234", 1234, "General"],
    ["-5", -5, "General"],
    ["(12)", -12, "General"],
    ["50%", 0.5, "0%"],
    ["true", true, "General"],
    ["FALSE", false, "General"],
    ["10/2566", 243527, "m/d/yyyy"],
    ["2566-10-01", 243527, "m/d/yyyy"],
    ["9:30", 0.3958333333333333, "h:mm"],
  ])("are converted in a General cell: %s", async (text, value, numberFormat) => {
    const host = new FakeExcelHost();
    await write(host, "A1", [[text]]);
    expect(host.sheet("Sheet1").cells.get("0,0")).toMatchObject({ value, numberFormat });
  });

  it("stay as typed when the cell is already formatted as text (@)", async () => {
    const host = new FakeExcelHost();
    const texts = [["001", "1.10", "10/2566", "- จัดทำ", "=A1", "TRUE", "50%", "+1"]];
    await write(host, "A1:H1", texts, "@");
    expect(host.read("Sheet1", "A1:H1")).toEqual(texts);
  });

  it("keeps ordinary text as it is", async () => {
    const host = new FakeExcelHost();
    const texts = [["มาตรการที่ 1", "ต.ค. ๒๕๖๕ - ก.ย. ๒๕๖๖", "-", " "]];
    await write(host, "A1:D1", texts);
    expect(host.read("Sheet1", "A1:D1")).toEqual(texts);
  });

  it("applies a batch in order: the text format set after the value comes too late", async () => {
    const host = new FakeExcelHost();
    await host.run(async (context: FakeRequestContext) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [["001", "2565"]];
      range.numberFormat = [["@", "@"]];
      await context.sync();
    });
    expect(host.read("Sheet1", "A1:B1")).toEqual([[1, 2565]]);
  });
});
