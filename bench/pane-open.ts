// How fast the built pane opens in headless Chromium, loaded as the browser test bed loads it.
import { readFileSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";
import { openPane, startPaneBed } from "../test/browser/support/pane-browser";

const LOADS = 7;

export async function benchPaneOpen(): Promise<void> {
  const dist = join(__dirname, "../dist");
  const gzipped = gzipSync(readFileSync(join(dist, "taskpane.js")), { level: 9 }).length;
  console.log(
    `task pane first JavaScript: ${(gzipped / 1000).toFixed(1)} KB gzipped (budget 150 KB)`
  );

  const bed = await startPaneBed();
  try {
    const paints: number[] = [];
    const ready: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const page = await openPane(bed, { host: "Excel", apiVersion: "1.18" });
      await page.getByRole("heading", { name: "ตรวจแผนมาตรการ", exact: true }).waitFor();
      const timing = await page.evaluate(() => ({
        firstPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
        ready: performance.now(),
      }));
      paints.push(timing.firstPaint);
      ready.push(timing.ready);
      await page.close();
    }
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    console.log(
      `first contentful paint: median ${median(paints).toFixed(0)} ms over ${LOADS} loads (goal < 300 ms)`
    );
    console.log(`pane interactive (plan panel shown): median ${median(ready).toFixed(0)} ms`);
  } finally {
    await bed.close();
  }
}
