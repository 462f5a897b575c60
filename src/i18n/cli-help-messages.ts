// The command line's usage, each command's help and its refusals of arguments, Thai first: the
// command line's own part of the catalogue, apart from the pane's so that the pane's first script
// (its size is budgeted) never carries them. English must have the same keys (the type enforces
// it; test/unit/catalogue.test.ts checks placeholders and emptiness).
import type { Language } from "./catalogue";
import { fillPlaceholders, MessageParams } from "./translate";

export const cliHelpTh = {
  "cli.usage":
    "วิธีใช้: npx ita-tracker <คำสั่ง> [ไฟล์] [ตัวเลือก]\nคำสั่ง:\n  validate   ตรวจแผนมาตรการในไฟล์: npx ita-tracker validate แผน.xlsx\n  score      คำนวณและวิเคราะห์คะแนน ITA: npx ita-tracker score --year 2566 --scores ค1,...,ค10\n  report     สร้างรายงานผลการดำเนินการพร้อมกราฟ: npx ita-tracker report แผน.xlsx -o รายงาน.xlsx\n  template   สร้างแม่แบบแผนมาตรการสำหรับ Excel รุ่นเก่า: npx ita-tracker template -o แผน.xlsx\n  memo       สร้างบันทึกข้อความ (.docx): npx ita-tracker memo แผน.xlsx -o บันทึก.docx --department ... --number ...\n  next-year  สร้างแผนปีถัดไป: npx ita-tracker next-year แผน.xlsx -o แผนปีถัดไป.xlsx\n  merge      รวมผลจากสำเนาแผนของกอง: npx ita-tracker merge แผน.xlsx กอง1.xlsx ... -o แผนรวม.xlsx\n  snapshot   บันทึกผลรอบนี้ลงสำเนาแผน: npx ita-tracker snapshot แผน.xlsx -o แผนหลังรายงาน.xlsx --round 6\nดูตัวเลือกของแต่ละคำสั่ง: npx ita-tracker <คำสั่ง> --help",
  "cli.help.common":
    "ตัวเลือกทั่วไป:\n  --lang th|en   ภาษาของข้อความ (ถ้าไม่ระบุ: ไทย)\n  -h, --help     แสดงวิธีใช้\n  --version      แสดงรุ่นของโปรแกรม",
  "cli.help.exit":
    "รหัสผลลัพธ์ (exit code): 0 สำเร็จ{one}; 2 ตัวเลือกไม่ถูกต้อง อ่านไฟล์ไม่ได้ หรือเขียนผลลัพธ์ไม่ได้",
  "cli.exit1.any":
    "; 1 แผนมีข้อผิดพลาด (validate, report) สำเนาของกองมีผลที่ต่างกัน (merge) หรือรอบนี้บันทึกไว้แล้ว (snapshot)",
  "cli.exit1.validate": "; 1 แผนมีข้อผิดพลาด",
  "cli.exit1.report": "; 1 แผนมีข้อผิดพลาดจึงยังไม่สร้างรายงาน",
  "cli.exit1.merge": "; 1 มีผลที่ต่างกันระหว่างกองให้เลือกเอง",
  "cli.help.validate":
    'npx ita-tracker validate ไฟล์.xlsx [ตัวเลือก]\n  ตรวจแผนมาตรการในไฟล์แบบเดียวกับที่ส่วนเสริมตรวจ (ไม่แก้ไขไฟล์)\nตัวเลือก:\n  --sheet ชื่อแผ่นงาน   แผ่นงานที่จะตรวจ (ถ้าไม่ระบุ: แผ่นงานแรกที่มีแผน)\n  --json               พิมพ์ผลเป็น JSON หนึ่งออบเจ็กต์ { ok, sheet, headerRow, columns, layouts, measures, issues }\nตัวอย่าง:\n  npx ita-tracker validate แผน2569.xlsx --sheet "แผนมาตรการ"',
  "cli.help.score":
    "npx ita-tracker score --year ปี --scores ค1,...,ค10 [ตัวเลือก]\n  คำนวณ IIT EIT OIT คะแนนรวม ผลการประเมิน และวิเคราะห์จุดอ่อน\nตัวเลือก:\n  --year ปี                 ปีงบประมาณ พ.ศ. ของคะแนน เช่น 2566\n  --scores ค1,...,ค10       คะแนนตัวชี้วัด ๑๐ ตัว คั่นด้วยจุลภาค\n  --stated คะแนน            คะแนนรวมที่ประกาศ เพื่อเทียบกับที่คำนวณได้\n  --previous ค1,...,ค10     คะแนน ๑๐ ตัวของปีก่อน เพื่อดูการเปลี่ยนแปลง\n  --pass-mark A|B|คะแนน     เกณฑ์ผ่านของปีที่ประกาศผลเป็นระดับ (ถึง 2565) ค่าเริ่มต้น 85\n  --json                    พิมพ์ผลเป็น JSON\n  -o, --output คะแนน.xlsx   เขียนแผ่นงานคะแนนแบบที่ส่วนเสริมสร้าง (ใช้กับ report --scores ได้)\n  --force                   เขียนทับไฟล์ผลลัพธ์ที่มีอยู่\nตัวอย่าง:\n  npx ita-tracker score --year 2566 --scores 85,90,88,92,80,95,70,75,90,85 --stated 86.5",
  "cli.help.report":
    'npx ita-tracker report แผน.xlsx -o รายงาน.xlsx [ตัวเลือก]\n  สร้างรายงานผลการดำเนินการพร้อมกราฟ แบบเดียวกับที่ส่วนเสริมสร้าง\nตัวเลือก:\n  -o, --output รายงาน.xlsx   ไฟล์รายงานที่จะเขียน (.xlsx)\n  --layout status|results|annual|plan   รูปแบบตาราง (ถ้าไม่ระบุ: results หรือ plan เมื่อแผนไม่มีคอลัมน์สถานะ)\n  --year ปี                  ปีงบประมาณ พ.ศ. (เมื่อไม่มีในแผ่นงานตั้งค่าหรือหัวเรื่องของแผน)\n  --round 6|12               รอบการรายงาน ๖ หรือ ๑๒ เดือน\n  --org "ชื่อหน่วยงาน"         ชื่อหน่วยงาน\n  --district "อำเภอ"          อำเภอ\n  --province "จังหวัด"         จังหวัด\n  --unit "กองคลัง"            รายงานเฉพาะมาตรการของหน่วยนี้\n  --date 2023-10-20          วันที่ลงท้ายรายงาน (ถ้าไม่ระบุ: วันที่ลงในรายงานของแผ่นงานตั้งค่า หรือวันนี้)\n  --thai-digits              ใช้เลขไทยในรายงาน\n  --scores คะแนน.xlsx|ปี:ค1,...,ค10   คะแนน ITA สำหรับกราฟและจุดอ่อนของปีก่อน\n  --sheet ชื่อแผ่นงาน          แผ่นงานที่มีแผน (ถ้าไม่ระบุ: แผ่นงานแรกที่มีแผน)\n  --pdf                      เขียน PDF ของรายงานด้วย (ต้องติดตั้ง LibreOffice)\n  --force                    เขียนทับไฟล์ผลลัพธ์ที่มีอยู่\nตัวอย่าง:\n  npx ita-tracker report แผน2569.xlsx -o รายงาน6เดือน.xlsx --round 6 --pdf',
  "cli.help.template":
    'npx ita-tracker template -o แผน.xlsx [ตัวเลือก]\n  สร้างสมุดงานแม่แบบแผนมาตรการ สำหรับ Excel ที่ใช้ส่วนเสริมไม่ได้\nตัวเลือก:\n  -o, --output แผน.xlsx   ไฟล์แม่แบบที่จะเขียน\n  --example               ใส่ตัวอย่างมาตรการที่ใช้บ่อย\n  --year ปี               ปีงบประมาณ พ.ศ. ของแผน\n  --org "ชื่อหน่วยงาน"      ชื่อหน่วยงาน\n  --force                 เขียนทับไฟล์ผลลัพธ์ที่มีอยู่\nตัวอย่าง:\n  npx ita-tracker template -o แผน2570.xlsx --example --year 2570 --org "เทศบาลตำบลบ้านตัวอย่าง"',
  "cli.help.memo":
    'npx ita-tracker memo แผน.xlsx -o บันทึก.docx --department "ส่วนราชการ" --number "ที่" [ตัวเลือก]\n  สร้างบันทึกข้อความ (.docx) ตามแบบระเบียบงานสารบรรณ พร้อมตารางรายงานแนบท้าย\nตัวเลือก:\n  -o, --output บันทึก.docx   ไฟล์บันทึกข้อความที่จะเขียน\n  --department "..."        ส่วนราชการ\n  --number "..."            ที่ (เลขที่หนังสือ)\n  --subject "..."           เรื่อง (ถ้าไม่ระบุ: ตามรายงาน)\n  --to "..."                เรียน (ถ้าไม่ระบุ: ผู้บริหารของหน่วยงาน)\n  --background "..."        เรื่องเดิม\n  --legal "..."             ข้อกฎหมาย/ระเบียบ\n  --proposal "..."          ข้อพิจารณา/ข้อเสนอ\n  --approver "ชื่อ|ตำแหน่ง|หัวข้อความเห็น"   ผู้ให้ความเห็น ใส่ได้หลายครั้งตามลำดับ ตำแหน่งสองบรรทัดคั่นด้วย \\n\n  --emblem ตราครุฑ.png|.svg   ตราครุฑ\n  --scores คะแนน.xlsx|ปี:ค1,...,ค10   ผลวิเคราะห์ ITA ปีก่อนในเรื่องเดิม\n  --layout status|results|annual|plan   รูปแบบตารางแนบท้าย\n  --year ปี  --round 6|12  --org "ชื่อหน่วยงาน"   เมื่อไม่มีในแผ่นงานตั้งค่าของแผน\n  --sheet ชื่อแผ่นงาน        แผ่นงานที่มีแผน\n  --date 2023-10-20         วันที่ของบันทึก (ถ้าไม่ระบุ: วันนี้)\n  --thai-digits             ใช้เลขไทย\n  --force                   เขียนทับไฟล์ผลลัพธ์ที่มีอยู่\nตัวอย่าง:\n  npx ita-tracker memo แผน2569.xlsx -o บันทึก.docx --department "สำนักปลัด" --number "ชน 52006/123" --approver "นายสมชาย ใจดี|ปลัดเทศบาล|ความเห็นปลัดเทศบาล"',
  "cli.help.nextYear":
    "npx ita-tracker next-year แผน.xlsx -o แผนปีถัดไป.xlsx [ตัวเลือก]\n  สร้างแผนปีถัดไปเป็นไฟล์ใหม่: มาตรการ วิธีดำเนินการ และผู้รับผิดชอบเดิม ล้างสถานะและผล เลื่อนระยะเวลาไปหนึ่งปีงบประมาณ (ไฟล์เดิมไม่ถูกแก้ไข)\nตัวเลือก:\n  -o, --output แผนปีถัดไป.xlsx   ไฟล์แผนใหม่ที่จะเขียน\n  --sheet ชื่อแผ่นงาน            แผ่นงานที่มีแผน\n  --year ปี                    ปีงบประมาณของแผนนี้ (เมื่อไม่มีในแผ่นงานตั้งค่าหรือหัวเรื่อง)\n  --force                      เขียนทับไฟล์ผลลัพธ์ที่มีอยู่\nตัวอย่าง:\n  npx ita-tracker next-year แผน2569.xlsx -o แผน2570.xlsx",
  "cli.help.merge":
    "npx ita-tracker merge แผน.xlsx กอง1.xlsx กอง2.xlsx ... -o แผนรวม.xlsx [ตัวเลือก]\n  รวมผลที่แต่ละกองกรอกในสำเนาแผนเป็นไฟล์ใหม่ (ไฟล์เดิมไม่ถูกแก้ไข): มาตรการจับคู่ตามข้อความ ผลที่ต่างกันแสดงไว้ให้เลือกเอง มาตรการที่กองเพิ่มเข้ามาแสดงไว้แต่ไม่รวม\nตัวเลือก:\n  -o, --output แผนรวม.xlsx   ไฟล์แผนรวมที่จะเขียน\n  --year ปี                 ปีงบประมาณของแผน (เมื่อไม่มีในแผ่นงานตั้งค่าหรือหัวเรื่อง)\n  --force                   เขียนทับไฟล์ผลลัพธ์ที่มีอยู่\nตัวอย่าง:\n  npx ita-tracker merge แผน.xlsx กองคลัง.xlsx กองช่าง.xlsx -o แผนรวม.xlsx",
  "cli.help.snapshot":
    'npx ita-tracker snapshot แผน.xlsx -o แผนหลังรายงาน.xlsx [ตัวเลือก]\n  บันทึกผลรอบนี้: สถานะ ผล และงบประมาณที่ใช้ของทุกมาตรการ เพิ่มเป็นชุดใหม่ในแผ่นงาน "ประวัติรอบรายงาน ITA" ของสำเนาไฟล์แผน (ไฟล์เดิมไม่ถูกแก้ไข แผ่นงานอื่นคงเดิมทุกอย่าง) รายงานรอบ 12 เดือนจะบอกว่ามีอะไรเปลี่ยนไปตั้งแต่รอบ 6 เดือน\nตัวเลือก:\n  -o, --output แผนหลังรายงาน.xlsx   สำเนาแผนที่จะเขียน\n  --round 6|12               รอบการรายงาน (ถ้าไม่ระบุ: ตามแผ่นงานตั้งค่า)\n  --again                    บันทึกเพิ่มอีกชุดเมื่อรอบนี้บันทึกไว้แล้ว (ชุดเดิมยังอยู่)\n  --year ปี                  ปีงบประมาณ (เมื่อไม่มีในแผ่นงานตั้งค่าหรือหัวเรื่องของแผน)\n  --sheet ชื่อแผ่นงาน          แผ่นงานที่มีแผน\n  --force                    เขียนทับไฟล์ผลลัพธ์ที่มีอยู่\nตัวอย่าง:\n  npx ita-tracker snapshot แผน2569.xlsx -o แผน2569-หลังรอบ6.xlsx --round 6',
  "cli.exit1.snapshot": "; 1 รอบนี้บันทึกไว้แล้ว (ใช้ --again เพื่อบันทึกเพิ่มอีกชุด)",
  "cli.snapshot.written":
    'บันทึกผลรอบ {round} เดือน ปีงบประมาณ {year} ({count} มาตรการ) ลงแผ่นงาน "{sheet}" ของไฟล์ "{file}" แล้ว',
  "cli.snapshot.exists":
    "รอบ {round} เดือน ปีงบประมาณ {year} บันทึกไว้แล้วเมื่อ {date}: ไม่ได้เขียนไฟล์ หากต้องการบันทึกเพิ่มอีกชุดให้ใช้ --again (ชุดเดิมยังอยู่)",
  "cli.snapshot.sheetTaken":
    'ไฟล์ {file} ไม่ได้เขียน: ชื่อ "{sheet}" เป็นชื่อของแผ่นแผนภูมิหรือแผ่นงานชนิดอื่นในแผน ให้เปลี่ยนชื่อแผ่นนั้นก่อน',
  "cli.args.unknownCommand":
    'ไม่รู้จักคำสั่ง "{command}": ใช้ได้ validate, score, report, template, memo, next-year, merge, snapshot (ดู npx ita-tracker --help)',
  "cli.args.unknownOption": "ไม่รู้จักตัวเลือก {option}: ดูตัวเลือกที่ใช้ได้ด้วย npx {help}",
  "cli.args.needsValue": "ตัวเลือก {option} ต้องมีค่าตามหลัง เช่น {option} ค่า หรือ {option}=ค่า",
  "cli.args.noValue": "ตัวเลือก {option} ไม่รับค่า: ใช้ {option} อย่างเดียว",
  "cli.args.choice": 'ตัวเลือก {option} ใช้ได้เฉพาะ {allowed} ไม่ใช่ "{value}"',
  "cli.args.noPlan":
    "ต้องระบุไฟล์แผน เช่น npx ita-tracker {command} แผน.xlsx (ดูวิธีใช้: npx ita-tracker {command} --help)",
  "cli.args.noCopies":
    "ต้องระบุสำเนาแผนของกองอย่างน้อยหนึ่งไฟล์ต่อจากไฟล์แผน (ดูวิธีใช้: npx ita-tracker merge --help)",
  "cli.args.noOutput":
    "ต้องระบุไฟล์ผลลัพธ์ด้วย -o ชื่อไฟล์.{extension} (ดูวิธีใช้: npx ita-tracker {command} --help)",
  "cli.args.reportXlsx":
    'รายงานเขียนเป็นไฟล์ .xlsx เท่านั้น ไม่ใช่ "{output}": ใช้ -o รายงาน.xlsx และเพิ่ม --pdf หากต้องการ PDF ด้วย (บันทึกข้อความ .docx ใช้คำสั่ง memo)',
  "cli.args.language": 'ไม่รู้จักภาษา "{value}": ใช้ --lang th หรือ --lang en',
  "cli.args.extra":
    'ไม่เข้าใจ "{argument}": หากเป็นค่าของตัวเลือกที่มีช่องว่าง ให้ใส่ในเครื่องหมายคำพูด เช่น --org "เทศบาลตำบล บ้านตัวอย่าง"',
  "cli.memo.missing": "กรอกข้อมูลบันทึกข้อความให้ครบก่อน ด้วยตัวเลือก {options}",
} as const;

export type CliTextKey = keyof typeof cliHelpTh;

export const cliHelpEn: Record<CliTextKey, string> = {
  "cli.usage":
    "Usage: npx ita-tracker COMMAND [FILES] [options]\nCommands:\n  validate   check the measure plan in a file: npx ita-tracker validate PLAN.xlsx\n  score      compute and analyse ITA scores: npx ita-tracker score --year 2566 --scores s1,...,s10\n  report     make the progress report with charts: npx ita-tracker report PLAN.xlsx -o REPORT.xlsx\n  template   write the plan template for older Excel: npx ita-tracker template -o PLAN.xlsx\n  memo       write the cover memo (.docx): npx ita-tracker memo PLAN.xlsx -o MEMO.docx --department ... --number ...\n  next-year  write next year's plan: npx ita-tracker next-year PLAN.xlsx -o NEXT.xlsx\n  merge      merge the divisions' copies of the plan: npx ita-tracker merge PLAN.xlsx COPY1.xlsx ... -o MERGED.xlsx\n  snapshot   keep this round's results in a copy of the plan: npx ita-tracker snapshot PLAN.xlsx -o PLAN-AFTER.xlsx --round 6\nEach command's options: npx ita-tracker COMMAND --help",
  "cli.help.common":
    "Common options:\n  --lang th|en   the language of the messages (Thai unless given)\n  -h, --help     show how to use it\n  --version      show the program's version",
  "cli.help.exit":
    "Exit codes: 0 success{one}; 2 an option is not valid, a file cannot be read or the output cannot be written",
  "cli.exit1.any":
    "; 1 the plan has errors (validate, report), copies differ (merge) or the round was already kept (snapshot)",
  "cli.exit1.validate": "; 1 the plan has errors",
  "cli.exit1.report": "; 1 the plan has errors, so no report was made",
  "cli.exit1.merge": "; 1 copies differ and you must choose",
  "cli.help.validate":
    'npx ita-tracker validate FILE.xlsx [options]\n  Checks the measure plan in a file as the add-in does (the file is not changed)\nOptions:\n  --sheet NAME   the sheet to check (else the first sheet holding a plan)\n  --json         print the result as one JSON object { ok, sheet, headerRow, columns, layouts, measures, issues }\nExample:\n  npx ita-tracker validate plan2569.xlsx --sheet "Plan"',
  "cli.help.score":
    "npx ita-tracker score --year YEAR --scores s1,...,s10 [options]\n  Computes IIT, EIT, OIT, the total, the result and the analysis of weak points\nOptions:\n  --year YEAR               the scores' fiscal year (Buddhist era), e.g. 2566\n  --scores s1,...,s10       the 10 indicator scores, separated by commas\n  --stated TOTAL            the published total, checked against the computed one\n  --previous s1,...,s10     the year before's 10 scores, for the change\n  --pass-mark A|B|SCORE     the pass mark of a letter-grade year (to 2565); 85 by default\n  --json                    print the result as JSON\n  -o, --output SCORES.xlsx  write the add-in's scores sheet (for report --scores)\n  --force                   overwrite an existing output\nExample:\n  npx ita-tracker score --year 2566 --scores 85,90,88,92,80,95,70,75,90,85 --stated 86.5",
  "cli.help.report":
    'npx ita-tracker report PLAN.xlsx -o REPORT.xlsx [options]\n  Makes the progress report with charts, as the add-in does\nOptions:\n  -o, --output REPORT.xlsx   the report to write (.xlsx)\n  --layout status|results|annual|plan   the table\'s layout (else results, or plan when the plan has no status columns)\n  --year YEAR                the fiscal year (when neither the settings sheet nor the plan\'s title gives it)\n  --round 6|12               the 6- or 12-month report\n  --org "NAME"               the organisation\n  --district "DISTRICT"      the district\n  --province "PROVINCE"      the province\n  --unit "UNIT"              report only this unit\'s measures\n  --date 2023-10-20          the date signed under the report (else the settings sheet\'s report date, else today)\n  --thai-digits              Thai digits in the report\n  --scores SCORES.xlsx|YEAR:s1,...,s10   ITA scores for the charts and last year\'s weak points\n  --sheet NAME               the plan\'s sheet (else the first sheet holding a plan)\n  --pdf                      also write the report\'s PDF (needs LibreOffice)\n  --force                    overwrite an existing output\nExample:\n  npx ita-tracker report plan2569.xlsx -o report-6-months.xlsx --round 6 --pdf',
  "cli.help.template":
    'npx ita-tracker template -o PLAN.xlsx [options]\n  Writes the measure-plan template workbook, for Excel versions that cannot run the add-in\nOptions:\n  -o, --output PLAN.xlsx   the template to write\n  --example                fill in the typical measures\n  --year YEAR              the plan\'s fiscal year (Buddhist era)\n  --org "NAME"             the organisation\n  --force                  overwrite an existing output\nExample:\n  npx ita-tracker template -o plan2570.xlsx --example --year 2570 --org "Ban Tuayang Subdistrict Municipality"',
  "cli.help.memo":
    'npx ita-tracker memo PLAN.xlsx -o MEMO.docx --department "DIVISION" --number "REF" [options]\n  Writes the cover memo (.docx) in the form of the correspondence regulation, the report table attached\nOptions:\n  -o, --output MEMO.docx    the memo to write\n  --department "..."        the division (ส่วนราชการ)\n  --number "..."            the reference (ที่)\n  --subject "..."           the subject (else the report\'s)\n  --to "..."                the addressee (else the organisation\'s head)\n  --background "..."        the background (เรื่องเดิม)\n  --legal "..."             the law or regulation\n  --proposal "..."          the proposal\n  --approver "NAME|POSITION|COMMENT TITLE"   a comment level; repeat it for each, in signing order; a two-line position split by \\n\n  --emblem EMBLEM.png|.svg  the emblem (ตราครุฑ)\n  --scores SCORES.xlsx|YEAR:s1,...,s10   last year\'s ITA analysis in the background\n  --layout status|results|annual|plan   the attached table\'s layout\n  --year YEAR  --round 6|12  --org "NAME"   when the plan\'s settings sheet does not give them\n  --sheet NAME              the plan\'s sheet\n  --date 2023-10-20         the memo\'s date (else today)\n  --thai-digits             Thai digits\n  --force                   overwrite an existing output\nExample:\n  npx ita-tracker memo plan2569.xlsx -o memo.docx --department "Office of the Clerk" --number "52006/123" --approver "Mr Somchai Jaidee|Municipal Clerk|The clerk\'s comment"',
  "cli.help.nextYear":
    "npx ita-tracker next-year PLAN.xlsx -o NEXT.xlsx [options]\n  Writes next year's plan as a new file: the same measures, methods and owners, statuses and results cleared, periods one fiscal year on (the plan itself is not changed)\nOptions:\n  -o, --output NEXT.xlsx   the new plan to write\n  --sheet NAME             the plan's sheet\n  --year YEAR              this plan's fiscal year (when neither its settings sheet nor its title gives it)\n  --force                  overwrite an existing output\nExample:\n  npx ita-tracker next-year plan2569.xlsx -o plan2570.xlsx",
  "cli.help.merge":
    "npx ita-tracker merge PLAN.xlsx COPY1.xlsx COPY2.xlsx ... -o MERGED.xlsx [options]\n  Merges what each division filled in its copy of the plan into a new file (no input is changed): measures matched by their text; differing reports listed for you to choose; measures a copy added listed, not merged\nOptions:\n  -o, --output MERGED.xlsx   the merged plan to write\n  --year YEAR                the plan's fiscal year (when neither its settings sheet nor its title gives it)\n  --force                    overwrite an existing output\nExample:\n  npx ita-tracker merge plan.xlsx finance.xlsx works.xlsx -o merged.xlsx",
  "cli.help.snapshot":
    "npx ita-tracker snapshot PLAN.xlsx -o PLAN-AFTER.xlsx [options]\n  Keeps this round's results: every measure's status, result and budget used, added as a new block to the sheet \"ประวัติรอบรายงาน ITA\" of a copy of the plan's workbook (the plan itself is not changed, nor any other sheet); the round-12 report then says what changed since round 6\nOptions:\n  -o, --output PLAN-AFTER.xlsx   the copy to write\n  --round 6|12               the round (else the settings sheet's)\n  --again                    keep another block when this round already has one (the earlier one stays)\n  --year YEAR                the fiscal year (when neither the settings sheet nor the plan's title gives it)\n  --sheet NAME               the plan's sheet\n  --force                    overwrite an existing output\nExample:\n  npx ita-tracker snapshot plan2569.xlsx -o plan2569-after-round6.xlsx --round 6",
  "cli.exit1.snapshot": "; 1 this round was already kept (--again keeps another block)",
  "cli.snapshot.written":
    'Kept the results of round {round}, fiscal year {year} ({count} measures) on the sheet "{sheet}" of "{file}"',
  "cli.snapshot.exists":
    "Round {round} of fiscal year {year} was already kept on {date}: nothing was written; give --again to keep another block (the earlier one stays)",
  "cli.snapshot.sheetTaken":
    '{file} was not written: "{sheet}" is the name of a chart sheet or another kind of sheet in the plan; rename that sheet first',
  "cli.args.unknownCommand":
    'Unknown command "{command}": the commands are validate, score, report, template, memo, next-year, merge, snapshot (see npx ita-tracker --help)',
  "cli.args.unknownOption": "Unknown option {option}: see the options with npx {help}",
  "cli.args.needsValue": "The option {option} needs a value: {option} VALUE or {option}=VALUE",
  "cli.args.noValue": "The option {option} takes no value: give {option} alone",
  "cli.args.choice": 'The option {option} takes {allowed}, not "{value}"',
  "cli.args.noPlan":
    "Give the plan file, e.g. npx ita-tracker {command} PLAN.xlsx (see npx ita-tracker {command} --help)",
  "cli.args.noCopies":
    "Give at least one division's copy after the plan file (see npx ita-tracker merge --help)",
  "cli.args.noOutput":
    "Give the output file with -o FILE.{extension} (see npx ita-tracker {command} --help)",
  "cli.args.reportXlsx":
    'The report is written as an .xlsx file, not "{output}": give -o REPORT.xlsx, and add --pdf for its PDF too (the .docx memo is the memo command)',
  "cli.args.language": 'Unknown language "{value}": use --lang th or --lang en',
  "cli.args.extra":
    'Not understood: "{argument}". A value with spaces goes in quotes, e.g. --org "Ban Tuayang Subdistrict Municipality"',
  "cli.memo.missing": "Fill in the memo's fields first, with the options {options}",
};

const CLI_TEXTS = { th: cliHelpTh, en: cliHelpEn } as const;

/** Looks a command-line text up and fills its {placeholders}. */
export function cliText(language: Language, key: CliTextKey, params: MessageParams = {}): string {
  return fillPlaceholders(CLI_TEXTS[language][key], params, language);
}
