// The fake Excel holding a seed's workbook: its sheets' values as if typed in Excel (kept as
// they were read: a text starting with "=" stays text), its defined names and its tables.
import { cellAddress, parseArea } from "../../src/domain/a1";
import { FakeExcelHost, HostProfile } from "../excel";
import type { WorkbookSeed } from "./workbook-seed";

export function fakeFromSeed(seed: WorkbookSeed, profile: HostProfile): FakeExcelHost {
  const fake = new FakeExcelHost(
    seed.sheets.map((sheet) => sheet.name),
    profile
  );
  for (const sheet of seed.sheets) {
    const rows = sheet.values.map((row) => row.map((value) => value ?? ""));
    fake.paste(sheet.name, cellAddress(sheet.firstRow, sheet.firstColumn), rows);
  }
  for (const { name, reference } of seed.names) {
    fake.model.names.set(name.toLowerCase(), { name, formula: `=${reference}`, visible: true });
  }
  // As Excel opens a file with its tables (the pane finds its own plan table by name).
  for (const { sheet, name, reference } of seed.tables) {
    const sheetId = fake.model.sheets.find((each) => each.name === sheet)?.id;
    const area = parseArea(reference);
    if (!sheetId || !area) continue;
    const id = `${fake.model.nextId++}`;
    fake.model.tables.push({
      id,
      name,
      sheetId,
      area,
      style: "TableStyleMedium2",
      showHeaders: true,
    });
  }
  const active = fake.model.sheets.find((sheet) => sheet.name === seed.activeSheet);
  if (active) fake.select(active.id, "A1");
  return fake;
}
