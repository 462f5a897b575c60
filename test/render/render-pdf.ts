// A workbook through LibreOffice to PDF, its pages kept as PNGs in artifacts/rendered to look at.
import { execFileSync } from "child_process";
import { mkdirSync, readdirSync, rmSync } from "fs";
import { basename, dirname, join } from "path";

export const ARTIFACTS = join(__dirname, "..", "..", "artifacts", "rendered");

export function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())![1]);
}

/** Converts the workbook; returns the PDF's path (beside the workbook). */
export function renderToPdf(xlsx: string, pngName?: string): string {
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dirname(xlsx), xlsx], {
    stdio: "ignore",
    timeout: 170_000,
  });
  const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
  if (pngName) {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const old of readdirSync(ARTIFACTS).filter((file) => file.startsWith(`${pngName}-`))) {
      rmSync(join(ARTIFACTS, old));
    }
    execFileSync("pdftoppm", ["-png", "-r", "70", pdf, join(ARTIFACTS, pngName)]);
  }
  return pdf;
}

export const nameOf = (file: string) => basename(file).replace(/\.\w+$/, "");
