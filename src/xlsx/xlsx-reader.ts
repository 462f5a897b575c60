// Reading an .xlsx file into the grids the domain code reads: the command line's stand-in for the
// Excel adapter. The file's bytes come from input-file (regular files of bounded size only) or,
// in the pane, from a file the user chose; its zip is opened by zip-reader, and only the parts the
// package's relationships lead to are inflated and parsed by sheet-xml. Any fault is an
// UnreadableFileError: nothing is read in part. No Node module, so the pane can bundle it.
import { parseArea } from "../domain/a1";
import { CellValue, recognisePlan, SheetGrid } from "../domain/plan-layout";
import type { InflateInChunks } from "./inflated-part";
import { LimitError, LIMITS } from "./limits";
import { relationshipsFrom, sharedStringsFrom, sheetGridFrom, workbookFrom } from "./sheet-xml";
import { UnreadableFileError } from "./unreadable";
import { PartTextDecoder, partText } from "./part-text";
import { TextChunks, XmlError } from "./xml-reader";
import { ZipError, ZipReader } from "./zip-reader";

export { UnreadableFileError } from "./unreadable";

// Encrypted .xlsx files and old .xls files are OLE compound files, not zip packages.
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b]; // "PK"
const OFFICE_DOCUMENT = /\/officeDocument$/;
const WORKSHEET = /\/worksheet$/;
const SHARED_STRINGS = /\/sharedStrings$/;

/** A folder and a relative path joined, "." and ".." resolved as POSIX paths are (a ".." past
 * the root is kept, so no part is found there). */
function joinedPath(folder: string, relative: string): string {
  const segments: string[] = [];
  for (const segment of `${folder}/${relative}`.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === ".." && segments.length > 0 && segments[segments.length - 1] !== "..") {
      segments.pop();
    } else {
      segments.push(segment);
    }
  }
  return segments.join("/");
}

function folderOf(part: string): string {
  return part.slice(0, Math.max(0, part.lastIndexOf("/")));
}

/** A part's path from a relationship's target, relative to the folder of the part linking it. */
export function partPath(from: string, target: string): string {
  return target.startsWith("/") ? target.slice(1) : joinedPath(folderOf(from), target);
}

export function relationshipsPath(part: string): string {
  const name = part.slice(part.lastIndexOf("/") + 1);
  return joinedPath(folderOf(part), `_rels/${name}.rels`);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** Turns the zip, XML and limit faults of reading one file into its UnreadableFileError. */
export function guarded<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    if (error instanceof LimitError) throw new UnreadableFileError("tooLarge", file, error.limit);
    if (error instanceof ZipError && error.kind === "encrypted") {
      throw new UnreadableFileError("encrypted", file);
    }
    if (error instanceof ZipError || error instanceof XmlError) {
      throw new UnreadableFileError("corrupt", file);
    }
    throw error;
  }
}

/** An opened workbook: its worksheets' names, each one's grid on demand, its defined names. */
export class SpreadsheetFile {
  private readonly grids = new Map<string, SheetGrid>();
  /** Grids by part: sheets listed over one part read it once. */
  private readonly partGrids = new Map<string, SheetGrid>();
  /** Cells of the grids handed out so far, against LIMITS.fileCells. */
  private cells = 0;

  constructor(
    readonly file: string,
    /** The package, for a writer that copies it (never written to). */
    readonly zip: ZipReader,
    /** The workbook part's path ("xl/workbook.xml" as Excel names it). */
    readonly workbookPart: string,
    private readonly sheetParts: Map<string, string>,
    private readonly names: Map<string, string>,
    private readonly strings: string[]
  ) {}

  get sheetNames(): string[] {
    return [...this.sheetParts.keys()];
  }

  /** The workbook-level defined names and what each refers to (e.g. 'ตั้งค่า ITA'!$B$3). */
  get definedNames(): ReadonlyMap<string, string> {
    return this.names;
  }

  /** The sheet's name as the workbook spells it: Excel's sheet names ignore case. */
  sheetNamed(name: string): string | undefined {
    if (this.sheetParts.has(name)) return name;
    const wanted = name.toLocaleLowerCase();
    return this.sheetNames.find((sheet) => sheet.toLocaleLowerCase() === wanted);
  }

  /** A worksheet's part path, if the workbook has that worksheet (its name as spelled). */
  sheetPart(name: string): string | undefined {
    return this.sheetParts.get(name);
  }

  /** The used area of a worksheet as a grid, from A1. */
  grid(name: string): SheetGrid {
    const cached = this.grids.get(name);
    if (cached) return cached;
    const part = this.sheetParts.get(name);
    if (part === undefined) throw new UnreadableFileError("noSheet", name);
    let grid = this.partGrids.get(part);
    if (!grid) {
      const strings = this.strings;
      grid = guarded(this.file, () => sheetGridFrom(textChunks(this.zip, part), strings));
      this.partGrids.set(part, grid);
    }
    // Counted for each sheet: the commands look through each sheet's grid.
    this.cells += grid.values.length * (grid.values[0]?.length ?? 0);
    if (this.cells > LIMITS.fileCells)
      throw new UnreadableFileError("tooLarge", this.file, "fileCells");
    this.grids.set(name, grid);
    return grid;
  }

  /** The values of the range a workbook-level defined name points at, or null without it: only
   * as far as the sheet's used area goes (a name over a whole sheet reads its values, not 17
   * billion empty cells). */
  namedRange(name: string): CellValue[][] | null {
    const match = /^'?(.+?)'?!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(
      this.names.get(name) ?? ""
    );
    const area = match ? parseArea(match[2].replace(/\$/g, "")) : null;
    const sheet = match && this.sheetNamed(match[1].replace(/''/g, "'"));
    if (!area || !sheet) return null;
    const { values } = this.grid(sheet);
    const width = values[0]?.length ?? 0;
    const rows = Math.max(0, Math.min(area.rowCount, values.length - area.row));
    const columns = Math.max(0, Math.min(area.columnCount, width - area.column));
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => values[area.row + r][area.column + c] ?? null)
    );
  }

  /** The value of a workbook-level defined name that points at one cell, if it exists. */
  namedValue(name: string): CellValue {
    return this.namedRange(name)?.[0]?.[0] ?? null;
  }
}

function optionalText(zip: ZipReader, path: string): string | undefined {
  const bytes = zip.read(path);
  return bytes && partText(bytes);
}

export function requiredText(zip: ZipReader, path: string): string {
  const text = optionalText(zip, path);
  if (text === undefined) throw new ZipError("damaged", path);
  return text;
}

/** A large part's text (a sheet, the shared strings) chunk by chunk as it is inflated. */
function textChunks(zip: ZipReader, path: string): TextChunks {
  return (push) => {
    const decoder = new PartTextDecoder(push);
    if (!zip.readInChunks(path, (bytes) => decoder.push(bytes))) {
      throw new ZipError("damaged", path);
    }
    decoder.end();
  };
}

function spreadsheetFrom(
  bytes: Uint8Array,
  path: string,
  inflate?: InflateInChunks
): SpreadsheetFile {
  const zip = new ZipReader(bytes, inflate);
  const rootRels = optionalText(zip, "_rels/.rels");
  const link =
    rootRels && relationshipsFrom(rootRels).find((each) => OFFICE_DOCUMENT.test(each.type));
  const workbookPart = link ? partPath("", link.target) : undefined;
  const workbookXml = workbookPart && optionalText(zip, workbookPart);
  // A zip without a workbook part: an OpenDocument file, a Word file renamed, an archive.
  const workbook = workbookXml ? workbookFrom(workbookXml) : undefined;
  if (!workbookPart || !workbook || workbook.root !== "workbook") {
    throw new UnreadableFileError("notXlsx", path);
  }
  const links = relationshipsFrom(requiredText(zip, relationshipsPath(workbookPart)));
  const sheetParts = new Map<string, string>();
  for (const sheet of workbook.sheets) {
    const link = links.find((candidate) => candidate.id === sheet.relationshipId);
    if (link && WORKSHEET.test(link.type)) {
      sheetParts.set(sheet.name, partPath(workbookPart, link.target));
    }
  }
  if (sheetParts.size === 0) throw new UnreadableFileError("noWorksheets", path);
  const stringsLink = links.find((link) => SHARED_STRINGS.test(link.type));
  const strings = stringsLink
    ? sharedStringsFrom(textChunks(zip, partPath(workbookPart, stringsLink.target)))
    : [];
  return new SpreadsheetFile(path, zip, workbookPart, sheetParts, workbook.names, strings);
}

/** An .xlsx file's bytes opened as a workbook; `path` names the file in messages; `inflate` is
 * fflate's unless the caller has a faster one (the command line: Node's zlib). */
export function workbookFromBytes(
  bytes: Uint8Array,
  path: string,
  inflate?: InflateInChunks
): SpreadsheetFile {
  if (startsWith(bytes, COMPOUND_FILE)) throw new UnreadableFileError("encrypted", path);
  if (!startsWith(bytes, ZIP)) throw new UnreadableFileError("notXlsx", path);
  return guarded(path, () => spreadsheetFrom(bytes, path, inflate));
}

/** Told when the plan was taken from a later sheet than the first: an emptied plan sheet and a
 * blank Sheet1 look alike, so the choice is said, never made silently. */
export type SheetPassedNote = (note: { file: string; sheet: string; passed: string[] }) => void;

/** The plan sheet: the one named, else the first sheet where a plan header is found. */
export function choosePlanSheet(
  file: SpreadsheetFile,
  name: string | undefined,
  onPassed?: SheetPassedNote
): string {
  if (name !== undefined) {
    const sheet = file.sheetNamed(name.trim());
    if (sheet === undefined) throw new UnreadableFileError("noSheet", name);
    return sheet;
  }
  for (const [index, sheet] of file.sheetNames.entries()) {
    if (recognisePlan(file.grid(sheet)) === undefined) continue;
    if (index > 0) onPassed?.({ file: file.file, sheet, passed: file.sheetNames.slice(0, index) });
    return sheet;
  }
  // A file always holds a worksheet: spreadsheetFrom refuses one without.
  return file.sheetNames[0];
}
