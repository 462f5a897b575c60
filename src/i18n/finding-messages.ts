// A validation finding in words, in the user's language, naming its cell.
import type { Finding } from "../domain/plan-validation";
import { formatThaiDate } from "../domain/thai-dates";
import type { Language, MessageKey } from "./catalogue";
import { MessageParams, translate } from "./translate";

function columnName(language: Language, key: string | number): string {
  return translate(language, `column.${key}` as MessageKey);
}

function localParams(language: Language, finding: Finding): MessageParams {
  const params: MessageParams = { ...finding.params };
  if (typeof params.column === "string") params.column = columnName(language, params.column);
  if (typeof params.end === "string" && language === "th") {
    params.end = formatThaiDate(new Date(`${params.end}T00:00:00Z`), { style: "short" });
  }
  return params;
}

/** The finding's message alone, without its cell. */
export function findingMessage(language: Language, finding: Finding): string {
  const key =
    finding.code === "missing_column" && finding.params.nearest
      ? "finding.missing_column_nearest"
      : (`finding.${finding.code}` as MessageKey);
  return translate(language, key, localParams(language, finding));
}

/** The message with the cell in front, as the command line and the pane show it. */
export function findingText(language: Language, finding: Finding): string {
  const message = findingMessage(language, finding);
  return finding.cell
    ? translate(language, "finding.at", { cell: finding.cell, message })
    : message;
}
