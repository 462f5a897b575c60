// How fast the built pane opens in headless Chromium, office.js (the double) served over HTTPS at
// its CDN address as a server would serve it. office.js is referenced in the page's <head>, as
// Microsoft requires ("Referencing the Office JavaScript API library": so that the API is fully
// initialized prior to any body elements), so nothing paints before it has arrived and run; the
// bench says how long that took and how long the pane itself took after it.
import { readFileSync } from "fs";
import { loadavg } from "os";
import { join } from "path";
import { gzipSync } from "zlib";
import { OFFICE_DOUBLE, openPane, startPaneBed } from "../test/browser/support/pane-browser";
import { serveOfficeJs } from "./office-js-server";

const LOADS = 9;

interface PaneTiming {
  firstPaint: number;
  officeJsArrived: number;
  ready: number;
}

export async function benchPaneOpen(): Promise<void> {
  const dist = join(__dirname, "../dist");
  const gzipped = gzipSync(readFileSync(join(dist, "taskpane.js")), { level: 9 }).length;
  console.log(
    `task pane first JavaScript: ${(gzipped / 1000).toFixed(1)} KB gzipped (budget 150 KB)`
  );

  const officeJs = await serveOfficeJs(OFFICE_DOUBLE);
  const bed = await startPaneBed(officeJs.chromiumArgs);
  try {
    const loads: PaneTiming[] = [];
    for (let i = 0; i < LOADS; i++) {
      const page = await openPane(bed, { host: "Excel", apiVersion: "1.18" }, { served: true });
      await page.getByRole("heading", { name: "ตรวจแผนมาตรการ", exact: true }).waitFor();
      loads.push(
        await page.evaluate(() => {
          const office = performance
            .getEntriesByType("resource")
            .find((entry) => entry.name.endsWith("/office.js")) as PerformanceResourceTiming;
          return {
            firstPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
            officeJsArrived: office?.responseEnd ?? NaN,
            ready: performance.now(),
          };
        })
      );
      await page.close();
    }
    const median = (pick: (load: PaneTiming) => number) =>
      [...loads.map(pick)].sort((a, b) => a - b)[Math.floor(loads.length / 2)].toFixed(0);
    console.log(
      `first contentful paint (the page's "opening" text): median ${median((l) => l.firstPaint)} ms over ${LOADS} loads (goal < 300 ms)`
    );
    console.log(`  office.js received: median ${median((l) => l.officeJsArrived)} ms`);
    console.log(
      `  first paint after office.js was received: median ${median((l) => l.firstPaint - l.officeJsArrived)} ms`
    );
    console.log(`pane interactive (plan panel shown): median ${median((l) => l.ready)} ms`);
    // The machine may be shared: figures under load are slower, and say so.
    console.log(`  load average while measured: ${loadavg()[0].toFixed(1)}`);
  } finally {
    await bed.close();
    await officeJs.close();
  }
}
