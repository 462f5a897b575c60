// Pieces of the บันทึกข้อความ form that follow from the organisation and the user's files: who
// heads the organisation (the memo's addressee), the usual comment levels, and the emblem image
// (ตราครุฑ) the user supplies. Pure: bytes in, data out.
import type { MemoFields } from "./memo-spec";
import { foldThaiDigits, normaliseSpaces, toThaiDigits } from "./thai-text";

export interface MemoSigner {
  name: string;
  /** Lines separated by "\n": a position may hold two (รักษาราชการแทน ...). */
  position: string;
}

export interface MemoApprover extends MemoSigner {
  /** The comment block's heading: ความเห็นปลัด..., ความเห็น/คำสั่งนายก... */
  title: string;
}

// Longest prefixes first: "เทศบาลตำบล" before "เทศบาล".
const KINDS: { prefixes: string[]; head: string; clerk: string }[] = [
  {
    prefixes: ["องค์การบริหารส่วนตำบล", "อบต."],
    head: "นายกองค์การบริหารส่วนตำบล",
    clerk: "ปลัดองค์การบริหารส่วนตำบล",
  },
  {
    prefixes: ["องค์การบริหารส่วนจังหวัด", "อบจ."],
    head: "นายกองค์การบริหารส่วนจังหวัด",
    clerk: "ปลัดองค์การบริหารส่วนจังหวัด",
  },
  { prefixes: ["เทศบาล", "ทต.", "ทม.", "ทน."], head: "นายกเทศมนตรี", clerk: "ปลัดเทศบาล" },
  { prefixes: ["เมืองพัทยา"], head: "นายกเมืองพัทยา", clerk: "ปลัดเมืองพัทยา" },
];
const MUNICIPAL_ABBREVIATIONS: Record<string, string> = {
  "ทต.": "ตำบล",
  "ทม.": "เมือง",
  "ทน.": "นคร",
};

function kindOf(organisation: string) {
  const org = normaliseSpaces(organisation);
  for (const kind of KINDS) {
    for (const prefix of kind.prefixes) {
      if (!org.startsWith(prefix)) continue;
      const rest = (MUNICIPAL_ABBREVIATIONS[prefix] ?? "") + org.slice(prefix.length).trim();
      return { kind, rest: kind.head === "นายกเมืองพัทยา" ? "" : rest };
    }
  }
  return null;
}

/** The organisation's head as a memo addresses them: เทศบาลเมืองชัยนาท → นายกเทศมนตรีเมืองชัยนาท. */
export function headOf(organisation: string): string {
  const found = kindOf(organisation);
  if (found) return found.kind.head + found.rest;
  const org = normaliseSpaces(organisation);
  return org ? `นายก${org}` : "";
}

/** The permanent secretary (ปลัด) of the organisation: เทศบาลเมืองชัยนาท → ปลัดเทศบาลเมืองชัยนาท. */
export function clerkOf(organisation: string): string {
  const found = kindOf(organisation);
  if (found) return found.kind.clerk + found.rest;
  const org = normaliseSpaces(organisation);
  return org ? `ปลัด${org}` : "";
}

/** The three comment levels real memos carry, names left for the user. */
export function proposedApprovers(organisation: string): MemoApprover[] {
  const clerk = clerkOf(organisation);
  const head = headOf(organisation);
  return [
    { title: "ความเห็นหัวหน้าส่วนราชการ", name: "", position: "" },
    { title: clerk ? `ความเห็น${clerk}` : "ความเห็นปลัด", name: "", position: clerk },
    { title: head ? `ความเห็น/คำสั่ง${head}` : "ความเห็น/คำสั่ง", name: "", position: head },
  ];
}

/** Every digit of a text in the memo's chosen numerals. */
export function memoDigits(thaiDigits: boolean): (text: string) => string {
  return thaiDigits ? toThaiDigits : foldThaiDigits;
}

// The emblem (ตราครุฑ), as the user supplies it.

export interface MemoEmblem {
  type: "png" | "svg";
  data: Uint8Array;
  /** The image's own proportions (pixels or SVG user units); only the ratio matters. */
  width: number;
  height: number;
  /** An SVG's picture as PNG, for writers and readers that draw no SVG (made in the pane). */
  fallback?: Uint8Array;
}

/** Kept in the workbook's settings (base64): small enough not to weigh on every save. */
export const EMBLEM_MAX_BYTES = 200 * 1024;

export type EmblemProblem = "tooLarge" | "notImage";

function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function svgSize(bytes: Uint8Array): { width: number; height: number } | null {
  const text = new TextDecoder().decode(bytes.subarray(0, 4096));
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!tag) return null;
  const attribute = (name: string) =>
    parseFloat(new RegExp(`\\s${name}\\s*=\\s*["']\\s*([0-9.]+)`, "i").exec(tag)?.[1] ?? "");
  const box = /viewBox\s*=\s*["']\s*[-0-9.]+[\s,]+[-0-9.]+[\s,]+([0-9.]+)[\s,]+([0-9.]+)/i.exec(
    tag
  );
  const width = box ? parseFloat(box[1]) : attribute("width");
  const height = box ? parseFloat(box[2]) : attribute("height");
  // Without a size an SVG is drawn square: better than refusing a file Word would show.
  return width > 0 && height > 0 ? { width, height } : { width: 1, height: 1 };
}

/** The emblem read from a PNG or SVG file's bytes, or why it cannot be used. */
export function readEmblem(bytes: Uint8Array): MemoEmblem | EmblemProblem {
  if (bytes.length > EMBLEM_MAX_BYTES) return "tooLarge";
  const png = pngSize(bytes);
  if (png && png.width > 0 && png.height > 0) return { type: "png", data: bytes, ...png };
  const svg = svgSize(bytes);
  return svg ? { type: "svg", data: bytes, ...svg } : "notImage";
}

/** The bytes as base64, for the workbook's settings (no Buffer: this runs in the pane too). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** The memo's fields that are plain text, in the form's order. */
export const MEMO_TEXT_FIELDS = [
  "department",
  "number",
  "subject",
  "to",
  "background",
  "legal",
  "proposal",
] as const;
export type MemoTextField = (typeof MEMO_TEXT_FIELDS)[number];

export const REQUIRED_MEMO_FIELDS = ["department", "number", "subject", "to"] as const;
export type MemoFieldKey = (typeof REQUIRED_MEMO_FIELDS)[number];

/** The required fields left empty: the pane lists them before exporting. */
export function missingMemoFields(fields: Partial<MemoFields>): MemoFieldKey[] {
  return REQUIRED_MEMO_FIELDS.filter((key) => !String(fields[key] ?? "").trim());
}
