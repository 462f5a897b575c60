// A copy of the user's workbook with a block added to the history sheet the add-in owns: every
// part of the package is copied unchanged (its compressed bytes as they are: nothing the reader
// does not need is inflated, so a part it could not read cannot stop the copy) but the history
// sheet's, which is patched (or made),
// and, when the sheet is new, the three parts that list it: the workbook (a <sheet> appended, so
// the sheet indices defined names use stay as they are), its relationships and the content
// types. docProps/app.xml's list of sheet titles is left as it is: it is a cache Excel writes
// again on save and does not read to open a file (ECMA-376 Part 1, §22.2: extended properties
// are application-specific; "TitlesOfParts" only names parts).
import { posix } from "path";
import type { CellValue } from "../domain/plan-layout";
import { historySheetWithBlock, newHistorySheetXml, prefixAt } from "./history-sheet-xml";
import { escapeXml } from "./xml-text";
import { readXml, XmlError } from "./xml-reader";
import { guarded, relationshipsPath, requiredText, SpreadsheetFile } from "./xlsx-reader";
import { PackageWriter, PartCoding } from "./zip-package";

const CONTENT_TYPES = "[Content_Types].xml";
const TYPE_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const WORKSHEET = /\/worksheet$/;

/** The history sheet's name belongs to a sheet that is no worksheet (a chart sheet). */
export class SheetNameTakenError extends Error {
  constructor(readonly sheet: string) {
    super(`sheet name taken: ${sheet}`);
    this.name = "SheetNameTakenError";
  }
}

/** Where a part's root element closes, and its root's attributes. */
function rootOf(xml: string) {
  let depth = 0;
  let attributes: Record<string, string> = {};
  let rootStart = -1;
  let close = -1;
  readXml(xml, {
    open(_, found, start) {
      if (depth++ === 0) [attributes, rootStart] = [found, start];
    },
    close(_, start) {
      if (--depth === 0) close = start;
    },
    text: () => undefined,
  });
  // A self-closing root lists nothing: none of the parts patched here may be empty.
  if (close === rootStart) throw new XmlError("empty root");
  return { attributes, prefix: prefixAt(xml, rootStart), close };
}

/** An element inserted last in a part's root, with the root's prefix. */
function appendToRoot(xml: string, element: (prefix: string) => string): string {
  const { close, prefix } = rootOf(xml);
  return xml.slice(0, close) + element(prefix) + xml.slice(close);
}

/** Changed and new parts by their path in lower case (zip names are compared without case). */
type ChangedParts = Map<string, { path: string; text: string }>;

const changedPart = (path: string, text: string): [string, { path: string; text: string }] => [
  path.toLowerCase(),
  { path, text },
];

interface WorkbookOutline {
  sheetNames: string[];
  lastSheetId: number;
  sheetsClose: number;
  sheetsPrefix: string;
  mainNamespace: string;
  /** The prefix the root binds to the relationships namespace, if any. */
  relationshipPrefix: string | null;
}

function workbookOutline(xml: string, relationshipNamespace: string): WorkbookOutline {
  const root = rootOf(xml);
  const outline: WorkbookOutline = {
    sheetNames: [],
    lastSheetId: 0,
    sheetsClose: -1,
    sheetsPrefix: "",
    mainNamespace: root.attributes[root.prefix ? `xmlns:${root.prefix.slice(0, -1)}` : "xmlns"],
    relationshipPrefix: null,
  };
  for (const [name, value] of Object.entries(root.attributes))
    if (name.startsWith("xmlns:") && value === relationshipNamespace)
      outline.relationshipPrefix = name.slice(6);
  readXml(xml, {
    open(name, attributes) {
      if (name !== "sheet") return;
      outline.sheetNames.push(attributes.name ?? "");
      outline.lastSheetId = Math.max(outline.lastSheetId, Number(attributes.sheetId) || 0);
    },
    close(name, start) {
      if (name !== "sheets" || outline.sheetsClose >= 0) return;
      outline.sheetsClose = start;
      outline.sheetsPrefix = prefixAt(xml, start);
    },
    text: () => undefined,
  });
  if (outline.sheetsClose < 0 || !outline.mainNamespace) throw new XmlError("workbook");
  return outline;
}

/** The parts that change when the history sheet is new: path (lower case) to text. */
function partsForNewSheet(
  file: SpreadsheetFile,
  sheetName: string,
  block: readonly CellValue[][]
): ChangedParts {
  const { zip, workbookPart } = file;
  const relsPath = relationshipsPath(workbookPart);
  const relsXml = requiredText(zip, relsPath);
  const links: { id: string; type: string }[] = [];
  readXml(relsXml, {
    open: (name, { Id = "", Type = "" }) =>
      name === "Relationship" && links.push({ id: Id, type: Type }),
    close: () => undefined,
    text: () => undefined,
  });
  // The package's own relationship type for a worksheet: transitional or strict, as it uses.
  const sheetType = links.find((link) => WORKSHEET.test(link.type))?.type;
  if (!sheetType) throw new XmlError("no worksheet relationship");
  const relationshipNamespace = sheetType.replace(WORKSHEET, "");
  const workbookXml = requiredText(zip, workbookPart);
  const book = workbookOutline(workbookXml, relationshipNamespace);
  const wanted = sheetName.toLocaleLowerCase();
  if (book.sheetNames.some((name) => name.toLocaleLowerCase() === wanted))
    throw new SheetNameTakenError(sheetName);

  const folder = posix.dirname(workbookPart);
  let number = 1;
  const sheetPath = () => posix.join(folder, `worksheets/sheet${number}.xml`);
  while (zip.has(sheetPath())) number++;
  const path = sheetPath();
  let id = links.length + 1;
  while (links.some((link) => link.id === `rId${id}`)) id++;

  const r = book.relationshipPrefix ?? "r";
  const declare = book.relationshipPrefix ? "" : ` xmlns:r="${escapeXml(relationshipNamespace)}"`;
  const sheet =
    `<${book.sheetsPrefix}sheet${declare} name="${escapeXml(sheetName)}" ` +
    `sheetId="${book.lastSheetId + 1}" ${r}:id="rId${id}"/>`;
  const contentType = `ContentType="${TYPE_WORKSHEET}"`;
  const target = escapeXml(posix.relative(folder, path));
  const parts = new Map([
    changedPart(
      workbookPart,
      workbookXml.slice(0, book.sheetsClose) + sheet + workbookXml.slice(book.sheetsClose)
    ),
    changedPart(
      relsPath,
      appendToRoot(
        relsXml,
        (p) => `<${p}Relationship Id="rId${id}" Type="${escapeXml(sheetType)}" Target="${target}"/>`
      )
    ),
    changedPart(path, newHistorySheetXml(block, book.mainNamespace)),
  ]);
  // A package without content types (the reader does not need them; Excel would call it damaged)
  // is copied as it came: the copy is no less valid than the input.
  if (zip.has(CONTENT_TYPES)) {
    const types = requiredText(zip, CONTENT_TYPES);
    const override = (p: string) => `<${p}Override PartName="/${escapeXml(path)}" ${contentType}/>`;
    parts.set(...changedPart(CONTENT_TYPES, appendToRoot(types, override)));
  }
  return parts;
}

/** The workbook's package with the block added to the sheet `sheetName` (made if absent). */
export function workbookWithHistoryBlock(
  file: SpreadsheetFile,
  sheetName: string,
  block: readonly CellValue[][],
  coding: PartCoding
): Uint8Array {
  return guarded(file.file, () => {
    const existing = file.sheetNamed(sheetName);
    const part = existing === undefined ? undefined : file.sheetPart(existing);
    const changed: ChangedParts = part
      ? new Map([changedPart(part, historySheetWithBlock(requiredText(file.zip, part), block))])
      : partsForNewSheet(file, sheetName, block);
    const writer = new PackageWriter(coding);
    for (const name of file.zip.names) {
      // A folder's entry is no part: nothing to copy.
      if (name.endsWith("/")) continue;
      const change = changed.get(name.toLowerCase());
      if (change) {
        writer.add(name, change.text);
        changed.delete(name.toLowerCase());
      } else writer.addStored(name, file.zip.stored(name)!);
    }
    // The new sheet's part, the only one not in the input.
    for (const { path, text } of changed.values()) writer.add(path, text);
    return writer.finish();
  });
}
