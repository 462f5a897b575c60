import {
  fiscalYearOf,
  fiscalYearRange,
  formatThaiDate,
  thaiMonthNames,
} from "../../src/domain/thai-dates";
import { foldThaiDigits, normaliseSpaces, toThaiDigits } from "../../src/domain/thai-text";

describe("Thai digits and spaces", () => {
  it("folds Thai digits to Arabic and back", () => {
    expect(foldThaiDigits("ณ ๓๑ มีนาคม ๒๕๖๔")).toBe("ณ 31 มีนาคม 2564");
    expect(toThaiDigits("2566")).toBe("๒๕๖๖");
  });

  it("collapses white space, non-breaking and zero-width spaces", () => {
    expect(normaliseSpaces("  ระยะเวลา\u00a0\n ดำเนิน\u200bการ ")).toBe("ระยะเวลา ดำเนินการ");
  });
});

describe("Buddhist-era dates through Intl", () => {
  it("formats long and short dates, with Thai digits on request", () => {
    const date = new Date(Date.UTC(2024, 3, 24));
    expect(formatThaiDate(date)).toBe("24 เมษายน 2567");
    expect(formatThaiDate(date, { thaiDigits: true })).toBe("๒๔ เมษายน ๒๕๖๗");
    expect(formatThaiDate(date, { style: "short", thaiDigits: true })).toBe("๒๔ เม.ย. ๒๕๖๗");
  });

  it("gives Thai month names from Intl", () => {
    expect(thaiMonthNames("short")[9]).toBe("ต.ค.");
    expect(thaiMonthNames("long")[0]).toBe("มกราคม");
  });

  it("knows the fiscal year runs from 1 October", () => {
    expect(fiscalYearOf(new Date(Date.UTC(2022, 9, 1)))).toBe(2566);
    expect(fiscalYearOf(new Date(Date.UTC(2023, 8, 30)))).toBe(2566);
    const { start, end } = fiscalYearRange(2566);
    expect([start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)]).toEqual([
      "2022-10-01",
      "2023-09-30",
    ]);
    expect(fiscalYearRange(2566, 6).end.toISOString().slice(0, 10)).toBe("2023-03-31");
  });
});
