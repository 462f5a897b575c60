// What a report workbook holds, as plain data that does not depend on how the package was
// written: each sheet's cells (value and resolved style), row heights, column widths, merges,
// hyperlinks and print setup, the workbook's print names, and the chart and drawing parts' text.
// Two writers of the same spec agree when their facts are equal, whatever their style indexes,
// string tables (shared or inline) or part order.
import { unzipSync, strFromU8 } from "fflate";
import { XMLParser } from "fast-xml-parser";

const LISTS = new Set([
  "row", "c", "col", "mergeCell", "hyperlink", "brk", "definedName", "sheet", "xf", "font",
  "fill", "border", "numFmt", "Relationship", "r", "si",
]); // prettier-ignore

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => LISTS.has(name),
});

type Node = Record<string, any>;

// Excel's built-in number formats by id (ECMA-376 Part 1, §18.8.30), those a report can use.
const BUILT_IN_FORMATS: Record<string, string> = {
  "0": "General", "1": "0", "2": "0.00", "3": "#,##0", "4": "#,##0.00", "9": "0%", "10": "0.00%",
  "49": "@",
}; // prettier-ignore
const OOXML_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

function text(node: unknown): string {
  if (node === undefined || node === null) return "";
  if (typeof node === "string") return node;
  return text((node as Node)["#text"]);
}

/** A string item (shared or inline): its text runs joined, OOXML escapes undone. */
function stringItem(item: Node | undefined): string {
  if (!item) return "";
  const raw = item.r ? item.r.map((run: Node) => text(run.t)).join("") : text(item.t);
  return raw.replace(OOXML_ESCAPE, (_: string, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}

const onOff = (value: Node | undefined) =>
  value !== undefined && value.val !== "0" && value.val !== "false";

function colour(node: Node | undefined): string | null {
  return node?.rgb ? node.rgb.toUpperCase() : null;
}

function styleTable(xml: string) {
  const sheet = parser.parse(xml).styleSheet as Node;
  const formats: Record<string, string> = { ...BUILT_IN_FORMATS };
  for (const format of sheet.numFmts?.numFmt ?? []) formats[format.numFmtId] = format.formatCode;
  const fonts = (sheet.fonts.font as Node[]).map((font) => ({
    name: font.name?.val ?? null,
    size: font.sz ? Number(font.sz.val) : null,
    bold: onOff(font.b),
    italic: onOff(font.i),
    underline: font.u !== undefined ? (font.u.val ?? "single") : null,
    colour: colour(font.color),
  }));
  const fills = (sheet.fills.fill as Node[]).map((fill) => {
    const pattern = fill.patternFill ?? {};
    const type = pattern.patternType ?? "none";
    return type === "none" || type === "gray125" ? null : { type, colour: colour(pattern.fgColor) };
  });
  const borders = (sheet.borders.border as Node[]).map((border) =>
    Object.fromEntries(
      ["left", "right", "top", "bottom"].map((side) => [side, border[side]?.style ?? null])
    )
  );
  return (sheet.cellXfs.xf as Node[]).map((xf) => ({
    font: fonts[Number(xf.fontId ?? 0)],
    fill: fills[Number(xf.fillId ?? 0)],
    border: borders[Number(xf.borderId ?? 0)],
    numberFormat: formats[xf.numFmtId ?? "0"] ?? `builtin ${xf.numFmtId}`,
    horizontal: xf.alignment?.horizontal ?? "general",
    vertical: xf.alignment?.vertical ?? "bottom",
    wrap: xf.alignment?.wrapText === "1" || xf.alignment?.wrapText === "true",
  }));
}

function relationships(parts: Record<string, Uint8Array>, path: string): Record<string, Node> {
  const part = parts[path];
  if (!part) return {};
  const rels = parser.parse(strFromU8(part)).Relationships?.Relationship ?? [];
  return Object.fromEntries(rels.map((rel: Node) => [rel.Id, rel]));
}

function sheetFacts(
  xml: string,
  styles: ReturnType<typeof styleTable>,
  shared: string[],
  rels: Record<string, Node>
) {
  const sheet = parser.parse(xml).worksheet as Node;
  const cells: Record<string, unknown> = {};
  const heights: Record<string, number> = {};
  for (const row of sheet.sheetData?.row ?? []) {
    if (row.ht !== undefined && row.customHeight !== undefined) heights[row.r] = Number(row.ht);
    for (const cell of row.c ?? []) {
      const value =
        cell.t === "s"
          ? shared[Number(text(cell.v))]
          : cell.t === "inlineStr"
            ? stringItem(cell.is)
            : cell.t === "str"
              ? text(cell.v)
              : cell.v === undefined
                ? null
                : Number(text(cell.v));
      cells[cell.r] = { value, style: styles[Number(cell.s ?? 0)] };
    }
  }
  const print = {
    fitToPage: sheet.sheetPr?.pageSetUpPr?.fitToPage ?? null,
    options: sheet.printOptions ?? null,
    margins: sheet.pageMargins ?? null,
    setup: sheet.pageSetup
      ? {
          paperSize: sheet.pageSetup.paperSize,
          orientation: sheet.pageSetup.orientation,
          fitToWidth: sheet.pageSetup.fitToWidth ?? "1",
          fitToHeight: sheet.pageSetup.fitToHeight ?? "1",
        }
      : null,
    header: text(sheet.headerFooter?.oddHeader),
    footer: text(sheet.headerFooter?.oddFooter),
    rowBreaks: (sheet.rowBreaks?.brk ?? []).map((brk: Node) => `${brk.id} ${brk.man}`),
  };
  return {
    // Each column's width, however the writer grouped equal neighbours.
    columns: (sheet.cols?.col ?? []).flatMap((col: Node) =>
      Array.from({ length: col.max - col.min + 1 }, (_, k) => `${Number(col.min) + k} ${col.width}`)
    ),
    cells,
    heights,
    merges: (sheet.mergeCells?.mergeCell ?? []).map((merge: Node) => merge.ref).sort(),
    links: Object.fromEntries(
      (sheet.hyperlinks?.hyperlink ?? []).map((link: Node) => [
        link.ref,
        rels[link["r:id"]]?.Target,
      ])
    ),
    print,
    drawing: sheet.drawing ? rels[sheet.drawing["r:id"]]?.Target : null,
  };
}

/** The facts of an .xlsx package's bytes. */
export function packageFacts(bytes: Uint8Array) {
  const parts = unzipSync(bytes);
  const part = (path: string) => (parts[path] ? strFromU8(parts[path]) : "");
  const workbook = parser.parse(part("xl/workbook.xml")).workbook as Node;
  const workbookRels = relationships(parts, "xl/_rels/workbook.xml.rels");
  const styles = styleTable(part("xl/styles.xml"));
  const sharedXml = part("xl/sharedStrings.xml");
  const shared = sharedXml ? (parser.parse(sharedXml).sst.si ?? []).map(stringItem) : [];
  const sheets = (workbook.sheets.sheet as Node[]).map((sheet) => {
    const path = `xl/${workbookRels[sheet["r:id"]].Target.replace(/^\/?xl\//, "")}`;
    const relsPath = path.replace(/([^/]+)$/, "_rels/$1.rels");
    return {
      name: sheet.name,
      ...sheetFacts(part(path), styles, shared, relationships(parts, relsPath)),
    };
  });
  const names = (workbook.definedNames?.definedName ?? []).map(
    (name: Node) => `${name.name} ${name.localSheetId ?? ""} ${text(name)}`
  );
  // Charts and drawings are written by chart-parts.ts whatever writes the cells: their text must
  // be the same.
  const drawingParts = Object.keys(parts)
    .filter((path) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(path))
    .sort()
    .map((path) => [path, part(path)]);
  // Charts draw in the theme's accent colours where they name none.
  const theme = part("xl/theme/theme1.xml");
  const accents = [1, 2, 3, 4, 5, 6].map(
    (n) =>
      new RegExp(`<a:accent${n}>\\s*<a:srgbClr val="([0-9A-Fa-f]{6})"`).exec(theme)?.[1] ?? null
  );
  return {
    sheets,
    names: names.sort(),
    drawingParts: Object.fromEntries(drawingParts),
    accents,
  };
}
