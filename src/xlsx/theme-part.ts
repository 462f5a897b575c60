// The workbook's theme (xl/theme/theme1.xml). Charts draw their series, borders and gridlines in
// the theme's colours and line styles where the chart names none, so a package without a theme
// has charts without bars in LibreOffice. These are Office 2007's colours, which the reports
// have always printed in (blue 4F81BD, red C0504D, green 9BBB59 for the three statuses); the
// format scheme is the smallest DrawingML allows (three of each style list). Written here, not
// taken from ExcelJS: the command line's report loads no ExcelJS at all.
import { XML_HEAD } from "./xml-text";

const ACCENTS = ["4F81BD", "C0504D", "9BBB59", "8064A2", "4BACC6", "F79646"];

const three = (item: string) => item.repeat(3);
const placeholderFill = `<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>`;

export const THEME_PATH = "xl/theme/theme1.xml";
export const THEME_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.theme+xml";

export function themeXml(): string {
  const accents = ACCENTS.map(
    (colour, index) => `<a:accent${index + 1}><a:srgbClr val="${colour}"/></a:accent${index + 1}>`
  ).join("");
  const font = (typeface: string) =>
    `<a:latin typeface="${typeface}"/><a:ea typeface=""/><a:cs typeface=""/>`;
  return (
    `${XML_HEAD}` +
    `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">` +
    `<a:themeElements><a:clrScheme name="Office">` +
    `<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>` +
    `<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>` +
    `<a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2>${accents}` +
    `<a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink>` +
    `</a:clrScheme><a:fontScheme name="Office"><a:majorFont>${font("Cambria")}</a:majorFont>` +
    `<a:minorFont>${font("Calibri")}</a:minorFont></a:fontScheme><a:fmtScheme name="Office">` +
    `<a:fillStyleLst>${three(placeholderFill)}</a:fillStyleLst>` +
    `<a:lnStyleLst>${three(`<a:ln w="9525">${placeholderFill}</a:ln>`)}</a:lnStyleLst>` +
    `<a:effectStyleLst>${three("<a:effectStyle><a:effectLst/></a:effectStyle>")}</a:effectStyleLst>` +
    `<a:bgFillStyleLst>${three(placeholderFill)}</a:bgFillStyleLst>` +
    `</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`
  );
}
