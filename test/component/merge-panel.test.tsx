// "รวมผลจากไฟล์ของกอง": files picked in the pane are read by the command line's reader (real
// .xlsx bytes here), a file that cannot be read is named in a plain sentence (its size checked
// before a byte is read), the preview's conflict is settled by a radio button, and apply sends
// exactly that choice; the progress is refreshed afterwards.
import { fireEvent, render, screen } from "@testing-library/react";
import { conflictKey } from "../../src/domain/plan/merge-choices";
import type { PlanCopy } from "../../src/domain/plan/merge-copies";
import type { MergePreview, WorkbookService } from "../../src/services/workbook-service";
import { MergePanel } from "../../src/taskpane/components/MergePanel";
import { TranslatorProvider } from "../../src/taskpane/i18n-context";
import type { PickedFile } from "../../src/xlsx/plan-in-workbook";
import { MAIN, planPackage, rowXml } from "../support/raw-package";
import { planCheck, today } from "./support/pane";

const HEADER = ["มาตรการ", "วิธีดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "ผลการดำเนินการ"];
const PLEDGE = "ผู้บริหารประกาศเจตจำนงสุจริต";

/** A division's copy as a minimal .xlsx: the header and the one measure with its result. */
function copyFile(name: string, result: string): PickedFile {
  const rows = [HEADER, [PLEDGE, "ประกาศ", "สำนักปลัด", "ต.ค. 69", result]];
  const sheet = `<worksheet xmlns="${MAIN}"><sheetData>${rows
    .map((row, index) => rowXml(index + 1, row))
    .join("")}</sheetData></worksheet>`;
  const bytes = new Uint8Array(planPackage(sheet));
  return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer };
}

const PREVIEW: MergePreview = {
  taken: [{ measure: PLEDGE, field: "status", copy: "กองคลัง.xlsx", value: "done" }],
  conflicts: [
    {
      measure: PLEDGE,
      field: "result",
      values: [
        { copy: "กองคลัง.xlsx", value: "ประกาศแล้ว" },
        { copy: "กองช่าง.xlsx", value: "ลงนามแล้ว" },
      ],
    },
  ],
  added: [{ copy: "กองช่าง.xlsx", measure: "มาตรการใหม่ของกองช่าง" }],
  lacking: [{ copy: "กองช่าง.xlsx", fields: ["result", "evidence"] }],
};

function setUp(language: "th" | "en", preview: MergePreview = PREVIEW) {
  const calls = { previewed: [] as PlanCopy[][], applied: [] as unknown[], merged: 0 };
  const service = {
    previewMerge: async (_sheet: string, copies: PlanCopy[]) => {
      calls.previewed.push(copies);
      return preview;
    },
    applyMerge: async (sheetId: string, copies: PlanCopy[], choices: unknown) => {
      calls.applied.push({ sheetId, copies: copies.map((copy) => copy.name), choices });
      return { values: 2, measures: 1, withoutColumn: [] };
    },
  } as unknown as WorkbookService;
  render(
    <TranslatorProvider language={language}>
      <MergePanel
        service={service}
        check={planCheck("แผน")}
        today={today}
        onMerged={() => (calls.merged += 1)}
      />
    </TranslatorProvider>
  );
  return calls;
}

function pick(label: string, files: PickedFile[]) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  Object.defineProperty(input, "files", { value: files, configurable: true });
  fireEvent.change(input);
}

describe("merging the divisions' files in the pane", () => {
  it("reads the files, names the one it cannot read, and applies the choice made", async () => {
    const calls = setUp("th");
    const finance = copyFile("กองคลัง.xlsx", "ประกาศแล้ว");
    const works = copyFile("กองช่าง.xlsx", "ลงนามแล้ว");
    const notes: PickedFile = {
      name: "บันทึก.xlsx",
      size: 5,
      arrayBuffer: async () => new TextEncoder().encode("hello").buffer,
    };
    pick("เลือกไฟล์ของกอง (.xlsx)", [finance, notes, works]);
    await screen.findByText("ไฟล์ บันทึก.xlsx ไม่ใช่ไฟล์ Excel แบบ .xlsx");
    expect(calls.previewed).toHaveLength(1);
    expect(
      calls.previewed[0].map((copy) => [
        copy.name,
        copy.measures.map((m) => m.text.result),
        copy.fields,
      ])
    ).toEqual([
      ["กองคลัง.xlsx", ["ประกาศแล้ว"], ["result"]],
      ["กองช่าง.xlsx", ["ลงนามแล้ว"], ["result"]],
    ]);
    screen.getByText("จะนำเข้า 1 รายการ");
    screen.getByText(`${PLEDGE} — สถานะการดำเนินการ: ดำเนินการแล้วเสร็จ (จาก กองคลัง.xlsx)`);
    screen.getByText("มาตรการใหม่ของกองช่าง (กองช่าง.xlsx)");
    screen.getByText(
      "ไฟล์ กองช่าง.xlsx ไม่มีช่อง ผลการดำเนินการ, หลักฐาน/ลิงก์ (หัวตารางอาจถูกเปลี่ยนชื่อ): คงค่าของแผนในช่องนั้นไว้"
    );
    const keep = screen.getByRole("radio", { name: "คงค่าเดิมของแผน" }) as HTMLInputElement;
    expect(keep.checked).toBe(true);
    fireEvent.click(screen.getByRole("radio", { name: "กองช่าง.xlsx: ลงนามแล้ว" }));
    fireEvent.click(screen.getByRole("button", { name: "นำผลเข้าแผน" }));
    // The taken item and the chosen conflict: counted as the preview counts, not as cells.
    await screen.findByText("เขียนลงแผนแล้ว 2 รายการ ใน 1 มาตรการ");
    // The unreadable file's message belonged to the pick; the merge that followed succeeded.
    expect(screen.queryByText("ไฟล์ บันทึก.xlsx ไม่ใช่ไฟล์ Excel แบบ .xlsx")).toBeNull();
    expect(calls.applied).toEqual([
      {
        sheetId: "{แผน}",
        copies: ["กองคลัง.xlsx", "กองช่าง.xlsx"],
        choices: { [conflictKey({ measure: PLEDGE, field: "result" })]: "กองช่าง.xlsx" },
      },
    ]);
    expect(calls.merged).toBe(1);
  });

  it("refuses a file past the size limit before reading it, in English", async () => {
    const calls = setUp("en");
    let read = false;
    const huge: PickedFile = {
      name: "big.xlsx",
      size: 101 * 1024 * 1024,
      arrayBuffer: async () => {
        read = true;
        return new ArrayBuffer(0);
      },
    };
    pick("Choose the divisions' files (.xlsx)", [huge]);
    await screen.findByText(/big\.xlsx/);
    expect(screen.getByRole("status").textContent).toMatch(/big\.xlsx.*100 MB/);
    expect(read).toBe(false);
    expect(calls.previewed).toEqual([]);
  });

  it("keeps the write button from running when nothing differs, and says why", async () => {
    setUp("en", { taken: [], conflicts: [], added: [], lacking: [] });
    pick("Choose the divisions' files (.xlsx)", [copyFile("works.xlsx", "")]);
    const button = await screen.findByRole("button", { name: "Write into the plan" });
    expect(button.getAttribute("aria-disabled")).toBe("true");
    screen.getByText("Nothing differs from this plan");
  });
});
