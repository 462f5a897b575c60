// "Nothing under a repeated header", measured on the rendered pages: the table's header repeats
// on every page of the table's sheet (print titles), so a page of the table may hold only the
// table. Its pages end where the summary's heading first appears; on them no word lies below the
// table's ruled lines (its last row's bottom edge, or where its column lines end when a continued
// measure goes on to the next page), the footer's page number excepted.
import type { PageGeometry } from "./pdf-geometry";

const squeeze = (text: string) => text.replace(/\s+/g, "");
/** The bottom margin (0.75 inch): below it only the footer prints. */
const FOOTER_ZONE = 54;
export const SUMMARY_HEADING = "สรุปผลการดำเนินการ";

const pageText = (page: PageGeometry) => squeeze(page.words.map((word) => word.text).join(""));

export function repeatedHeaderProblems(pages: PageGeometry[]): string[] {
  const problems: string[] = [];
  const summaryStart = pages.findIndex((page) => pageText(page).includes(SUMMARY_HEADING));
  if (summaryStart < 1) return [`the summary does not start on a page after the table`];
  for (const page of pages.slice(0, summaryStart)) {
    const ends = page.rules.map((rule) => (rule.horizontal ? rule.at : rule.to));
    if (ends.length === 0) problems.push(`page ${page.page} of the table has no table`);
    const bottom = Math.max(...ends);
    for (const word of page.words) {
      if (word.yMin > bottom + 1 && word.yMin < page.height - FOOTER_ZONE) {
        problems.push(`page ${page.page}: "${word.text}" prints under the repeated header`);
      }
    }
  }
  return problems;
}
