// The active sheet of the fake Excel as a user sees it: tabs to switch sheets (which activates
// the sheet, as a click on Excel's tab does), the selected cell with a box to type into, the
// cells, and the charts' titles. Typing and ticking are a local user's edits (FakeExcelHost
// userEdit), so the pane hears of them as it would in Excel.
import { useState } from "react";
import { cellAddress } from "../../../src/domain/a1";
import type { FakeExcelHost } from "../../excel";
import { Language, message, MessageKey } from "../messages";
import { SheetGrid } from "./SheetGrid";
import { selectedArea, shownText } from "./sheet-cells";

export interface SheetViewProps {
  fake: FakeExcelHost;
  language: Language;
  /** Tells the page the workbook changed, so the view is drawn again. */
  changed(): void;
}

export function SheetView({ fake, language, changed }: SheetViewProps) {
  const say = (key: MessageKey, params = {}) => message(language, key, params);
  const [problem, setProblem] = useState("");
  const { model } = fake;
  const sheet = model.sheets.find((s) => s.id === model.activeSheetId) ?? model.sheets[0];
  const selection = model.selection.sheetId === sheet.id ? model.selection.address : "";
  const area = selectedArea(selection);
  const single = area && area.rowCount === 1 && area.columnCount === 1 ? area : null;
  const cell = single ? sheet.cells.get(`${single.row},${single.column}`) : undefined;
  const cellText = cell ? (cell.formula ?? shownText(cell)) : "";

  const edit = (address: string, value: string | boolean) => {
    setProblem("");
    fake
      .userEdit(sheet.name, address, [[value]])
      .catch((error: unknown) =>
        setProblem(say("edit.failed", { reason: error instanceof Error ? error.message : "" }))
      )
      .finally(changed);
  };
  const select = (sheetId: string, address: string) => {
    fake.select(sheetId, address);
    changed();
  };

  return (
    <>
      <div role="tablist" aria-label={say("sheets.label")} style={{ padding: "4px 8px" }}>
        {model.sheets.map((each) => (
          <button
            key={each.id}
            type="button"
            role="tab"
            aria-selected={each.id === sheet.id}
            onClick={() => select(each.id, "A1")}
            style={{
              marginRight: 4,
              fontWeight: each.id === sheet.id ? 700 : 400,
              opacity: each.visibility === "Visible" ? 1 : 0.55,
            }}
          >
            {each.visibility === "Visible" ? each.name : say("sheet.hidden", { name: each.name })}
          </button>
        ))}
      </div>
      <form
        style={{ display: "flex", gap: 6, padding: "0 8px 4px" }}
        onSubmit={(event) => {
          event.preventDefault();
          const input = new FormData(event.currentTarget).get("value");
          if (single && typeof input === "string")
            edit(cellAddress(single.row, single.column), input);
        }}
      >
        <label htmlFor="cell-value" style={{ minWidth: 70 }}>
          {say("cell.label")} {selection}
        </label>
        <input
          id="cell-value"
          name="value"
          key={`${sheet.id}!${selection}!${cellText}`}
          defaultValue={cellText}
          disabled={!single || cell?.formula !== undefined}
          title={cell?.formula !== undefined ? say("cell.formula") : say("cell.edit")}
          style={{ flex: 1 }}
        />
      </form>
      {problem && (
        <p role="alert" style={{ color: "#a4262c", margin: "0 8px 4px" }}>
          {problem}
        </p>
      )}
      <SheetGrid
        sheet={sheet}
        selection={area}
        language={language}
        select={(address) => select(sheet.id, address)}
        tick={(address, value) => edit(address, value)}
      />
      {sheet.charts.length > 0 && (
        <section aria-label={say("charts.heading")} style={{ padding: "4px 8px" }}>
          <strong>{say("charts.heading")}</strong>
          <ul data-testid="chart-titles" style={{ margin: "2px 0" }}>
            {sheet.charts.map((chart) => (
              <li key={chart.id}>
                {say("charts.item", {
                  title: chart.title || say("charts.untitled"),
                  type: chart.type,
                  cell: chart.startCell?.split("!").pop() ?? "",
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
