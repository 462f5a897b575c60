// The playground's own words, Thai first and English complete (the type makes the keys the same).
// Kept apart from the product's catalogue (src/i18n) so the add-in's bundle carries none of them.
import { fillPlaceholders, MessageParams } from "../../src/i18n/translate";

export const th = {
  "banner.title": "สนามทดลอง ITA: ไม่ใช่ Excel จริง",
  "banner.body":
    "สมุดงานทางซ้ายเป็นสมุดงานจำลองที่อยู่ในหน้านี้เท่านั้น ปิดหรือโหลดหน้าใหม่แล้วจะหายไป ไม่มีสูตรคำนวณ ส่วนไฟล์ที่ดาวน์โหลดจากบานหน้าต่าง (รายงาน บันทึกข้อความ) เป็นไฟล์จริง",
  "banner.source": "เริ่มจาก: {source}",
  "banner.example": "แผนตัวอย่าง (จากรายงานจริงของเทศบาล)",
  "banner.empty": "สมุดงานเปล่า",
  "language.switch": "English",
  "sheets.label": "แผ่นงาน",
  "sheet.hidden": "{name} (ซ่อน)",
  "cell.label": "เซลล์",
  "cell.edit": "พิมพ์ค่าแล้วกด Enter เพื่อใส่ลงเซลล์ที่เลือก",
  "cell.formula": "สูตร (สนามทดลองไม่คำนวณสูตร)",
  "cell.tick": "คลิกเพื่อทำเครื่องหมายหรือเอาออก",
  "grid.cut": "แสดง {rows} แถว {columns} คอลัมน์แรกจาก {allRows} แถว {allColumns} คอลัมน์",
  "grid.empty": "แผ่นงานนี้ว่าง",
  "charts.heading": "แผนภูมิในแผ่นงานนี้",
  "charts.item": "{title} ({type}) ที่ {cell}",
  "charts.untitled": "แผนภูมิไม่มีชื่อ",
  "pane.title": "บานหน้าต่าง ITA",
  "pane.waiting": "กำลังเปิดบานหน้าต่าง...",
  "edit.failed": "Excel จำลองไม่รับค่านี้: {reason}",
  "console.ready":
    "สนามทดลอง ITA (ไม่ใช่ Excel จริง) พร้อมแล้วที่ {url} เปิดด้วยเบราว์เซอร์ใดก็ได้ในเครื่องนี้ กด Ctrl+C เพื่อหยุด",
  "console.portInUse":
    "พอร์ต {port} มีโปรแกรมอื่นใช้อยู่: ลองอีกพอร์ต เช่น npm run playground -- --port {next}",
  "console.notBuilt": "ยังไม่ได้สร้าง {files}: เรียกด้วย npm run playground ซึ่งสร้างให้ก่อน",
  "console.usage":
    "วิธีใช้: npm run playground [-- plan.xlsx | --empty] [--port 3100] [--lang en] (ไม่ระบุไฟล์: เริ่มจากแผนตัวอย่าง; --empty: สมุดงานเปล่า)",
};

export const en: Record<keyof typeof th, string> = {
  "banner.title": "ITA playground: no real Excel",
  "banner.body":
    "The workbook on the left is a stand-in that lives only in this page: it is gone when the page is closed or reloaded, and it calculates no formulas. Files downloaded from the pane (the report, the memo) are real.",
  "banner.source": "Started from: {source}",
  "banner.example": "the example plan (from a municipality's real report)",
  "banner.empty": "an empty workbook",
  "language.switch": "ภาษาไทย",
  "sheets.label": "Sheets",
  "sheet.hidden": "{name} (hidden)",
  "cell.label": "Cell",
  "cell.edit": "Type a value and press Enter to put it in the selected cell",
  "cell.formula": "Formula (the playground does not calculate formulas)",
  "cell.tick": "Click to tick or untick",
  "grid.cut":
    "Showing the first {rows} rows and {columns} columns of {allRows} rows and {allColumns} columns",
  "grid.empty": "This sheet is empty",
  "charts.heading": "Charts on this sheet",
  "charts.item": "{title} ({type}) at {cell}",
  "charts.untitled": "Untitled chart",
  "pane.title": "ITA pane",
  "pane.waiting": "Opening the pane...",
  "edit.failed": "The stand-in Excel refused this value: {reason}",
  "console.ready":
    "The ITA playground (no real Excel) is ready at {url}: open it in any browser on this machine. Ctrl+C stops it",
  "console.portInUse":
    "Port {port} is in use by another program: try another, e.g. npm run playground -- --port {next}",
  "console.notBuilt":
    "{files} not built yet: start it with npm run playground, which builds them first",
  "console.usage":
    "Usage: npm run playground [-- plan.xlsx | --empty] [--port 3100] [--lang en] (no file: the example plan; --empty: an empty workbook)",
};

export type Language = "th" | "en";
export type MessageKey = keyof typeof th;

export function message(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return fillPlaceholders((language === "th" ? th : en)[key], params);
}
