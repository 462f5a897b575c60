// Text the add-in writes stays the text the user typed. Excel parses a string written through
// Range.values into a General cell as if typed: "=", "+", "-" start a formula (@types/office-js,
// Range.values; OfficeDev/office-js#3256), "001" becomes 1, "10/2566" a date. A cell formatted
// as Text ("@") keeps the string, but only if the format is set before the value: Excel
// applies a batch in order, and formatting as text afterwards does not bring the typed text back.

export const TEXT_FORMAT = "@";

/** The number formats to set, before the values, on a range about to receive `values`: text
 * for every non-empty string, `otherwise(column)` (or General) for the rest. */
export function literalFormats(
  values: readonly (readonly unknown[])[],
  otherwise: (column: number) => string | undefined = () => undefined
): string[][] {
  return values.map((row) =>
    row.map((value, column) =>
      typeof value === "string" && value !== "" ? TEXT_FORMAT : (otherwise(column) ?? "General")
    )
  );
}

/** Writes a grid so that its strings stay literal: formats first, then values, one batch. */
export function writeLiteral(
  range: Excel.Range,
  values: (string | number | boolean)[][],
  otherwise?: (column: number) => string | undefined
): void {
  range.numberFormat = literalFormats(values, otherwise);
  range.values = values;
}

/** Whether content written through Range.formulas is a formula rather than a label. */
export function isFormula(content: unknown): boolean {
  return typeof content === "string" && content.startsWith("=");
}
