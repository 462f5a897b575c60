// The pane's memo form: required fields marked on the fields themselves, comment levels added
// and removed, the emblem picked (and a file too large refused), all handed to the service to
// remember before the Word file is offered.
import { planColumnsOf } from "../../src/domain/report/plan-capabilities";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { MemoEmblem } from "../../src/domain/memo-form";
import { buildMemo, defaultMemoFields, MemoFields } from "../../src/domain/memo-spec";
import type { WorkbookService } from "../../src/services/workbook-service";
import { MemoForm, PreparedMemo } from "../../src/taskpane/components/MemoForm";
import { solidPng } from "../support/png";

const TODAY = new Date(Date.UTC(2024, 3, 24));
const SETTINGS = {
  organisation: "องค์การบริหารส่วนตำบลบ้านใหม่",
  district: "เมือง",
  province: "นครราชสีมา",
  fiscalYear: 2567,
  round: 12 as const,
  preparerName: "นายสมชาย ใจดี",
  preparerPosition: "นักวิเคราะห์นโยบายและแผน",
};

function setUp() {
  const saved: { fields: MemoFields; emblem: MemoEmblem | null }[] = [];
  const service = {
    saveMemoFields: async (fields: MemoFields, emblem: MemoEmblem | null) => {
      saved.push({ fields, emblem });
    },
  } as unknown as WorkbookService;
  const prepared: PreparedMemo = {
    fields: defaultMemoFields(SETTINGS, TODAY),
    emblem: null,
    spec: (fields, emblem) =>
      buildMemo(fields, [], SETTINGS, {
        thaiDigits: true,
        layout: "results",
        columns: planColumnsOf(undefined),
        emblem,
      }),
  };
  render(<MemoForm service={service} prepared={prepared} />);
  return saved;
}

const download = () =>
  act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "ดาวน์โหลดบันทึกข้อความ" }));
  });
// The field's button, named by the field's label and its own text, opens the hidden file input.
const emblemButton = () =>
  screen.getByRole("button", { name: "ตราครุฑ (PNG หรือ SVG ไม่เกิน 200 KB) เลือกไฟล์ภาพ…" });
const emblemInput = () =>
  emblemButton().parentElement!.querySelector<HTMLInputElement>('input[type="file"]')!;
const pick = (file: File) =>
  act(async () => {
    fireEvent.change(emblemInput(), { target: { files: [file] } });
  });

// A form of some twenty Fluent fields renders slowly in jsdom on a busy machine.
jest.setTimeout(60_000);

describe("the memo form", () => {
  // The download link's click, recorded: jsdom cannot navigate to a blob.
  const offered: string[] = [];
  beforeAll(() => {
    URL.createObjectURL = () => "blob:memo";
    URL.revokeObjectURL = () => undefined;
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      offered.push(this.download);
    });
  });

  it("marks the missing required fields on the fields themselves and saves nothing", async () => {
    const saved = setUp();
    await download();
    for (const name of ["ส่วนราชการ", "ที่"]) {
      expect(screen.getByRole("textbox", { name }).getAttribute("aria-invalid")).toBe("true");
    }
    expect(screen.getByRole("textbox", { name: "เรื่อง" }).getAttribute("aria-invalid")).not.toBe(
      "true"
    );
    expect(screen.getAllByText("กรอกช่องนี้ก่อนดาวน์โหลด")).toHaveLength(2);
    expect(saved).toEqual([]);
  });

  it("proposes the addressee and three comment levels; levels are added and removed", async () => {
    const saved = setUp();
    expect(screen.getByRole("textbox", { name: "เรียน" })).toHaveProperty(
      "value",
      "นายกองค์การบริหารส่วนตำบลบ้านใหม่"
    );
    fireEvent.click(screen.getByRole("button", { name: "ลบลำดับที่ 1" }));
    fireEvent.click(screen.getByRole("button", { name: "เพิ่มลำดับผู้ให้ความเห็น" }));
    fireEvent.change(screen.getByRole("textbox", { name: "ลำดับที่ 3: ชื่อ-สกุล" }), {
      target: { value: "นายวิชัย มั่นคง" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: "ส่วนราชการ" }), {
      target: { value: "สำนักปลัด" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: "ที่" }), {
      target: { value: "นม 1/2567" },
    });
    await download();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].fields.approvers.map((level) => [level.title, level.name])).toEqual([
      ["ความเห็นปลัดองค์การบริหารส่วนตำบลบ้านใหม่", ""],
      ["ความเห็น/คำสั่งนายกองค์การบริหารส่วนตำบลบ้านใหม่", ""],
      ["", "นายวิชัย มั่นคง"],
    ]);
  });

  it("takes the emblem from a PNG, refuses a file too large, and hands the emblem over to remember", async () => {
    const saved = setUp();
    // The browser's own input is hidden (it names its button in the browser's language).
    expect(emblemInput().hidden).toBe(true);
    const opened = jest.spyOn(emblemInput(), "click").mockImplementation(() => undefined);
    fireEvent.click(emblemButton());
    expect(opened).toHaveBeenCalledTimes(1);
    await pick(new File([new Uint8Array(300 * 1024)], "big.png", { type: "image/png" }));
    expect(screen.getByText("ไฟล์ใหญ่เกินไป (300 KB): ใช้ไฟล์ไม่เกิน 200 KB")).toBeTruthy();
    await pick(new File([new TextEncoder().encode("GIF89a")], "x.gif", { type: "image/gif" }));
    await screen.findByText("ไฟล์นี้ไม่ใช่ภาพ PNG หรือ SVG");
    await pick(new File([new Uint8Array(solidPng(30, 33))], "garuda.png", { type: "image/png" }));
    await screen.findByText("ใช้ตราครุฑที่เลือกไว้ (PNG) และจำไว้ในสมุดงานนี้");
    fireEvent.change(screen.getByRole("textbox", { name: "ส่วนราชการ" }), {
      target: { value: "สำนักปลัด" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: "ที่" }), {
      target: { value: "นม 1/2567" },
    });
    await download();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].emblem).toMatchObject({ type: "png", width: 30, height: 33 });
    await waitFor(() => expect(offered.at(-1)).toMatch(/^รายงานผลการดำเนินการ.*\.docx$/));
  });
});
