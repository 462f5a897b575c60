// Every string the user sees, Thai first. English must have exactly the same keys
// (the type enforces it; test/unit/catalogue.test.ts checks placeholders and emptiness).

export const th = {
  "app.title": "ติดตามมาตรการ ITA",
  "app.subtitle": "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
  "app.loading": "กำลังเปิด...",
  "language.switch": "English",
  "language.label": "ภาษา",

  "host.outside.title": "เปิดนอก Excel",
  "host.outside.body": "หน้านี้เป็นส่วนเสริมของ Excel จึงต้องเปิดจากภายใน Excel ไม่ใช่จากเบราว์เซอร์โดยตรง",
  "host.outside.sideload":
    "วิธีติดตั้ง: ใน Excel เลือก หน้าแรก > ส่วนเสริม > ส่วนเสริมเพิ่มเติม > อัปโหลดส่วนเสริมของฉัน แล้วเลือกไฟล์ manifest.xml ที่ได้รับจากผู้ดูแลระบบ",
  "host.offline.title": "โหลด Office ไม่สำเร็จ",
  "host.offline.body":
    "ไม่สามารถโหลดไลบรารี office.js ได้ อาจเป็นเพราะไม่ได้เชื่อมต่ออินเทอร์เน็ต กรุณาตรวจสอบการเชื่อมต่อ แล้วปิดและเปิดบานหน้าต่างนี้อีกครั้ง",
  "host.tooOld.title": "Excel รุ่นนี้เก่าเกินไป",
  "host.tooOld.body":
    "ส่วนเสริมนี้ต้องใช้ Excel 2021, Excel LTSC 2024, Microsoft 365 หรือ Excel บนเว็บ (ExcelApi {required} ขึ้นไป) แต่ Excel นี้รองรับถึง {found}",
  "host.tooOld.fallback":
    "ใช้สมุดงานแม่แบบแทนได้: ขอไฟล์แผนมาตรการ (plan.xlsx) จากผู้ดูแลระบบ ซึ่งสร้างด้วยคำสั่ง npx ita-tracker template",
  "host.ready": "เชื่อมต่อกับ Excel แล้ว",
  "host.features": "ความสามารถของ Excel นี้",
  "feature.checkboxes": "ช่องทำเครื่องหมายในเซลล์",
  "feature.checkboxesFallback": "ใช้รายการ TRUE/FALSE แทนช่องทำเครื่องหมาย",
  "feature.customProperties": "บันทึกข้อมูลในแผ่นงาน",
  "feature.triggerSource": "แยกการแก้ไขของผู้ใช้กับของส่วนเสริม",
  "feature.available": "มี",
  "feature.missing": "ไม่มี",

  "template.heading": "แผนมาตรการ",
  "template.withExample": "เริ่มจากตัวอย่างมาตรการที่ใช้บ่อย",
  "template.fiscalYear": "ปีงบประมาณ (พ.ศ.)",
  "template.insert": "สร้างแผ่นงานแผนมาตรการ",
  "template.inserting": "กำลังสร้าง...",
  "template.inserted": 'สร้างแผ่นงาน "{sheet}" แล้ว ({rows} มาตรการ)',
  "template.fiscalYearInvalid": "ปีงบประมาณต้องเป็นปี พ.ศ. สี่หลัก เช่น ๒๕๖๙",

  "error.title": "เกิดข้อผิดพลาด",
  "error.withCode": "{message} (รหัสข้อผิดพลาดของ Excel: {code})",
  "error.dismiss": "ปิด",
  "error.InvalidArgument": "ข้อมูลที่ส่งให้ Excel ไม่ถูกต้อง",
  "error.ItemAlreadyExists": "มีชื่อนี้อยู่แล้วในสมุดงาน",
  "error.ItemNotFound": "ไม่พบแผ่นงานหรือตารางที่ต้องการ อาจถูกลบหรือเปลี่ยนชื่อ",
  "error.AccessDenied": "แผ่นงานหรือสมุดงานถูกป้องกันไว้ กรุณายกเลิกการป้องกันก่อน",
  "error.InvalidOperationInCellEditMode":
    "Excel กำลังแก้ไขเซลล์อยู่ กด Enter หรือ Esc ในเซลล์นั้นก่อน แล้วลองอีกครั้ง",
  "error.RequestPayloadSizeLimitExceeded": "ข้อมูลมีขนาดใหญ่เกินกว่าที่ Excel รับได้ในครั้งเดียว",
  "error.ApiNotAvailable": "Excel รุ่นนี้ไม่รองรับคำสั่งนี้",
  "error.unknown": "Excel ทำคำสั่งไม่สำเร็จ",

  "column.number": "ลำดับ",
  "column.measure": "มาตรการ",
  "column.method": "วิธีดำเนินการ",
  "column.owner": "ผู้รับผิดชอบ",
  "column.period": "ระยะเวลาดำเนินการ",
  "column.status": "สถานะการดำเนินการ",
  "column.result": "ผลการดำเนินการ",
  "column.outcome": "ผลลัพธ์หรือความสำเร็จ",
  "column.budget": "งบประมาณ",
  "column.problems": "ปัญหา/อุปสรรค",
  "column.recommendation": "ข้อเสนอแนะ",
  "column.indicator": "ตัวชี้วัด ITA",
  "column.evidence": "หลักฐาน/ลิงก์",
  "column.updated": "วันที่ปรับปรุง",
  "status.not_started": "ยังไม่ดำเนินการ",
  "status.in_progress": "อยู่ระหว่างดำเนินการ",
  "status.done": "ดำเนินการแล้วเสร็จ",
  "status.unknown": "ยังไม่ระบุสถานะ",

  "finding.at": "ช่อง {cell}: {message}",
  "finding.no_plan":
    "ไม่พบหัวตารางแผนมาตรการใน {rows} แถวแรกของแผ่นงานนี้ (ต้องมีหัวคอลัมน์ เช่น มาตรการ วิธีดำเนินการ ผู้รับผิดชอบ)",
  "finding.missing_column": 'ไม่พบคอลัมน์ "{column}" ซึ่งจำเป็นต้องมี',
  "finding.missing_column_nearest":
    'ไม่พบคอลัมน์ "{column}" ซึ่งจำเป็นต้องมี (หัวคอลัมน์ที่ใกล้เคียงที่สุดคือ "{nearest}" หากใช่ ให้กำหนดในส่วนจับคู่คอลัมน์)',
  "finding.empty_required": 'ยังไม่ได้กรอก "{column}"',
  "finding.several_statuses": "ทำเครื่องหมายสถานะไว้มากกว่าหนึ่งช่อง ให้เลือกเพียงสถานะเดียว",
  "finding.no_status": "ยังไม่ได้ระบุสถานะการดำเนินการ",
  "finding.status_unreadable":
    'อ่านสถานะ "{value}" ไม่ได้ ใช้เครื่องหมาย / หรือ ✓ หรือคำว่า ดำเนินการแล้วเสร็จ',
  "finding.period_unreadable":
    'อ่านระยะเวลา "{text}" ไม่ได้ จึงเก็บไว้เป็นข้อความ (เขียนเช่น ต.ค. ๒๕๖๕ - ก.ย. ๒๕๖๖)',
  "finding.period_outside_year": "ระยะเวลาอยู่นอกปีงบประมาณ พ.ศ. {fiscalYear} ของแผน",
  "finding.budget_not_number": 'งบประมาณ "{value}" ไม่ใช่ตัวเลข',
  "finding.budget_negative": "งบประมาณติดลบ",
  "finding.indicator_out_of_range": 'ตัวชี้วัด ITA ต้องเป็นเลข ๑ ถึง ๑๐ (พบ "{value}")',
  "finding.duplicate_measure": "มาตรการนี้ซ้ำกับช่อง {first}",
  "finding.done_without_result": "ดำเนินการแล้วเสร็จ แต่ยังไม่ได้กรอกผลการดำเนินการ",
  "finding.overdue": "เลยกำหนด ({end}) แต่ยังไม่แล้วเสร็จ",
  "finding.excel_error": "เซลล์มีค่าผิดพลาดของ Excel {value}",
  "finding.too_long": "ข้อความยาว {length} ตัวอักษร เกินกว่าที่เซลล์ Excel รับได้ (32,767)",
  "finding.hidden_row": "แถว {row} ถูกซ่อนหรือถูกกรองออก จึงอาจมองไม่เห็นมาตรการนี้",

  "cli.usage":
    "วิธีใช้: npx ita-tracker validate ไฟล์.xlsx [--sheet ชื่อแผ่นงาน] [--json] [--lang en]\n       npx ita-tracker score --year ปีงบประมาณ --scores ค1,ค2,...,ค10 [--stated คะแนนรวมที่รายงาน] [--json]\n       npx ita-tracker report แผน.xlsx -o รายงาน.xlsx [ตัวเลือก]\n       npx ita-tracker template -o แผน.xlsx [--example]\n  ดูตัวเลือกของแต่ละคำสั่ง: npx ita-tracker <คำสั่ง> --help",
  "cli.score.count": "ต้องระบุคะแนนตัวชี้วัดครบ ๑๐ ตัว คั่นด้วยจุลภาค (พบ {detail} ตัว)",
  "cli.score.range": "คะแนน {detail} ไม่ถูกต้อง: ต้องเป็นตัวเลข ๐ ถึง ๑๐๐",
  "cli.score.year": "ปีงบประมาณ {detail} ไม่ถูกต้อง: ต้องเป็นปี พ.ศ. สี่หลัก เช่น ๒๕๖๖",
  "cli.score.weights": "น้ำหนักเครื่องมือไม่ถูกต้อง ({detail})",
  "score.summary": "ปีงบประมาณ {year}: IIT {iit} EIT {eit} OIT {oit} คะแนนรวม {total} ผล {result}",
  "score.grade": "ระดับ {grade}",
  "score.pass": "ผ่าน",
  "score.fail": "ไม่ผ่าน",
  "score.warning.stated_differs":
    "คะแนนรวมที่รายงานไว้ ({stated}) ต่างจากที่คำนวณได้ ({computed}) เกิน 0.01 คะแนน",
  "score.warning.stated_impossible":
    "คะแนนรวมที่รายงานไว้ ({stated}) สูงกว่าคะแนนเครื่องมือที่สูงที่สุด ({largest}) ซึ่งเป็นไปไม่ได้",
  "cli.help.validate":
    "npx ita-tracker validate ไฟล์.xlsx [--sheet ชื่อแผ่นงาน] [--json] [--lang en]\n  ตรวจแผนมาตรการในไฟล์ ผลลัพธ์: 0 ไม่มีข้อผิดพลาด, 1 มีข้อผิดพลาด, 2 อ่านไฟล์ไม่ได้",
  "cli.help.score":
    "npx ita-tracker score --year ปีงบประมาณ --scores ค1,...,ค10 [--stated คะแนนรวมที่ประกาศ] [--json]\n  คำนวณ IIT EIT OIT คะแนนรวม และผลการประเมิน",
  "cli.help.report":
    'npx ita-tracker report แผน.xlsx -o รายงาน.xlsx [--layout status|results|annual] [--year ปี] [--round 6|12] [--org "ชื่อหน่วยงาน"] [--thai-digits] [--unit "กองคลัง"] [--scores คะแนน.xlsx] [--sheet ชื่อแผ่นงาน] [--pdf] [--force]\n  สร้างรายงานผลการดำเนินการพร้อมกราฟ เหมือนที่ส่วนเสริมสร้าง ไม่เขียนทับไฟล์ที่มีอยู่เว้นแต่ใช้ --force',
  "cli.help.template":
    'npx ita-tracker template -o แผน.xlsx [--example] [--year ปีงบประมาณ] [--org "ชื่อหน่วยงาน"] [--force]\n  สร้างสมุดงานแม่แบบแผนมาตรการ สำหรับ Excel ที่ใช้ส่วนเสริมไม่ได้',
  "cli.template.written": 'เขียนแม่แบบแผนมาตรการ "{file}" แล้ว ({rows} แถว)',
  "cli.help.memo":
    'npx ita-tracker memo แผน.xlsx -o บันทึก.docx --department "ส่วนราชการ" --number "ที่" [--subject "เรื่อง"] [--to "เรียน"] [--date 2023-10-20] [--background "เรื่องเดิม"] [--legal "ข้อกฎหมาย/ระเบียบ"] [--proposal "ข้อพิจารณา"] [--approver "ชื่อ|ตำแหน่ง|หัวข้อความเห็น" ...] [--emblem ตราครุฑ.png|.svg] [--layout ...] [--thai-digits] [--force]\n  สร้างบันทึกข้อความ (.docx) ตามแบบระเบียบงานสารบรรณ พร้อมตารางรายงานแนบท้าย; --approver ใส่ได้หลายครั้งตามลำดับผู้ให้ความเห็น ตำแหน่งสองบรรทัดคั่นด้วย \\n',
  "cli.memo.written": 'เขียนบันทึกข้อความ "{file}" แล้ว ({measures} มาตรการ แล้วเสร็จ {done} มาตรการ)',
  "memo.missing": "กรอกข้อมูลบันทึกข้อความให้ครบก่อน: {fields}",
  "memo.field.department": "ส่วนราชการ",
  "memo.field.number": "ที่",
  "memo.field.subject": "เรื่อง",
  "memo.field.to": "เรียน",
  "memo.field.background": "เรื่องเดิม",
  "memo.field.proposal": "ข้อพิจารณา/ข้อเสนอแนะ",
  "memo.field.approverName": "ผู้ลงนามถัดไป (ชื่อ)",
  "memo.field.approverPosition": "ผู้ลงนามถัดไป (ตำแหน่ง)",
  "notice.ok": "ตกลง",
  "export.heading": "ส่งออกสำหรับบันทึกข้อความ",
  "export.pdf": "บันทึกรายงานล่าสุดเป็น PDF",
  "export.pdfSaved": "ส่ง PDF ของรายงานล่าสุดให้ดาวน์โหลดแล้ว",
  "error.NoReportYet": "ยังไม่มีรายงาน: กดสร้างรายงานก่อน แล้วจึงบันทึกเป็น PDF",
  "export.pdfFallback":
    "Excel นี้ทำ PDF ให้ไม่ได้ ให้เปิดแผ่นงานรายงาน แล้วเลือก ไฟล์ > พิมพ์ > เครื่องพิมพ์ Microsoft Print to PDF (หรือ บันทึกเป็น PDF) > พิมพ์",
  "error.PdfNotAvailable":
    "Excel นี้ (Excel บนเว็บหรือ iPad) ไม่ทำ PDF ให้ส่วนเสริม: ดาวน์โหลดสมุดงานที่มีเฉพาะรายงาน หรือใช้ ไฟล์ > พิมพ์ แล้วบันทึกเป็น PDF",
  "export.pdfNotHere":
    "Excel นี้ (Excel บนเว็บหรือ iPad) ไม่ทำ PDF ให้ส่วนเสริม: ดาวน์โหลดสมุดงานที่มีเฉพาะรายงานด้านล่าง หรือเปิดแผ่นงานรายงานแล้วเลือก ไฟล์ > พิมพ์ แล้วบันทึกเป็น PDF",
  "export.workbook": "ดาวน์โหลดสมุดงานที่มีเฉพาะรายงาน (.xlsx)",
  "export.workbookSaved":
    'ส่งไฟล์ "{file}" ให้ดาวน์โหลดแล้ว: แผ่นงานรายงานพร้อมกราฟและการตั้งค่าการพิมพ์ (สมุดงานนี้ไม่ถูกแก้ไข)',
  "export.memoStart": "เตรียมบันทึกข้อความ (.docx)",
  "export.memo": "ดาวน์โหลดบันทึกข้อความ",
  "export.memoSaved": 'ส่งไฟล์ "{file}" ให้ดาวน์โหลดแล้ว หากไม่เห็นไฟล์ ให้ใช้คำสั่ง npx ita-tracker memo แทน',
  "cli.report.written":
    'เขียนรายงาน "{file}" แล้ว (แผ่นงาน "{sheet}"): {included} มาตรการ กราฟ {charts} รูป',
  "cli.output.exists": "มีไฟล์ {detail} อยู่แล้ว: ใช้ --force หากต้องการเขียนทับ",
  "cli.output.sameAsInput": "ไฟล์ผลลัพธ์ {detail} คือไฟล์ต้นฉบับ: จะไม่เขียนทับต้นฉบับ ให้ตั้งชื่อไฟล์ใหม่",
  "cli.output.unwritable": "เขียนไฟล์ไม่ได้: {detail}",
  "cli.output.badOption": "ค่าของตัวเลือกไม่ถูกต้อง: {detail}",
  "cli.output.noLibreOffice":
    "ทำ PDF ของ {detail} ไม่ได้ เพราะไม่ได้ติดตั้ง LibreOffice: เปิดไฟล์ใน Excel แล้วเลือก ไฟล์ > พิมพ์ > บันทึกเป็น PDF แทน",
  "cli.pdf.written": 'เขียน PDF "{file}" แล้ว',
  "cli.failed": "ทำงานไม่สำเร็จ: {detail}",
  "cli.unreadable.missing": "ไม่พบไฟล์ {detail}",
  "cli.unreadable.notXlsx": "ไฟล์ {detail} ไม่ใช่ไฟล์ Excel แบบ .xlsx",
  "cli.unreadable.encrypted":
    "ไฟล์ {detail} ถูกตั้งรหัสผ่านไว้ หรือเป็นไฟล์ .xls รุ่นเก่า: เปิดใน Excel แล้วบันทึกเป็น .xlsx แบบไม่มีรหัสผ่านก่อน",
  "cli.unreadable.corrupt": "อ่านไฟล์ Excel ไม่ได้ ไฟล์อาจเสียหาย ({detail})",
  "cli.unreadable.noSheet": 'ไม่พบแผ่นงาน "{detail}" ในไฟล์',
  "cli.unreadable.noWorksheets": "ไฟล์ {detail} ไม่มีแผ่นงานที่มีตาราง (มีแต่แผ่นแผนภูมิ)",
  "cli.validate.summary":
    'แผ่นงาน "{sheet}": {measures} มาตรการ ข้อผิดพลาด {errors} รายการ คำเตือน {warnings} รายการ',
  "cli.severity.error": "[ข้อผิดพลาด]",
  "cli.severity.warning": "[คำเตือน]",

  "plan.heading": "ตรวจแผนมาตรการ",
  "plan.hint": "เปิดแผ่นงานที่มีตารางแผนมาตรการ แล้วกดตรวจ",
  "plan.check": "ตรวจแผนในแผ่นงานนี้",
  "plan.checking": "กำลังตรวจ...",
  "plan.tidy": "จัดตารางที่วางมาจาก Word/PDF ลงแผ่นงานใหม่",
  "plan.tidying": "กำลังจัดตาราง...",
  "plan.tidied":
    'สร้างแผ่นงาน "{sheet}" แล้ว: {measures} มาตรการ ตัดหัวตารางที่ซ้ำ {headers} แถว รวมแถวที่ต่อจากหน้าก่อน {joined} แถว (ต้นฉบับไม่ถูกแก้ไข)',
  "plan.checked":
    'แผ่นงาน "{sheet}" หัวตารางแถวที่ {row}: ข้อผิดพลาด {errors} รายการ คำเตือน {warnings} รายการ',
  "plan.noHeader": 'แผ่นงาน "{sheet}": ไม่พบหัวตารางแผนมาตรการ',
  "plan.allGood": "ไม่พบปัญหาในแผนนี้",
  "plan.findings": "สิ่งที่ต้องแก้ไข (คลิกเพื่อไปที่เซลล์)",
  "plan.more": "และอีก {count} รายการ",
  "plan.error": "ข้อผิดพลาด",
  "plan.warning": "คำเตือน",
  "mapping.heading": "จับคู่คอลัมน์",
  "mapping.show": "แก้ไขการจับคู่คอลัมน์",
  "mapping.hide": "ซ่อนการจับคู่คอลัมน์",
  "mapping.column": "คอลัมน์ {column}: {header}",
  "mapping.ignore": "(ไม่ใช้คอลัมน์นี้)",
  "mapping.save": "บันทึกการจับคู่ในสมุดงาน",
  "mapping.saved": "บันทึกการจับคู่แล้ว",
  "progress.heading": "ความก้าวหน้า",
  "progress.total": "มาตรการทั้งหมด {total} รายการ",
  "progress.percentDone": "ดำเนินการแล้วเสร็จ {percent}%",
  "progress.byOwner": "ตามหน่วยงานผู้รับผิดชอบ",
  "progress.owner": "หน่วยงาน",
  "progress.count": "ทั้งหมด",
  "progress.overdue": "เลยกำหนดแต่ยังไม่แล้วเสร็จ",
  "progress.overdueItem": "แถว {row}: {measure} (สิ้นสุด {end})",
  "error.NoPlanFound": "ไม่พบตารางแผนมาตรการในแผ่นงานนี้ จึงไม่มีอะไรให้จัดตาราง",
  "report.heading": "รายงานผลการดำเนินการ",
  "report.layout": "รูปแบบรายงาน",
  "report.layout.status": "สถานะ (มาตรการ วิธีการ และช่องสถานะ ✓)",
  "report.layout.results": "ผลการดำเนินการ (ผู้รับผิดชอบ ระยะเวลา ผล และผลลัพธ์)",
  "report.layout.annual": "รายงานการป้องกันการทุจริตประจำปี (ผล งบประมาณ ปัญหา ข้อเสนอแนะ)",
  "report.unit": "ขอบเขตของรายงาน",
  "report.allUnits": "ทั้งแผน (ทุกหน่วยงาน)",
  "report.thaiDigits": "ใช้เลขไทยในรายงาน",
  "report.generate": "สร้างรายงาน",
  "report.generating": "กำลังสร้างรายงาน...",
  "report.needsCheck": "ตรวจแผนก่อน แล้วจึงสร้างรายงานจากแผนนั้น",
  "report.created":
    'สร้างแผ่นงาน "{sheet}" แล้ว: {included} มาตรการ กราฟ {charts} รูป พร้อมพิมพ์ A4 แนวนอน',
  "report.replaced": "แทนที่รายงานเดิมที่ส่วนเสริมสร้างไว้ (ยังไม่มีผู้แก้ไข)",
  "report.keptEdited": 'รายงานเดิม "{sheet}" มีผู้แก้ไขแล้ว จึงเก็บไว้ตามเดิมและสร้างแผ่นงานใหม่',
  "report.leftOut": "มาตรการที่ไม่ได้ใส่ในรายงานเพราะมีข้อผิดพลาด (แก้ไขแล้วสร้างใหม่):",
  "report.leftOutItem": "แถว {row}: {measure}",
  "report.scoreWarning": "คะแนนปีงบประมาณ {year}: {message}",
  "report.noScores":
    "ยังไม่มีคะแนน ITA ครบ ๑๐ ตัวชี้วัด จึงมีเฉพาะกราฟสถานะมาตรการ (ใส่คะแนนในแผ่นงานคะแนน ITA แล้วสร้างใหม่)",
  "report.refused.plan_errors": "ยังสร้างรายงานไม่ได้: แก้ไขแผนตามรายการต่อไปนี้ก่อน",
  "report.refused.no_measures": "ยังสร้างรายงานไม่ได้: ไม่มีมาตรการที่ผ่านการตรวจสอบ แก้ไขรายการต่อไปนี้ก่อน",
  "scores.heading": "คะแนน ITA",
  "scores.insert": "สร้างแผ่นงานคะแนน ITA",
  "scores.inserted": 'สร้างแผ่นงาน "{sheet}" แล้ว กรอกคะแนนในช่องสีเหลือง หรือวางบรรทัดคะแนนด้านล่าง',
  "scores.exists": 'มีแผ่นงานคะแนน "{sheet}" อยู่แล้ว',
  "scores.year": "ปีงบประมาณของคะแนน (พ.ศ.)",
  "scores.lines": "วางบรรทัดคะแนนจากรายงานผล ITA",
  "scores.linesHint": "เช่น ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ ๙๓.๖๖ คะแนน (บรรทัดละหนึ่งตัวชี้วัด)",
  "scores.paste": "อ่านคะแนนลงแผ่นงาน",
  "scores.pasted": "ใส่คะแนน {indicators} ตัวชี้วัดของปีงบประมาณ {year} แล้ว",
  "command.reportCreated": 'สร้างรายงาน "{sheet}" แล้ว ({included} มาตรการ)',
  "command.reportRefused":
    "ยังสร้างรายงานไม่ได้ เพราะแผนมีข้อผิดพลาด เปิดบานหน้าต่าง ITA แล้วกดตรวจแผนเพื่อดูรายการที่ต้องแก้ไข",
  "error.NoScoreLines": "ไม่พบบรรทัดคะแนนในข้อความที่วาง (ต้องมีคำว่า ตัวชี้วัดที่ ตามด้วยเลขและคะแนน)",
  "error.NoScoresSheet": "ยังไม่มีแผ่นงานคะแนน ITA: กดสร้างแผ่นงานคะแนนก่อน",
  "error.YearNotInScores": "แผ่นงานคะแนนไม่มีคอลัมน์ของปีนี้: พิมพ์ปีลงในแถวหัวตารางของแผ่นงานคะแนนก่อน",
} as const;

export type MessageKey = keyof typeof th;

export const en: Record<MessageKey, string> = {
  "app.title": "ITA Measures Tracker",
  "app.subtitle": "Measures to promote integrity and transparency",
  "app.loading": "Opening...",
  "language.switch": "ภาษาไทย",
  "language.label": "Language",

  "host.outside.title": "Opened outside Excel",
  "host.outside.body":
    "This page is an Excel add-in: open it from inside Excel, not directly in a browser.",
  "host.outside.sideload":
    "To install: in Excel choose Home > Add-ins > More Add-ins > Upload My Add-in, then pick the manifest.xml your administrator gave you.",
  "host.offline.title": "Office could not be loaded",
  "host.offline.body":
    "The office.js library did not load, perhaps because there is no internet connection. Check the connection, then close and reopen this pane.",
  "host.tooOld.title": "This Excel is too old",
  "host.tooOld.body":
    "This add-in needs Excel 2021, Excel LTSC 2024, Microsoft 365 or Excel on the web (ExcelApi {required} or later); this Excel supports up to {found}.",
  "host.tooOld.fallback":
    "Use the template workbook instead: ask your administrator for the plan workbook (plan.xlsx), made with npx ita-tracker template.",
  "host.ready": "Connected to Excel",
  "host.features": "What this Excel can do",
  "feature.checkboxes": "In-cell check boxes",
  "feature.checkboxesFallback": "TRUE/FALSE drop-downs instead of check boxes",
  "feature.customProperties": "Data stored with the sheet",
  "feature.triggerSource": "Telling user edits from the add-in's own",
  "feature.available": "yes",
  "feature.missing": "no",

  "template.heading": "Measure plan",
  "template.withExample": "Start from an example of the usual measures",
  "template.fiscalYear": "Fiscal year (Buddhist era)",
  "template.insert": "Create the measure-plan sheet",
  "template.inserting": "Creating...",
  "template.inserted": 'Created sheet "{sheet}" (measure rows: {rows})',
  "template.fiscalYearInvalid":
    "The fiscal year must be a four-digit Buddhist-era year, such as 2569",

  "error.title": "Something went wrong",
  "error.withCode": "{message} (Excel error code: {code})",
  "error.dismiss": "Dismiss",
  "error.InvalidArgument": "Excel was given data it does not accept",
  "error.ItemAlreadyExists": "That name is already used in the workbook",
  "error.ItemNotFound": "The sheet or table was not found; it may have been deleted or renamed",
  "error.AccessDenied": "The sheet or workbook is protected; unprotect it first",
  "error.InvalidOperationInCellEditMode":
    "Excel is editing a cell: press Enter or Esc in that cell first, then try again",
  "error.RequestPayloadSizeLimitExceeded": "The data is larger than Excel accepts in one request",
  "error.ApiNotAvailable": "This version of Excel does not support this command",
  "error.unknown": "Excel could not complete the command",

  "column.number": "No.",
  "column.measure": "Measure",
  "column.method": "Method",
  "column.owner": "Responsible unit",
  "column.period": "Period",
  "column.status": "Status",
  "column.result": "Result",
  "column.outcome": "Outcome",
  "column.budget": "Budget",
  "column.problems": "Problems/obstacles",
  "column.recommendation": "Recommendations",
  "column.indicator": "ITA indicator",
  "column.evidence": "Evidence/link",
  "column.updated": "Last updated",
  "status.not_started": "Not started",
  "status.in_progress": "In progress",
  "status.done": "Done",
  "status.unknown": "No status",

  "finding.at": "Cell {cell}: {message}",
  "finding.no_plan":
    "No measure-plan header found in the first {rows} rows of this sheet (it needs column headers such as Measure, Method, Responsible unit)",
  "finding.missing_column": 'The required column "{column}" is missing',
  "finding.missing_column_nearest":
    'The required column "{column}" is missing (the nearest header is "{nearest}"; if that is it, set it under column mapping)',
  "finding.empty_required": '"{column}" is empty',
  "finding.several_statuses": "More than one status is ticked; tick only one",
  "finding.no_status": "No status is ticked",
  "finding.status_unreadable": 'The status "{value}" cannot be read; use / or ✓ or a status word',
  "finding.period_unreadable":
    'The period "{text}" cannot be read, so it stays as text (write, for example, Oct 2565 - Sep 2566)',
  "finding.period_outside_year": "The period lies outside the plan's fiscal year {fiscalYear}",
  "finding.budget_not_number": 'The budget "{value}" is not a number',
  "finding.budget_negative": "The budget is negative",
  "finding.indicator_out_of_range":
    'The ITA indicator must be a number from 1 to 10 (found "{value}")',
  "finding.duplicate_measure": "This measure repeats the one in cell {first}",
  "finding.done_without_result": "Marked done, but the result is empty",
  "finding.overdue": "Past its end ({end}) and not done",
  "finding.excel_error": "The cell holds the Excel error {value}",
  "finding.too_long":
    "The text is {length} characters long, more than an Excel cell holds (32,767)",
  "finding.hidden_row": "Row {row} is hidden or filtered out, so this measure may not be seen",

  "cli.usage":
    "Usage: npx ita-tracker validate FILE.xlsx [--sheet NAME] [--json] [--lang en]\n       npx ita-tracker score --year YEAR --scores s1,s2,...,s10 [--stated TOTAL] [--json]\n       npx ita-tracker report PLAN.xlsx -o REPORT.xlsx [options]\n       npx ita-tracker template -o PLAN.xlsx [--example]\n  Each command's options: npx ita-tracker COMMAND --help",
  "cli.score.count": "Give all 10 indicator scores, separated by commas (found {detail})",
  "cli.score.range": "The score {detail} is not valid: it must be a number from 0 to 100",
  "cli.score.year":
    "The fiscal year {detail} is not valid: it must be a four-digit Buddhist-era year such as 2566",
  "cli.score.weights": "The tool weights are not valid ({detail})",
  "score.summary":
    "Fiscal year {year}: IIT {iit} EIT {eit} OIT {oit} total {total} result {result}",
  "score.grade": "grade {grade}",
  "score.pass": "pass",
  "score.fail": "fail",
  "score.warning.stated_differs":
    "The stated total ({stated}) differs from the computed total ({computed}) by more than 0.01",
  "score.warning.stated_impossible":
    "The stated total ({stated}) is above the highest tool score ({largest}), which is impossible",
  "cli.help.validate":
    "npx ita-tracker validate FILE.xlsx [--sheet NAME] [--json] [--lang en]\n  Checks the measure plan in a file. Exit 0 no errors, 1 errors, 2 the file cannot be read",
  "cli.help.score":
    "npx ita-tracker score --year YEAR --scores s1,...,s10 [--stated TOTAL] [--json]\n  Computes IIT, EIT, OIT, the total and the result",
  "cli.help.report":
    'npx ita-tracker report PLAN.xlsx -o REPORT.xlsx [--layout status|results|annual] [--year YEAR] [--round 6|12] [--org "NAME"] [--thai-digits] [--unit "UNIT"] [--scores SCORES.xlsx] [--sheet NAME] [--pdf] [--force]\n  Makes the progress report with charts, as the add-in does. An existing file is kept unless --force',
  "cli.help.template":
    'npx ita-tracker template -o PLAN.xlsx [--example] [--year YEAR] [--org "NAME"] [--force]\n  Writes the measure-plan template workbook, for Excel versions that cannot run the add-in',
  "cli.template.written": 'Wrote the plan template "{file}" ({rows} rows)',
  "cli.help.memo":
    'npx ita-tracker memo PLAN.xlsx -o MEMO.docx --department "DIVISION" --number "REF" [--subject "..."] [--to "..."] [--date 2023-10-20] [--background "..."] [--legal "..."] [--proposal "..."] [--approver "NAME|POSITION|COMMENT TITLE" ...] [--emblem EMBLEM.png|.svg] [--layout ...] [--thai-digits] [--force]\n  Writes the cover memo (.docx) in the form of the correspondence regulation with the report table attached; repeat --approver for each comment level in order, a two-line position split by \\n',
  "cli.memo.written": 'Wrote the memo "{file}" ({measures} measures, {done} done)',
  "memo.missing": "Fill in the memo's fields first: {fields}",
  "memo.field.department": "Division (ส่วนราชการ)",
  "memo.field.number": "Reference (ที่)",
  "memo.field.subject": "Subject (เรื่อง)",
  "memo.field.to": "To (เรียน)",
  "memo.field.background": "Background (เรื่องเดิม)",
  "memo.field.proposal": "Proposal (ข้อพิจารณา)",
  "memo.field.approverName": "Next signer's name",
  "memo.field.approverPosition": "Next signer's position",
  "notice.ok": "OK",
  "export.heading": "Export for the memo",
  "export.pdf": "Save the last report as PDF",
  "export.pdfSaved": "The last report's PDF was offered for download",
  "error.NoReportYet": "There is no report yet: make the report first, then save it as PDF",
  "export.pdfFallback":
    "This Excel cannot make the PDF: open the report sheet and choose File > Print > Microsoft Print to PDF (or Save as PDF) > Print",
  "error.PdfNotAvailable":
    "This Excel (Excel on the web or iPad) makes no PDF for add-ins: download the workbook of the report alone, or use File > Print and save as PDF",
  "export.pdfNotHere":
    "This Excel (Excel on the web or iPad) makes no PDF for add-ins: download the workbook of the report alone below, or open the report sheet and choose File > Print, then save as PDF",
  "export.workbook": "Download a workbook of the report alone (.xlsx)",
  "export.workbookSaved":
    'Offered "{file}" for download: the report sheet with its charts and print setup (this workbook is unchanged)',
  "export.memoStart": "Prepare the memo (.docx)",
  "export.memo": "Download the memo",
  "export.memoSaved":
    'Offered "{file}" for download; if it does not appear, use npx ita-tracker memo instead',
  "cli.report.written":
    'Wrote the report "{file}" (sheet "{sheet}"): {included} measures, {charts} charts',
  "cli.output.exists": "{detail} already exists: use --force to replace it",
  "cli.output.sameAsInput":
    "The output {detail} is an input file: it is never overwritten; choose another name",
  "cli.output.unwritable": "Cannot write {detail}",
  "cli.output.badOption": "An option has a value that is not allowed: {detail}",
  "cli.output.noLibreOffice":
    "Cannot make a PDF of {detail} because LibreOffice is not installed: open the file in Excel and choose File > Print > Save as PDF instead",
  "cli.pdf.written": 'Wrote the PDF "{file}"',
  "cli.failed": "The command failed: {detail}",
  "cli.unreadable.missing": "File not found: {detail}",
  "cli.unreadable.notXlsx": "{detail} is not an Excel .xlsx file",
  "cli.unreadable.encrypted":
    "{detail} is password-protected or an old .xls file: open it in Excel and save it as .xlsx without a password first",
  "cli.unreadable.corrupt": "The Excel file cannot be read; it may be damaged ({detail})",
  "cli.unreadable.noSheet": 'There is no sheet "{detail}" in the file',
  "cli.unreadable.noWorksheets": "{detail} has no worksheets (only chart sheets)",
  "cli.validate.summary":
    'Sheet "{sheet}": {measures} measures, {errors} errors, {warnings} warnings',
  "cli.severity.error": "[error]",
  "cli.severity.warning": "[warning]",

  "plan.heading": "Check the measure plan",
  "plan.hint": "Open the sheet that holds the measure plan, then check it",
  "plan.check": "Check the plan on this sheet",
  "plan.checking": "Checking...",
  "plan.tidy": "Tidy a table pasted from Word/PDF onto a new sheet",
  "plan.tidying": "Tidying...",
  "plan.tidied":
    'Created sheet "{sheet}": {measures} measures, {headers} repeated header rows removed, {joined} continued rows joined (the original is unchanged)',
  "plan.checked": 'Sheet "{sheet}", header in row {row}: {errors} errors, {warnings} warnings',
  "plan.noHeader": 'Sheet "{sheet}": no measure-plan header found',
  "plan.allGood": "No problems found in this plan",
  "plan.findings": "To fix (click to go to the cell)",
  "plan.more": "and {count} more",
  "plan.error": "Error",
  "plan.warning": "Warning",
  "mapping.heading": "Column mapping",
  "mapping.show": "Correct the column mapping",
  "mapping.hide": "Hide the column mapping",
  "mapping.column": "Column {column}: {header}",
  "mapping.ignore": "(do not use this column)",
  "mapping.save": "Save the mapping in the workbook",
  "mapping.saved": "Mapping saved",
  "progress.heading": "Progress",
  "progress.total": "{total} measures in all",
  "progress.percentDone": "{percent}% done",
  "progress.byOwner": "By responsible unit",
  "progress.owner": "Unit",
  "progress.count": "All",
  "progress.overdue": "Past their end and not done",
  "progress.overdueItem": "Row {row}: {measure} (ended {end})",
  "error.NoPlanFound": "No measure-plan table was found on this sheet, so there is nothing to tidy",
  "report.heading": "Progress report",
  "report.layout": "Report layout",
  "report.layout.status": "Status (measure, method and ✓ status columns)",
  "report.layout.results": "Results (unit, period, result and outcome)",
  "report.layout.annual":
    "Annual anti-corruption report (result, budget, problems, recommendations)",
  "report.unit": "What the report covers",
  "report.allUnits": "The whole plan (every unit)",
  "report.thaiDigits": "Thai digits in the report",
  "report.generate": "Make the report",
  "report.generating": "Making the report...",
  "report.needsCheck": "Check a plan first; the report is made from that plan",
  "report.created":
    'Created sheet "{sheet}": {included} measures, {charts} charts, ready to print on A4 landscape',
  "report.replaced": "Replaced the previous report the add-in made (nobody had edited it)",
  "report.keptEdited":
    'The previous report "{sheet}" had been edited, so it was kept and a new sheet made',
  "report.leftOut": "Measures left out because of errors (fix them and make the report again):",
  "report.leftOutItem": "Row {row}: {measure}",
  "report.scoreWarning": "Scores of fiscal year {year}: {message}",
  "report.noScores":
    "There are no complete ITA scores (all 10 indicators) yet, so only the status chart is included (add scores on the ITA scores sheet and make the report again)",
  "report.refused.plan_errors": "The report cannot be made yet: fix these in the plan first",
  "report.refused.no_measures":
    "The report cannot be made yet: no measure passes the checks; fix these first",
  "scores.heading": "ITA scores",
  "scores.insert": "Create the ITA scores sheet",
  "scores.inserted":
    'Created sheet "{sheet}": type scores in the yellow cells, or paste score lines below',
  "scores.exists": 'The scores sheet "{sheet}" already exists',
  "scores.year": "Fiscal year of the scores (Buddhist era)",
  "scores.lines": "Paste the score lines from the ITA result",
  "scores.linesHint": "For example: ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ 93.66 คะแนน (one indicator per line)",
  "scores.paste": "Read the scores into the sheet",
  "scores.pasted": "Entered {indicators} indicator scores for fiscal year {year}",
  "command.reportCreated": 'Created the report "{sheet}" ({included} measures)',
  "command.reportRefused":
    "The report cannot be made yet because the plan has errors: open the ITA pane and check the plan to see what to fix",
  "error.NoScoreLines":
    "No score lines were found in the pasted text (they need ตัวชี้วัดที่, a number and a score)",
  "error.NoScoresSheet": "There is no ITA scores sheet yet: create it first",
  "error.YearNotInScores":
    "The scores sheet has no column for this year: type the year in its header row first",
};

export const catalogues = { th, en } as const;
export type Language = keyof typeof catalogues;
