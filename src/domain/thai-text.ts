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

// Tone marks and the marks that must come before them on the same consonant: vowels above and
// below, and the short-vowel sign. NFC orders only the vowels below (their combining classes),
// so a tone mark typed before ิ ี ึ ื ั looks the same and compares different.
const TONE_BEFORE_VOWEL = /([\u0e48-\u0e4b])([\u0e31\u0e34-\u0e3a\u0e47])/g;

/** One spelling for text that looks the same: NFC, Thai marks in their typing order (vowel, then
 * tone mark; nikhahit and sara aa as sara am), and no format characters (Unicode Cf: zero-width
 * spaces and joiners, word joiner, soft hyphen, byte-order mark, direction marks). */
export function normaliseThaiText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\p{Cf}/gu, "")
    .replace(TONE_BEFORE_VOWEL, "$2$1")
    .replace(/\u0e4d([\u0e48-\u0e4b]?)\u0e32/g, "$1\u0e33");
}

/** Collapses runs of white space (including non-breaking and zero-width spaces) to one space. */
export function normaliseSpaces(text: string): string {
  return text
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}
