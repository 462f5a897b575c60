// "Nothing under a repeated header", measured on the rendered pages: the table's header repeats
// on every page of the table's sheet (print titles), so a page of the table may hold only the
// table. Its pages end where the summary's heading first appears; on them no word lies below the
// table's last ruled line (the footer's page number excepted), and no page from the summary on
// carries the table's header.
import type { PageGeometry } from "./pdf-geometry";

const squeeze = (text: string) => text.replace(/\s+/g, "");
/** The bottom margin (0.75 inch): below it only the footer prints. */
const FOOTER_ZONE = 54;
export const SUMMARY_HEADING = "สรุปผลการดำเนินการ";

const pageText = (page: PageGeometry) => squeeze(page.words.map((word) => word.text).join(""));

export function repeatedHeaderProblems(pages: PageGeometry[], headers: string[]): string[] {
  const problems: string[] = [];
  const summaryStart = pages.findIndex((page) => pageText(page).includes(SUMMARY_HEADING));
  if (summaryStart < 1) return [`the summary does not start on a page after the table`];
  const header = headers.filter((text) => text !== "").map(squeeze);
  pages.forEach((page, index) => {
    const hasHeader = header.every((text) => pageText(page).includes(text));
    if (index >= summaryStart) {
      if (hasHeader) problems.push(`page ${page.page} repeats the table's header over the summary`);
      return;
    }
    if (!hasHeader) problems.push(`page ${page.page} of the table has no header`);
    const lowest = Math.max(...page.rules.filter((rule) => rule.horizontal).map((rule) => rule.at));
    for (const word of page.words) {
      if (word.yMin > lowest + 1 && word.yMin < page.height - FOOTER_ZONE) {
        problems.push(`page ${page.page}: "${word.text}" prints under the repeated header`);
      }
    }
  });
  return problems;
}
