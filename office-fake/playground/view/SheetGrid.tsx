// A sheet's cells as a table: column letters and row numbers, merged areas spanning, a cell's
// fill, bold and alignment, check boxes that tick, formulas shown as written (nothing is
// calculated here). Cell text is React text, never markup.
import type { CSSProperties } from "react";
import { CellArea, cellAddress, columnLetter } from "../../../src/domain/a1";
import { DEFAULT_COLUMN_WIDTH, SheetModel } from "../../excel/model";
import { Language, message } from "../messages";
import { inArea, MAX_COLUMNS, MAX_ROWS, mergeSpans, shownText, usedArea } from "./sheet-cells";

export interface SheetGridProps {
  sheet: SheetModel;
  selection: CellArea | null;
  language: Language;
  select(address: string): void;
  tick(address: string, value: boolean): void;
}

const BORDER = "1px solid #d0d0d0";
const HEADING: CSSProperties = { background: "#f0f0f0", border: BORDER, fontWeight: 400 };

/** Excel's column width is in points (96 px to 72 pt); a column the workbook gave no width
 * (a file read for its values only) is as wide as its longest line, within reason. */
function columnPixels(sheet: SheetModel, column: number, rows: number): number {
  const pixels = (points: number) => Math.round((points * 96) / 72);
  const points = sheet.columnWidths.get(column);
  if (points !== undefined) return Math.min(360, Math.max(24, pixels(points)));
  let longest = 0;
  for (let row = 0; row < rows; row++) {
    const cell = sheet.cells.get(`${row},${column}`);
    const lines = cell ? (cell.formula ?? shownText(cell)).split("\n") : [];
    for (const line of lines) longest = Math.max(longest, line.length);
  }
  return Math.min(280, Math.max(pixels(DEFAULT_COLUMN_WIDTH), longest * 7));
}

function CellContent({
  sheet,
  row,
  column,
  language,
  tick,
}: SheetGridProps & { row: number; column: number }) {
  const cell = sheet.cells.get(`${row},${column}`);
  if (!cell) return null;
  const address = cellAddress(row, column);
  if (typeof cell.value === "boolean" && cell.formula === undefined) {
    return (
      <label title={message(language, "cell.tick")}>
        <input
          type="checkbox"
          aria-label={`${sheet.name}!${address}`}
          checked={cell.value}
          onChange={() => tick(address, !cell.value)}
        />
        {cell.control === "Checkbox" ? "" : ` ${shownText(cell)}`}
      </label>
    );
  }
  if (cell.formula !== undefined) {
    return (
      <span
        style={{ color: "#666", fontStyle: "italic" }}
        title={message(language, "cell.formula")}
      >
        {cell.formula}
      </span>
    );
  }
  return <>{shownText(cell)}</>;
}

export function SheetGrid(props: SheetGridProps) {
  const { sheet, selection, language, select } = props;
  const used = usedArea(sheet);
  if (used.rows === 0)
    return <p style={{ padding: "4px 8px" }}>{message(language, "grid.empty")}</p>;
  const rows = Math.min(used.rows, MAX_ROWS);
  const columns = Math.min(used.columns, MAX_COLUMNS);
  const { spans, covered } = mergeSpans(sheet);
  const indexes = (count: number) => Array.from({ length: count }, (_, i) => i);
  return (
    <div style={{ flex: 1, overflow: "auto", padding: "0 8px 8px" }}>
      {(rows < used.rows || columns < used.columns) && (
        <p>
          {message(language, "grid.cut", {
            rows,
            columns,
            allRows: used.rows,
            allColumns: used.columns,
          })}
        </p>
      )}
      <table
        role="grid"
        aria-label={sheet.name}
        style={{ borderCollapse: "collapse", tableLayout: "fixed" }}
      >
        <colgroup>
          <col style={{ width: 36 }} />
          {indexes(columns).map((c) => (
            <col key={c} style={{ width: columnPixels(sheet, c, rows) }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th style={HEADING} />
            {indexes(columns).map((c) => (
              <th key={c} scope="col" style={HEADING}>
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {indexes(rows).map((r) => (
            <tr key={r}>
              <th scope="row" style={HEADING}>
                {r + 1}
              </th>
              {indexes(columns)
                .filter((c) => !covered.has(`${r},${c}`))
                .map((c) => {
                  const format = sheet.cells.get(`${r},${c}`)?.format ?? {};
                  const span = spans.get(`${r},${c}`);
                  return (
                    <td
                      key={c}
                      rowSpan={span?.rowSpan}
                      colSpan={span?.columnSpan}
                      onClick={() => select(cellAddress(r, c))}
                      style={{
                        border: BORDER,
                        outline: inArea(selection, r, c) ? "2px solid #217346" : undefined,
                        background: format.fill,
                        color: format.fontColor,
                        fontWeight: format.bold ? 700 : 400,
                        textAlign: format.horizontalAlignment === "Center" ? "center" : undefined,
                        verticalAlign: "top",
                        padding: "1px 3px",
                      }}
                    >
                      <div
                        style={{
                          maxHeight: "8em",
                          overflow: "hidden",
                          // Wrapped whatever the cell says: a plain view has no room to spill over.
                          whiteSpace: "pre-wrap",
                        }}
                      >
                        <CellContent {...props} row={r} column={c} />
                      </div>
                    </td>
                  );
                })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
