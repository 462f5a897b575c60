// The report date typed as a Thai clerk writes it: day first in either era or in words, said back
// in the pane's language and sent as that day; a date that cannot be read says so and keeps the
// report button from running, with the reason linked to it.
import { act, fireEvent, render, screen } from "@testing-library/react";
import type { ReportRequest, WorkbookService } from "../../src/services/workbook-service";
import { ReportPanel } from "../../src/taskpane/components/ReportPanel";
import { TranslatorProvider } from "../../src/taskpane/i18n-context";
import { fakeService, planCheck } from "./support/pane";

async function setUp(language: "th" | "en") {
  const requests: Partial<ReportRequest>[] = [];
  const { service } = fakeService({
    generateReport: async (request) => {
      requests.push(request);
      return { kind: "refused", reason: "no_measures", findings: [] } as never;
    },
  });
  await act(async () => {
    render(
      <TranslatorProvider language={language}>
        <ReportPanel
          service={service as WorkbookService}
          check={planCheck("แผน")}
          onDone={() => {}}
        />
      </TranslatorProvider>
    );
  });
  return requests;
}

const dateBox = () => screen.getByRole("textbox", { name: /วันที่รายงาน|Report date/ });

describe("the report date", () => {
  it.each([
    ["20/10/2566", "จะลงวันที่ 20 ตุลาคม 2566"],
    ["20/10/2023", "จะลงวันที่ 20 ตุลาคม 2566"],
    ["๒๐ ตุลาคม ๒๕๖๖", "จะลงวันที่ 20 ตุลาคม 2566"],
  ])("reads %s as the day it names and sends that day", async (typed, said) => {
    const requests = await setUp("th");
    fireEvent.change(dateBox(), { target: { value: typed } });
    expect(screen.getByText(said)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "สร้างรายงาน" }));
    });
    expect(requests.map((request) => request.reportDate)).toEqual(["2023-10-20"]);
  });

  it("sends no date when left empty (the settings' date, else today)", async () => {
    const requests = await setUp("th");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "สร้างรายงาน" }));
    });
    expect(requests).toHaveLength(1);
    expect(requests[0].reportDate).toBeUndefined();
  });

  it("says a date it cannot read, in English too, and the button does not run", async () => {
    const requests = await setUp("en");
    fireEvent.change(dateBox(), { target: { value: "31/02/2566" } });
    expect(screen.getByText(/This is not a date that can be read/)).toBeTruthy();
    const button = screen.getByRole("button", { name: "Make the report" });
    expect(button.getAttribute("aria-describedby")).toBeTruthy();
    const reason = document.getElementById(button.getAttribute("aria-describedby")!);
    expect(reason?.textContent).toBe(
      "Correct the report date, or leave it empty, before making the report"
    );
    await act(async () => {
      fireEvent.click(button);
    });
    expect(requests).toEqual([]);
  });
});
