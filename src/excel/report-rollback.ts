// What a failed report write leaves behind, undone: the workbook put back as it was, or, past the
// point where the old report can no longer come back, the replacement finished.
import type { UneditedReport } from "./report-records";

/** After a failure while the old report's sheets were being deleted (the last calls of the
 * batch, after the new sheets took their names): when one old sheet is already gone, deletes the
 * rest and says so (true); otherwise nothing was lost and the caller restores. */
export async function finishSwap(
  context: Excel.RequestContext,
  old: UneditedReport
): Promise<boolean> {
  const sheets = context.workbook.worksheets.load("items/id");
  await context.sync();
  const left = sheets.items.filter((sheet) => old.sheets.some((q) => q.sheet.id === sheet.id));
  if (left.length === old.sheets.length) return false;
  for (const sheet of left) sheet.delete();
  await context.sync();
  return true;
}

/** Puts the workbook back: removes sheets the action added, gives the others their names back,
 * shows the sheet that was active, and restores the settings it changed. */
export async function restore(
  context: Excel.RequestContext,
  before: { id: string; name: string }[],
  activeId: string,
  settings: Record<string, string | null>
): Promise<void> {
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  const stored = context.workbook.settings.load("items/key");
  await context.sync();
  const original = (sheet: Excel.Worksheet) => before.find((item) => item.id === sheet.id);
  // Deletions first: a new sheet may hold the name an old one gets back.
  for (const sheet of sheets.items) if (!original(sheet)) sheet.delete();
  for (const sheet of sheets.items) {
    const name = original(sheet)?.name;
    if (name !== undefined && name !== sheet.name) sheet.name = name;
  }
  sheets.items.find((sheet) => sheet.id === activeId)?.activate();
  for (const [key, value] of Object.entries(settings)) {
    // Only settings that exist can be deleted; one the action never managed to add is absent.
    if (value !== null) context.workbook.settings.add(key, value);
    else stored.items.find((item) => item.key === key)?.delete();
  }
  await context.sync();
}
