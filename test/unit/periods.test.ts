import { dateFromSerial, isoDay, parsePeriod } from "../../src/domain/periods";

function read(text: string | number, fiscalYear?: number): [string | null, string | null] {
  const period = parsePeriod(text, { fiscalYear });
  return [period.start && isoDay(period.start), period.end && isoDay(period.end)];
}

describe("period text from real plans", () => {
  it.each([
    ["ต.ค. ๒๕๖๕ - ก.ย. ๒๕๖๖", "2022-10-01", "2023-09-30"],
    ["ต.ค. ๒๕๖๕ – ก.ย. ๒๕๖๖", "2022-10-01", "2023-09-30"],
    ["ตุลาคม 2565 ถึง กันยายน 2566", "2022-10-01", "2023-09-30"],
    ["ปีงบประมาณ พ.ศ. ๒๕๖๖", "2022-10-01", "2023-09-30"],
    ["ตลอดปีงบประมาณ พ.ศ. 2565", "2021-10-01", "2022-09-30"],
    ["รายงานความก้าวหน้า และสรุปผล ณ ๓๑ มีนาคม ๒๕๖๔", "2021-03-31", "2021-03-31"],
    ["รายงานความก้าวหน้าและสรุปผล\nณ ๓๑ มีนาคม ๒๕๖๔", "2021-03-31", "2021-03-31"],
    ["เม.ย.-มิ.ย. 2566", "2023-04-01", "2023-06-30"],
    ["1 ต.ค. 65 - 31 มี.ค. 66", "2022-10-01", "2023-03-31"],
    ["มค 66 - มีค 66", "2023-01-01", "2023-03-31"],
    ["ม.ค. - มี.ค. 66", "2023-01-01", "2023-03-31"],
    ["ต.ค. - ธ.ค. 2566", "2023-10-01", "2023-12-31"],
    ["พฤศจิกายน ๒๕๖๕", "2022-11-01", "2022-11-30"],
    ["มี นาคม 2566", "2023-03-01", "2023-03-31"],
    ["ต.ค.2565-ก.ย.2566", "2022-10-01", "2023-09-30"],
    ["October 2022 - March 2023", "2022-10-01", "2023-03-31"],
    ["๑๕ ก.พ. ๒๕๖๗", "2024-02-15", "2024-02-15"],
  ])("%s", (text, start, end) => {
    expect(read(text)).toEqual([start, end]);
  });

  it("reads a fiscal-year phrase without a year in the plan's fiscal year only", () => {
    expect(read("ตลอดปีงบประมาณ")).toEqual([null, null]);
    expect(read("ตลอดปีงบประมาณ", 2569)).toEqual(["2025-10-01", "2026-09-30"]);
  });

  it("reads months without a year in the plan's fiscal year, October falling in the year before", () => {
    expect(read("ต.ค. - ก.ย.", 2566)).toEqual(["2022-10-01", "2023-09-30"]);
    expect(read("ต.ค. - ก.ย.")).toEqual([null, null]);
  });

  it.each([
    "ทุกเดือน",
    "ไตรมาส 1",
    "ต.ค. 2565 - ก.ย. 2566 และ ต.ค. 2566",
    "31 กุมภาพันธ์ 2566",
    "ก.ย. 2566 - ต.ค. 2565",
    "ตามความเหมาะสม",
    "",
  ])("leaves %p unread rather than guess", (text) => {
    const period = parsePeriod(text);
    expect(period).toEqual({ text: text.trim(), start: null, end: null });
  });

  it("does not take a month abbreviation out of the middle of a word", () => {
    expect(read("สมควรดำเนินการ 2566")).toEqual([null, null]);
  });

  it("reads an Excel date serial as one day", () => {
    expect(read(45016)).toEqual(["2023-03-31", "2023-03-31"]);
    expect(dateFromSerial(-3)).toBeNull();
  });
});
