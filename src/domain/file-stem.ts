// A file's name from a title the user typed (the memo's subject): short enough for every file
// system, cut where a word ends (Intl.Segmenter's Thai words), so a Thai word is never cut in
// two ("...โปร่งใสภ" was what a plain slice made of the memo's usual subject).

const segmenter = new Intl.Segmenter("th", { granularity: "word" });

/** At most `max` characters of `title`, ending where a word ends, with no trailing spaces. A
 * first word longer than `max` is cut between characters as written (graphemes kept whole). */
export function fileStem(title: string, max = 60): string {
  const text = title.trim();
  if (text.length <= max) return text;
  let end = 0;
  for (const { index, segment } of segmenter.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  if (end === 0) {
    for (const { index, segment } of new Intl.Segmenter("th").segment(text)) {
      if (index + segment.length > max) break;
      end = index + segment.length;
    }
  }
  return text.slice(0, end).trimEnd();
}
