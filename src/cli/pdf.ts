// PDF through LibreOffice, when it is installed: the command line's way to the printed page.
import { execFileSync } from "child_process";
import { basename, dirname, extname, join } from "path";
import { OutputError } from "./output-file";

/** Where LibreOffice writes a file's PDF: beside it, its extension replaced. */
export function pdfPathOf(file: string): string {
  return join(dirname(file), `${basename(file, extname(file))}.pdf`);
}

/** Converts a file next to itself; returns the PDF's path. */
export function convertToPdf(file: string): string {
  try {
    execFileSync(
      "soffice",
      ["--headless", "--convert-to", "pdf", "--outdir", dirname(file), file],
      {
        stdio: "ignore",
        timeout: 300_000,
      }
    );
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    throw new OutputError(missing ? "noLibreOffice" : "unwritable", file);
  }
  return pdfPathOf(file);
}
