// Renders the add-in's icons (assets/*.png) from inline SVG with Debian's Chromium.
// Run once after changing the drawing: node scripts/make-icons.mjs
import { chromium } from "playwright-core";
import { writeFile } from "node:fs/promises";

const ticks = `<rect x="2" y="2" width="28" height="28" rx="5" fill="#0F6CBD"/>
  <path d="M8 16.5l4.5 4.5L24 9.5" fill="none" stroke="#fff" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/>`;
const report = `<rect x="5" y="2" width="22" height="28" rx="3" fill="#107C41"/>
  <rect x="9" y="17" width="3.5" height="8" fill="#fff"/><rect x="14.25" y="12" width="3.5" height="13" fill="#fff"/>
  <rect x="19.5" y="7" width="3.5" height="18" fill="#fff"/>`;
const icons = { icon: ticks, report };
const sizes = { icon: [16, 32, 64, 80, 128], report: [16, 32, 80] };

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
const page = await browser.newPage();
for (const [name, drawing] of Object.entries(icons)) {
  for (const size of sizes[name]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<body style="margin:0;background:transparent"><svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">${drawing}</svg></body>`
    );
    await writeFile(`assets/${name}-${size}.png`, await page.screenshot({ omitBackground: true }));
  }
}
await browser.close();
