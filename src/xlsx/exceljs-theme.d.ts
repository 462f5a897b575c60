// ExcelJS's theme part, a module of one string (node_modules/exceljs/lib/xlsx/xml/theme1.js).
declare module "exceljs/lib/xlsx/xml/theme1" {
  const xml: string;
  export = xml;
}
