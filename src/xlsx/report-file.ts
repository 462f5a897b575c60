// A workbook holding only the report, as bytes: used by the command line (written to a file)
// and by the pane (offered for download). Runs in Node and in the browser. The package is written
// once, part by part: sheets (row by row), their hyperlinks, the charts, styles and workbook.
import { areaAddress, quoteSheetName } from "../domain/a1";
import { reportSheets, ReportSpec } from "../domain/report/report-spec";
import { StyleTable } from "./cell-styles";
import { ChartPart, chartParts, REL_DRAWING } from "./chart-parts";
import { sheetXml, SheetLink } from "./report-sheet-xml";
import { THEME_CONTENT_TYPE, THEME_PATH, themeXml } from "./theme-part";
import { escapeXml, NS_MAIN, NS_PKG, NS_R, XML_HEAD } from "./xml-text";
import { deflateInJavaScript, PackageWriter, PartCoding } from "./zip-package";

const NS_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
const TYPE_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

function relationships(items: { id: string; type: string; target: string; external?: boolean }[]) {
  const rels = items.map(
    ({ id, type, target, external }) =>
      `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"` +
      `${external ? ` TargetMode="External"` : ""}/>`
  );
  return `${XML_HEAD}<Relationships xmlns="${NS_PKG}">${rels.join("")}</Relationships>`;
}

/** A sheet's relationships: its hyperlinks and its charts' drawing. */
function sheetRelationships(links: SheetLink[], drawingPath: string | null): string | null {
  if (links.length === 0 && !drawingPath) return null;
  return relationships([
    ...links.map((link, index) => ({
      id: `rIdLink${index + 1}`,
      type: `${NS_R}/hyperlink`,
      target: link.target,
      external: true,
    })),
    ...(drawingPath
      ? [{ id: "rIdDrawing", type: REL_DRAWING, target: `../${drawingPath.slice(3)}` }]
      : []),
  ]);
}

/** The workbook part: its sheets and their print areas and repeated header rows. */
function workbookXml(spec: ReportSpec): string {
  const sheets = reportSheets(spec);
  const names: string[] = [];
  const absolute = (address: string) => address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  sheets.forEach((sheet, index) => {
    const name = quoteSheetName(sheet.sheetName);
    const { area, titleRows } = sheet.print;
    names.push(
      `<definedName name="_xlnm.Print_Area" localSheetId="${index}">` +
        `${escapeXml(`${name}!${absolute(areaAddress(area))}`)}</definedName>`
    );
    if (titleRows)
      names.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">` +
          `${escapeXml(`${name}!$${titleRows.first + 1}:$${titleRows.last + 1}`)}</definedName>`
      );
  });
  const items = sheets.map(
    (sheet, index) =>
      `<sheet name="${escapeXml(sheet.sheetName)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`
  );
  return (
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
    `<bookViews><workbookView/></bookViews><sheets>${items.join("")}</sheets>` +
    `<definedNames>${names.join("")}</definedNames></workbook>`
  );
}

/** [Content_Types].xml: the type of every part that is not a relationships part. */
function contentTypes(sheetCount: number, chartTypes: ChartPart[]): string {
  const overrides = [
    { path: "xl/workbook.xml", contentType: TYPE_SHEET.replace("worksheet", "sheet.main") },
    { path: "xl/styles.xml", contentType: TYPE_SHEET.replace("worksheet", "styles") },
    { path: THEME_PATH, contentType: THEME_CONTENT_TYPE },
    ...Array.from({ length: sheetCount }, (_, index) => ({
      path: `xl/worksheets/sheet${index + 1}.xml`,
      contentType: TYPE_SHEET,
    })),
    ...chartTypes,
  ].map(({ path, contentType }) => `<Override PartName="/${path}" ContentType="${contentType}"/>`);
  return (
    `${XML_HEAD}<Types xmlns="${NS_TYPES}">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`
  );
}

export async function reportWorkbookBytes(
  spec: ReportSpec,
  coding: PartCoding = deflateInJavaScript
): Promise<Uint8Array> {
  const sheets = reportSheets(spec);
  const charts = sheets.map((sheet, index) => chartParts(index + 1, sheet));
  const writer = new PackageWriter(coding);
  const chartTypes = charts.flatMap(
    (sheet) => sheet?.parts.filter((part) => part.contentType) ?? []
  );
  writer.add("[Content_Types].xml", contentTypes(sheets.length, chartTypes));
  writer.add(
    "_rels/.rels",
    relationships([{ id: "rId1", type: `${NS_R}/officeDocument`, target: "xl/workbook.xml" }])
  );
  writer.add("xl/workbook.xml", workbookXml(spec));
  writer.add(
    "xl/_rels/workbook.xml.rels",
    relationships([
      ...sheets.map((_, index) => ({
        id: `rId${index + 1}`,
        type: `${NS_R}/worksheet`,
        target: `worksheets/sheet${index + 1}.xml`,
      })),
      { id: `rId${sheets.length + 1}`, type: `${NS_R}/styles`, target: "styles.xml" },
      { id: `rId${sheets.length + 2}`, type: `${NS_R}/theme`, target: "theme/theme1.xml" },
    ])
  );
  writer.add(THEME_PATH, themeXml());
  // Styles are numbered as the sheets' cells ask for them, so the style sheet comes last.
  const styles = new StyleTable();
  sheets.forEach((sheet, index) => {
    const number = index + 1;
    const sheetCharts = charts[index];
    const links: SheetLink[] = [];
    writer.add(
      `xl/worksheets/sheet${number}.xml`,
      sheetXml(sheet, styles, links, sheetCharts && "rIdDrawing")
    );
    const rels = sheetRelationships(links, sheetCharts?.drawingPath ?? null);
    if (rels) writer.add(`xl/worksheets/_rels/sheet${number}.xml.rels`, rels);
    for (const part of sheetCharts?.parts ?? []) writer.add(part.path, part.xml);
  });
  writer.add("xl/styles.xml", styles.xml());
  return writer.finish();
}
