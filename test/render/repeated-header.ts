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

const summaryStart = (pages: PageGeometry[]) =>
  pages.findIndex((page) => pageText(page).includes(SUMMARY_HEADING));

/** The table's pages: those before the summary's heading. */
export function tablePages(pages: PageGeometry[]): PageGeometry[] {
  return pages.slice(0, Math.max(0, summaryStart(pages)));
}

/** Where the table ends on a page: its lowest ruled line, or -Infinity without one. */
const tableBottom = (page: PageGeometry) =>
  Math.max(...page.rules.map((rule) => (rule.horizontal ? rule.at : rule.to)));

/** How much of the page's printable height (between the 0.75 inch margins) its table fills. */
export function tableFill(page: PageGeometry): number {
  return (tableBottom(page) - FOOTER_ZONE) / (page.height - 2 * FOOTER_ZONE);
}

export function repeatedHeaderProblems(pages: PageGeometry[]): string[] {
  const problems: string[] = [];
  if (summaryStart(pages) < 1) return [`the summary does not start on a page after the table`];
  for (const page of tablePages(pages)) {
    if (page.rules.length === 0) problems.push(`page ${page.page} of the table has no table`);
    const bottom = tableBottom(page);
    for (const word of page.words) {
      if (word.yMin > bottom + 1 && word.yMin < page.height - FOOTER_ZONE) {
        problems.push(`page ${page.page}: "${word.text}" prints under the repeated header`);
      }
    }
  }
  return problems;
}
