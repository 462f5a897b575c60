// The workbook's theme (xl/theme/theme1.xml). Charts draw their series, borders and gridlines in
// the theme's colours and line styles where the chart names none, so a package without a theme
// has charts without bars in LibreOffice. The theme is ExcelJS's own file (Office 2007's theme:
// blue 4F81BD, red C0504D, green 9BBB59), the one the reports have always been written with;
// only that small module is loaded, not ExcelJS.
import officeTheme from "exceljs/lib/xlsx/xml/theme1";

export const THEME_PATH = "xl/theme/theme1.xml";
export const THEME_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.theme+xml";

export function themeXml(): string {
  return officeTheme;
}
