// axe-core run in the page on each state a browser test visits: serious and critical
// violations fail the test; "needs review" items are returned for the test to list.
import { readFileSync } from "fs";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

interface AxeFinding {
  id: string;
  impact: string | null;
  targets: string[];
}

declare global {
  interface Window {
    axe?: {
      run: (
        context: Document,
        options: object
      ) => Promise<{
        violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
        incomplete: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
      }>;
    };
  }
}

export async function axeFindings(
  page: Page
): Promise<{ violations: AxeFinding[]; review: AxeFinding[] }> {
  if (!(await page.evaluate(() => Boolean(window.axe)))) {
    await page.addScriptTag({ content: AXE_SOURCE });
  }
  // Contrast is measured on the page as it settles: a button fading from busy grey back to its
  // colour is mid-transition for ~100 ms (Fluent's Button transitions its colours).
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  return page.evaluate(async () => {
    const results = await window.axe!.run(document, {
      resultTypes: ["violations", "incomplete"],
    });
    const shape = (items: typeof results.violations) =>
      items.map((item) => ({
        id: item.id,
        impact: item.impact,
        targets: item.nodes.map((node) => node.target.join(" ")),
      }));
    return { violations: shape(results.violations), review: shape(results.incomplete) };
  });
}

/** Fails with the state's name and every serious or critical violation. */
export async function expectAccessible(page: Page, state: string): Promise<AxeFinding[]> {
  const { violations, review } = await axeFindings(page);
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect({ state, serious }).toEqual({ state, serious: [] });
  return review;
}
