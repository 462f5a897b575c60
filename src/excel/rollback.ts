// Undo for the add-in's own additions: Excel cannot undo add-in writes, so a failed action
// removes what it created (and only that) to leave the workbook as it was. When the undo fails
// too (the connection is gone), the user hears the first failure, and which sheets may be left.
import { WorkbookError } from "../services/workbook-service";
import { toWorkbookError } from "./excel-errors";

export interface CreatedItems {
  sheets: string[];
  names: string[];
}

export async function removeCreated(
  context: Excel.RequestContext,
  created: CreatedItems
): Promise<void> {
  const sheets = created.sheets.map((name) =>
    context.workbook.worksheets.getItemOrNullObject(name)
  );
  const names = created.names.map((name) => context.workbook.names.getItemOrNullObject(name));
  await context.sync();
  for (const item of [...names, ...sheets]) {
    if (!item.isNullObject) item.delete();
  }
  await context.sync();
}

/** Puts the workbook back after `error` with `undo`, then throws `error`. If the undo fails as
 * well, the error thrown is still the first one, carrying the undo's code and `leftBehind`. */
export async function undoAfter(
  error: unknown,
  undo: () => Promise<void>,
  leftBehind: string[]
): Promise<never> {
  try {
    await undo();
  } catch (undoError) {
    const original = toWorkbookError(error);
    throw new WorkbookError(original.code, original.message, original.fromAddin, {
      code: toWorkbookError(undoError).code,
      sheets: leftBehind,
    });
  }
  throw error;
}
