// Which canonical column a header means, whatever its spelling: headers differ by stray spaces
// (PDF line breaks), a slash or not, "การ" inserted or dropped, "ของ"/"ตาม" phrases, Thai or
// English. Headers are compared on a folded form and scored by how much of them known cues cover.
import type { ColumnKey, Status } from "./plan-columns";
import { foldThaiDigits, normaliseThaiText } from "./thai-text";

/** A column's meaning: a canonical key, and for a status tick column which status it ticks. */
export interface ColumnMeaning {
  key: ColumnKey;
  status?: Status;
}

// Filler that real headers add or drop without changing the meaning.
const THAI_FILLER = /การ|ของ|ตาม|และ|หรือ|ใน|ที่|ๆ|ฯ/g;
const ENGLISH_FILLER = /\b(the|of|and|or|by)\b/g;

/** The folded form headers are compared on: one Unicode spelling (normaliseThaiText), and no white
 * space, punctuation, digits' script or filler. */
export function normaliseHeader(text: string): string {
  return foldThaiDigits(normaliseThaiText(text))
    .toLowerCase()
    .replace(ENGLISH_FILLER, "")
    .replace(/[\s\u00a0\u200b]+/g, "")
    .replace(/[!-/:-@[-`{-~\u2010-\u2015]/g, "")
    .replace(THAI_FILLER, "");
}

interface Cue {
  meaning: ColumnMeaning;
  /** Written naturally; folded once with normaliseHeader. */
  phrases: string[];
}

const CUES: readonly Cue[] = [
  { meaning: { key: "number" }, phrases: ["ลำดับ", "ลำดับที่", "no", "item", "#"] },
  {
    meaning: { key: "measure" },
    phrases: ["มาตรการ", "แนวทาง", "มาตรการ/แนวทาง", "โครงการ", "กิจกรรม", "measure", "project"],
  },
  {
    meaning: { key: "method" },
    phrases: ["วิธีดำเนินการ", "ขั้นตอน", "วิธีการ", "ขั้นตอนหรือวิธีการ", "method", "steps", "how"],
  },
  {
    meaning: { key: "owner" },
    phrases: ["ผู้รับผิดชอบ", "หน่วยงานรับผิดชอบ", "responsible", "owner", "unit"],
  },
  {
    meaning: { key: "period" },
    phrases: ["ระยะเวลา", "ห้วงเวลา", "ช่วงเวลา", "กำหนดเวลา", "กำกับติดตาม", "period", "timeline"],
  },
  { meaning: { key: "status" }, phrases: ["สถานะ", "สถานะการดำเนินการ", "status", "progress"] },
  {
    meaning: { key: "status", status: "not_started" },
    phrases: ["ยังไม่ดำเนินการ", "ยังไม่ได้ดำเนินการ", "ไม่ได้ดำเนินการ", "not started", "to do"],
  },
  {
    meaning: { key: "status", status: "in_progress" },
    phrases: ["อยู่ระหว่างดำเนินการ", "กำลังดำเนินการ", "in progress", "ongoing"],
  },
  {
    meaning: { key: "status", status: "done" },
    phrases: [
      "ดำเนินการแล้วเสร็จ",
      "ดำเนินการเสร็จเรียบร้อยแล้ว",
      "เสร็จเรียบร้อย",
      "เสร็จ",
      "เสร็จสิ้น",
      "ดำเนินการแล้ว",
      "done",
      "completed",
    ],
  },
  {
    meaning: { key: "result" },
    phrases: ["ผลการดำเนินการ", "สรุปผล", "ผลการปฏิบัติงาน", "ผลดำเนินงาน", "result", "results"],
  },
  {
    meaning: { key: "outcome" },
    phrases: ["ผลลัพธ์", "ความสำเร็จ", "ผลสัมฤทธิ์", "outcome", "outcomes", "achievement"],
  },
  // A lone "งบประมาณ" has always been read as the budget used; the planned budget is named so.
  {
    meaning: { key: "plannedBudget" },
    phrases: [
      "งบประมาณที่ตั้งไว้",
      "งบประมาณที่ได้รับจัดสรร",
      "งบประมาณที่ได้รับ",
      "วงเงินงบประมาณ",
      "ตั้งไว้",
      "ได้รับจัดสรร",
      "ข้อบัญญัติ",
      "วงเงิน",
      "บาท",
      "planned",
      "planned budget",
      "allocated",
      "allocation",
    ],
  },
  {
    meaning: { key: "budget" },
    phrases: [
      "งบประมาณ",
      "งบประมาณที่ใช้",
      "ใช้ไป",
      "เบิกจ่าย",
      "ค่าใช้จ่าย",
      "บาท",
      "budget",
      "cost",
      "spent",
      "used",
    ],
  },
  { meaning: { key: "problems" }, phrases: ["ปัญหา", "อุปสรรค", "problems", "obstacles", "issues"] },
  {
    meaning: { key: "recommendation" },
    phrases: ["ข้อเสนอแนะ", "แนวทางแก้ไข", "recommendation", "recommendations", "suggestions"],
  },
  { meaning: { key: "indicator" }, phrases: ["ตัวชี้วัด", "ตัวชี้วัดita", "indicator"] },
  {
    meaning: { key: "evidence" },
    phrases: ["หลักฐาน", "ลิงก์", "เอกสารอ้างอิง", "evidence", "link", "url"],
  },
  { meaning: { key: "updated" }, phrases: ["วันที่ปรับปรุง", "ปรับปรุงล่าสุด", "updated", "last updated"] },
];

const FOLDED_CUES = CUES.map((cue) => ({
  meaning: cue.meaning,
  phrases: [...new Set(cue.phrases.map(normaliseHeader))].filter((phrase) => phrase.length > 0),
}));

export interface HeaderMatch {
  meaning: ColumnMeaning;
  /** 0-1: how much of the folded header the cues cover; 1 is an exact cue. */
  score: number;
}

/** Cues found inside a header cover it; a header mostly made of one meaning's cues means that. */
function coverage(header: string, phrases: string[]): number {
  const covered = new Array<boolean>(header.length).fill(false);
  // Very short cues ("no", "#") would turn up inside unrelated words: they only match whole.
  for (const phrase of phrases.filter((candidate) => candidate.length >= 3)) {
    let at = header.indexOf(phrase);
    while (at >= 0) {
      covered.fill(true, at, at + phrase.length);
      at = header.indexOf(phrase, at + 1);
    }
  }
  return covered.filter(Boolean).length / header.length;
}

/** The best meaning of a header, or undefined below a third covered (then it means nothing known). */
export function matchHeader(text: string): HeaderMatch | undefined {
  const header = normaliseHeader(text);
  if (header.length === 0) return undefined;
  let best: HeaderMatch | undefined;
  for (const cue of FOLDED_CUES) {
    const score = cue.phrases.includes(header) ? 1 : coverage(header, cue.phrases);
    // Ties go to the more specific meaning (a status tick over the status group).
    if (score > (best?.score ?? 0) || (score === best?.score && cue.meaning.status)) {
      best = { meaning: cue.meaning, score };
    }
  }
  return best && best.score >= 1 / 3 ? best : undefined;
}

/** How alike a header is to a meaning's cues (0-1), to name the nearest header for a missing column. */
export function similarity(text: string, key: ColumnKey): number {
  const header = normaliseHeader(text);
  const pairs = (word: string) =>
    new Set(Array.from(word).map((c, i, all) => c + (all[i + 1] ?? "")));
  const headerPairs = pairs(header);
  let best = 0;
  for (const cue of FOLDED_CUES.filter((candidate) => candidate.meaning.key === key)) {
    for (const phrase of cue.phrases) {
      const phrasePairs = pairs(phrase);
      const shared = [...phrasePairs].filter((pair) => headerPairs.has(pair)).length;
      best = Math.max(best, (2 * shared) / (phrasePairs.size + headerPairs.size || 1));
    }
  }
  return best;
}
