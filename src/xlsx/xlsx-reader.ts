// Reading an .xlsx file into the grids the domain code reads: the command line's stand-in for the
// Excel adapter. The package is opened by zip-package; its parts are read by sheet-xml.
import { readFile } from "fs/promises";
import { posix } from "path";
import { parseArea } from "../domain/a1";
import { CellValue, recognisePlan, SheetGrid } from "../domain/plan-layout";
import { openPackage, PackageParts, partText } from "./zip-package";
import { relationshipsFrom, sharedStringsFrom, sheetGridFrom, workbookFrom } from "./sheet-xml";

export class UnreadableFileError extends Error {
  constructor(
    readonly reason: "missing" | "notXlsx" | "encrypted" | "corrupt" | "noSheet" | "noWorksheets",
    readonly detail: string
  ) {
    super(`${reason}: ${detail}`);
    this.name = "UnreadableFileError";
  }
}

// Encrypted .xlsx files and old .xls files are OLE compound files, not zip packages.
const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const ZIP = Buffer.from("PK");
const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;
const SHARED_STRINGS = /\/sharedStrings$/;

/** A part's path from a relationship's target, relative to the folder of the part linking it. */
function partPath(from: string, target: string): string {
  return target.startsWith("/") ? target.slice(1) : posix.join(posix.dirname(from), target);
}

function relationshipsPath(part: string): string {
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

/** An opened workbook: its worksheets' names, each one's grid on demand, its defined names. */
export class SpreadsheetFile {
  private readonly grids = new Map<string, SheetGrid>();

  constructor(
    private readonly parts: PackageParts,
    private readonly sheetParts: Map<string, string>,
    private readonly names: Map<string, string>,
    private readonly strings: string[]
  ) {}

  get sheetNames(): string[] {
    return [...this.sheetParts.keys()];
  }

  /** The sheet's name as the workbook spells it: Excel's sheet names ignore case. */
  sheetNamed(name: string): string | undefined {
    if (this.sheetParts.has(name)) return name;
    const wanted = name.toLocaleLowerCase();
    return this.sheetNames.find((sheet) => sheet.toLocaleLowerCase() === wanted);
  }

  /** The used area of a worksheet as a grid, from A1. */
  grid(name: string): SheetGrid {
    const cached = this.grids.get(name);
    if (cached) return cached;
    const part = this.sheetParts.get(name);
    const xml = part ? partText(this.parts, part) : undefined;
    if (xml === undefined) throw new UnreadableFileError("noSheet", name);
    const grid = sheetGridFrom(xml, this.strings);
    this.grids.set(name, grid);
    return grid;
  }

  /** The values of the range a workbook-level defined name points at, or null without it. */
  namedRange(name: string): CellValue[][] | null {
    const match = /^'?(.+?)'?!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(
      this.names.get(name) ?? ""
    );
    const area = match ? parseArea(match[2].replace(/\$/g, "")) : null;
    const sheet = match && this.sheetNamed(match[1].replace(/''/g, "'"));
    if (!area || !sheet) return null;
    const { values } = this.grid(sheet);
    return Array.from({ length: area.rowCount }, (_, r) =>
      Array.from(
        { length: area.columnCount },
        (_, c) => values[area.row + r]?.[area.column + c] ?? null
      )
    );
  }

  /** The value of a workbook-level defined name that points at one cell, if it exists. */
  namedValue(name: string): CellValue {
    return this.namedRange(name)?.[0]?.[0] ?? null;
  }
}

function requiredText(parts: PackageParts, path: string): string {
  const text = partText(parts, path);
  if (text === undefined) throw new UnreadableFileError("corrupt", path);
  return text;
}

// Pictures and other binary parts are never decompressed.
const XML_PART = /\.(xml|rels)$/;

const WORKBOOK_ROOT = /<(?:[\w.-]+:)?workbook[\s>]/;

function spreadsheetFrom(bytes: Uint8Array, path: string): SpreadsheetFile {
  const parts = openPackage(bytes, (name) => XML_PART.test(name));
  const root = relationshipsFrom(partText(parts, "_rels/.rels") ?? "");
  const link = root.find((each) => OFFICE_DOCUMENT.test(each.type));
  const workbookPart = partPath("", link?.target ?? "");
  const workbookXml = partText(parts, workbookPart);
  // A zip without a workbook part: an OpenDocument file, a Word file renamed, an archive.
  if (!workbookXml || !WORKBOOK_ROOT.test(workbookXml)) {
    throw new UnreadableFileError("notXlsx", path);
  }
  const workbook = workbookFrom(workbookXml);
  const links = relationshipsFrom(requiredText(parts, relationshipsPath(workbookPart)));
  const sheetParts = new Map<string, string>();
  for (const sheet of workbook.sheets) {
    const link = links.find((candidate) => candidate.id === sheet.relationshipId);
    if (link && WORKSHEET.test(link.type)) {
      sheetParts.set(sheet.name, partPath(workbookPart, link.target));
    }
  }
  const stringsLink = links.find((link) => SHARED_STRINGS.test(link.type));
  const strings = stringsLink
    ? sharedStringsFrom(requiredText(parts, partPath(workbookPart, stringsLink.target)))
    : [];
  if (sheetParts.size === 0) throw new UnreadableFileError("noWorksheets", path);
  return new SpreadsheetFile(parts, sheetParts, workbook.names, strings);
}

export async function loadWorkbook(path: string): Promise<SpreadsheetFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new UnreadableFileError("missing", path);
  }
  if (bytes.subarray(0, 4).equals(COMPOUND_FILE)) throw new UnreadableFileError("encrypted", path);
  if (!bytes.subarray(0, 2).equals(ZIP)) throw new UnreadableFileError("notXlsx", path);
  try {
    return spreadsheetFrom(bytes, path);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(
      "corrupt",
      error instanceof Error ? error.message : String(error)
    );
  }
}

/** The plan sheet: the one named, else the first sheet where a plan header is found. */
export function choosePlanSheet(file: SpreadsheetFile, name: string | undefined): string {
  if (name !== undefined) {
    const sheet = file.sheetNamed(name.trim());
    if (sheet === undefined) throw new UnreadableFileError("noSheet", name);
    return sheet;
  }
  for (const sheet of file.sheetNames) {
    if (recognisePlan(file.grid(sheet)) !== undefined) return sheet;
  }
  // A file always holds a worksheet: spreadsheetFrom refuses one without.
  return file.sheetNames[0];
}
