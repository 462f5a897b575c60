// Text helpers for Thai documents: digits and white space as they come out of Word and PDF.

const THAI_ZERO = 0x0e50;

/** Replaces Thai digits (๐-๙) with Arabic ones; everything else is kept. */
export function foldThaiDigits(text: string): string {
  return text.replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - THAI_ZERO));
}

/** Replaces Arabic digits with Thai ones, for documents printed in Thai numerals. */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(THAI_ZERO + Number(digit)));
}

/** Collapses runs of white space (including non-breaking and zero-width spaces) to one space. */
export function normaliseSpaces(text: string): string {
  return text
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}
