// The add-in's settings read back from a workbook anyone can edit: malformed ones are ignored
// and named, the well-formed rest kept, never a TypeError (issue 17).
import {
  storedEmblem,
  storedMappings,
  storedMemoFields,
  storedReportOptions,
  storedReports,
} from "../../src/domain/stored-settings";
import { toBase64 } from "../../src/domain/memo-form";

const PNG_1x1 = Uint8Array.from(
  atob(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
  ),
  (c) => c.charCodeAt(0)
);

describe("stored column mappings", () => {
  it("keeps well-formed mappings and says nothing", () => {
    const stored = JSON.stringify({ "{a}": { C: "owner", E: "status:done", G: "ignore" } });
    expect(storedMappings(stored)).toEqual({
      value: { "{a}": { C: "owner", E: "status:done", G: "ignore" } },
      ignored: false,
    });
    expect(storedMappings(undefined)).toEqual({ value: {}, ignored: false });
  });

  it.each([
    ["not json", "{"],
    ["null", "null"],
    ["an array", "[1,2]"],
    ["a number", "5"],
    ["a sheet's mapping that is text", '{"{a}":"owner"}'],
    ["a sheet's mapping that is null", '{"{a}":null}'],
  ])("ignores %s", (_, stored) => {
    expect(storedMappings(stored)).toEqual({ value: expect.any(Object), ignored: true });
    expect(Object.values(storedMappings(stored).value)).toEqual([]);
  });

  it("drops columns past XFD, unknown meanings and non-text values, keeping the rest", () => {
    const stored = JSON.stringify({
      "{a}": { C: "owner", XFE: "measure", b: "method", D: "fancy", E: 42, F: "status:maybe" },
      "{b}": { A: "measure" },
    });
    expect(storedMappings(stored)).toEqual({
      value: { "{a}": { C: "owner" }, "{b}": { A: "measure" } },
      ignored: true,
    });
  });
});

describe("stored report options", () => {
  it("reads what the add-in wrote", () => {
    const stored = JSON.stringify({
      layout: "annual",
      unit: "กองคลัง",
      thaiDigits: false,
      planSheetId: "{p}",
      lastReport: "รายงาน 2570 รอบ12",
    });
    expect(storedReportOptions(stored)).toEqual({
      value: {
        layout: "annual",
        unit: "กองคลัง",
        thaiDigits: false,
        planSheetId: "{p}",
        lastReport: "รายงาน 2570 รอบ12",
      },
      ignored: false,
    });
  });

  it.each(["null", "[]", "{", '{"layout":"fancy"}', '{"thaiDigits":"yes"}', '{"lastReport":7}'])(
    "falls back to the defaults for %s and says so",
    (stored) => {
      const read = storedReportOptions(stored);
      expect(read.ignored).toBe(true);
      expect(read.value).toMatchObject({ layout: "results", unit: null, thaiDigits: true });
    }
  );
});

describe("stored reports", () => {
  it.each(["null", "[1]", '{"k":5}', '{"k":{"sheet":1,"fingerprint":"x"}}'])(
    "ignores %s",
    (stored) => {
      expect(storedReports(stored)).toEqual({ value: {}, ignored: true });
    }
  );

  it("keeps the well-formed records beside a bad one", () => {
    const stored = JSON.stringify({ a: { sheet: "R", fingerprint: "1:ab" }, b: null });
    expect(storedReports(stored)).toEqual({
      value: { a: { sheet: "R", fingerprint: "1:ab" } },
      ignored: true,
    });
  });
});

describe("stored memo fields", () => {
  it("keeps text fields, the signer and levels, giving an old level its empty title", () => {
    const stored = JSON.stringify({
      department: "กองคลัง",
      signer: { name: "นาย ก", position: "ผู้อำนวยการกองคลัง" },
      approvers: [{ name: "นาย ข", position: "ปลัด" }],
    });
    expect(storedMemoFields(stored)).toEqual({
      value: {
        department: "กองคลัง",
        signer: { name: "นาย ก", position: "ผู้อำนวยการกองคลัง" },
        approvers: [{ name: "นาย ข", position: "ปลัด", title: "" }],
      },
      ignored: false,
    });
  });

  it.each([
    ['"abc"', {}],
    ["[1]", {}],
    ['{"department":5,"number":"12"}', { number: "12" }],
    ['{"approvers":[null]}', {}],
    ['{"approvers":"x","subject":"s"}', { subject: "s" }],
    ['{"signer":{"name":1}}', {}],
  ])("ignores the malformed parts of %s", (stored, kept) => {
    expect(storedMemoFields(stored)).toEqual({ value: kept, ignored: true });
  });
});

describe("the stored emblem", () => {
  it("reads a PNG back from its bytes, and a forgotten one as none", () => {
    expect(storedEmblem(JSON.stringify(toBase64(PNG_1x1))).value).toMatchObject({
      type: "png",
      width: 1,
      height: 1,
    });
    expect(storedEmblem("null")).toEqual({ value: null, ignored: false });
  });

  it.each([
    ["not base64", '"!!!!"'],
    ["base64 of no image", JSON.stringify(btoa("hello there"))],
    ["a number", "5"],
    ["not json", "{"],
    ["text longer than any emblem", JSON.stringify("A".repeat(300_000))],
  ])("ignores %s", (_, stored) => {
    expect(storedEmblem(stored)).toEqual({ value: null, ignored: true });
  });
});
