// Text for a page header or footer. Excel reads "&" there as the start of a code ("&B" bold,
// "&C" the centre section, "&P" the page...), so an organisation called "R&D" or "ก&ข" would
// print wrong: a literal "&" is written "&&". A header (left, centre and right together, each
// with its two-character section code) holds at most 255 characters ([MS-XLSB] 2.5.73
// HeaderFooterString; [MS-OI29500] 2.1.651); longer text is cut, never an escape in half.

export const HEADER_FOOTER_LIMIT = 255;
/** Room for one section's text: the limit less its section code ("&C"). */
const SECTION_ROOM = HEADER_FOOTER_LIMIT - 2;

/** Plain text as a header/footer section prints it, within the length Excel accepts. */
export function headerFooterText(text: string, room = SECTION_ROOM): string {
  let written = "";
  for (const character of text) {
    const next = character === "&" ? "&&" : character;
    if (written.length + next.length > room) break;
    written += next;
  }
  return written;
}
