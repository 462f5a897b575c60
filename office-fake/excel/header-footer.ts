// Page header and footer text as Excel reads it: "&" starts a code, and a header (or footer)
// holds at most 255 characters, codes included.
// Sources: [MS-XLSB] 2.5.73 HeaderFooterString (learn.microsoft.com/openspecs): the grammar of
// the codes ("&&" one ampersand, &P page, &N pages, &D &T &F &A &Z &G items, &B &I &U &E &S &X &Y
// &O &H switches, &"font" and &nn the font, &K the colour, &L &C &R the sections) and "the length
// of the string MUST be less than or equal to 255"; [MS-OI29500] 2.1.651: "Office requires that
// the length of the value ... be less than or equal to 255". @types/office-js
// HeadersFootersGroup.centerHeader points to the same codes. Excel stores one string per header
// (&L left &C centre &R right), so the limit is checked on the three sections together; an
// over-long one is refused (stricter than a silent cut, which Excel's API may do instead).
import { invalidArgument } from "./errors";

export const HEADER_FOOTER_LIMIT = 255;

const INSERTS: Record<string, (page: PrintPage) => string> = {
  P: (page) => String(page.page),
  N: (page) => String(page.pages),
  D: () => "1/12/2026",
  T: () => "9:30",
  F: (page) => page.file,
  A: (page) => page.sheet,
  Z: () => "",
  G: () => "",
};
const SWITCHES = new Set(["B", "I", "U", "E", "X", "Y", "S", "O", "H"]);

export interface PrintPage {
  page: number;
  pages: number;
  sheet: string;
  file: string;
}

/** The text one section prints; text after &L, &C or &R belongs to another section and is lost
 * here, and an "&" that starts no code prints nothing. */
export function printedSection(text: string, page: PrintPage): string {
  let printed = "";
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "&") {
      printed += text[i];
      continue;
    }
    const code = text[i + 1] ?? "";
    if (code === "&") {
      printed += "&";
      i += 1;
    } else if (code.toUpperCase() in INSERTS) {
      printed += INSERTS[code.toUpperCase()](page);
      i += 1;
    } else if ("LCR".includes(code.toUpperCase()) && code !== "") {
      return printed;
    } else if (code === '"') {
      i = text.indexOf('"', i + 2);
      if (i < 0) return printed;
    } else if (/\d/.test(code)) {
      while (/\d/.test(text[i + 1] ?? "")) i += 1;
    } else if (code.toUpperCase() === "K") {
      i += 7;
    } else if (SWITCHES.has(code.toUpperCase())) {
      i += 1;
    }
  }
  return printed;
}

/** Throws as Excel refuses a header or footer over its length limit. */
export function checkHeaderFooterLength(sections: Record<string, string>, part: string): void {
  const length = ["left", "center", "right"]
    .map((side) => sections[`${side}${part}`])
    .filter((text) => text !== undefined && text !== "")
    .reduce((sum, text) => sum + 2 + text.length, 0);
  if (length > HEADER_FOOTER_LIMIT) {
    throw invalidArgument(
      `The ${part.toLowerCase()} has ${length} characters; Excel allows ${HEADER_FOOTER_LIMIT}`,
      `PageLayout.headersFooters`
    );
  }
}
