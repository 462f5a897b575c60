// The Excel tables on a worksheet, as its table parts define them: name and range. The
// playground opens a file with its tables, as Excel does, so that the pane finds the add-in's
// own plan table there.
import { relationshipsFrom } from "./sheet-xml";
import { guarded, partPath, relationshipsPath, SpreadsheetFile } from "./xlsx-reader";
import { partText } from "./part-text";
import { readXml } from "./xml-reader";

const TABLE = /\/table$/;

export interface SheetTable {
  /** The name formulas and the Excel API use: the part's displayName (ECMA-376 §18.5.1.2). */
  name: string;
  /** The table's range on its sheet, e.g. "A1:L12". */
  reference: string;
}

/** The tables of the named worksheet; none when it links no table part. */
export function sheetTables(file: SpreadsheetFile, sheet: string): SheetTable[] {
  const part = file.sheetPart(sheet);
  const rels = part && file.zip.read(relationshipsPath(part));
  if (!part || !rels) return [];
  return guarded(file.file, () =>
    relationshipsFrom(partText(rels))
      .filter((link) => TABLE.test(link.type))
      .flatMap((link) => {
        const xml = file.zip.read(partPath(part, link.target));
        return xml ? tableFrom(partText(xml)) : [];
      })
  );
}

function tableFrom(xml: string): SheetTable[] {
  const found: SheetTable[] = [];
  readXml(xml, {
    open(name, { displayName, ref }) {
      if (name === "table" && displayName && ref) found.push({ name: displayName, reference: ref });
    },
    close: () => undefined,
    text: () => undefined,
  });
  return found;
}
