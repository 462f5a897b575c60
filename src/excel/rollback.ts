// Undo for the add-in's own additions: Excel cannot undo add-in writes, so a failed action
// removes what it created (and only that) to leave the workbook as it was.

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
