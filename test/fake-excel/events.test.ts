// Pins the fake's change events and cell-edit mode (sources in events.ts and host.ts).
import { FakeExcelHost, FakeRequestContext } from "../../office-fake/excel";

type Seen = Record<string, unknown>;

async function watched(apiVersion = "1.18") {
  const host = new FakeExcelHost(["Sheet1"], { apiVersion, platform: "web" });
  const seen: Seen[] = [];
  await host.run(async (context: FakeRequestContext) => {
    context.workbook.worksheets.getItem("Sheet1").onChanged.add(async (event) => {
      seen.push({ ...event });
    });
    await context.sync();
  });
  return { host, seen };
}

describe("change events", () => {
  it("arrive after the sync that caused them has returned, not inside it", async () => {
    const { host, seen } = await watched();
    await host.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      await context.sync();
      expect(seen).toEqual([]);
    });
    await host.eventsDelivered();
    expect(seen).toHaveLength(1);
  });

  it("come one per change with its whole area, the add-in's marked ThisLocalAddin", async () => {
    const { host, seen } = await watched();
    await host.run(async (context: FakeRequestContext) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      sheet.getRange("C3").values = [["x"]];
      await context.sync();
    });
    await host.userEdit("Sheet1", "D1:D2", [["ก"], ["ข"]]);
    expect(seen.map((e) => [e.address, e.source, e.triggerSource])).toEqual([
      ["A1:B2", "Local", "ThisLocalAddin"],
      ["C3", "Local", "ThisLocalAddin"],
      ["D1:D2", "Local", "Unknown"],
    ]);
  });

  it("tell a co-author's change by source Remote", async () => {
    const { host, seen } = await watched();
    await host.remoteEdit("Sheet1", "B2", [[true]]);
    expect(seen).toMatchObject([{ address: "B2", source: "Remote", triggerSource: "Unknown" }]);
    expect(host.read("Sheet1", "B2")).toEqual([[true]]);
  });

  it("carry no triggerSource before ExcelApi 1.14", async () => {
    const { host, seen } = await watched("1.9");
    await host.userEdit("Sheet1", "A1", [[true]]);
    expect(seen).toHaveLength(1);
    expect("triggerSource" in seen[0]).toBe(false);
    expect(seen[0]).toMatchObject({ source: "Local" });
  });

  it("parse what the user types like any input", async () => {
    const { host } = await watched();
    await host.userEdit("Sheet1", "A1", [["-ทุกส่วนราชการ"]]);
    expect(host.read("Sheet1", "A1")).toEqual([["=-ทุกส่วนราชการ"]]);
  });
});

describe("cell-edit mode", () => {
  it("makes Excel refuse the whole batch with InvalidOperationInCellEditMode", async () => {
    const host = new FakeExcelHost();
    host.startCellEdit("C3");
    const before = host.snapshot();
    await expect(
      host.run(async (context: FakeRequestContext) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(host.snapshot()).toBe(before);
    host.finishCellEdit();
    await host.run(async (context: FakeRequestContext) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      await context.sync();
    });
    expect(host.read("Sheet1", "A1")).toEqual([["x"]]);
  });
});
