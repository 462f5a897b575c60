// The plan template's header as the issue specifies it, written out independently of
// src/domain/plan-columns.ts so tests compare the workbook with the specification, not with itself.
export const EXPECTED_TEMPLATE_HEADER = [
  "ลำดับ",
  "มาตรการ/แนวทาง",
  "วิธีดำเนินการ",
  "ผู้รับผิดชอบ",
  "ระยะเวลาดำเนินการ",
  "ยังไม่ดำเนินการ",
  "อยู่ระหว่างดำเนินการ",
  "ดำเนินการแล้วเสร็จ",
  "ผลการดำเนินการ",
  "ผลลัพธ์หรือความสำเร็จ",
  "งบประมาณที่ตั้งไว้ (บาท)",
  "งบประมาณที่ใช้ (บาท)",
  "ปัญหา/อุปสรรค",
  "ข้อเสนอแนะ",
  "ตัวชี้วัด ITA (1-10)",
  "หลักฐาน/ลิงก์",
  "วันที่ปรับปรุง",
];
