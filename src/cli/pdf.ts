// PDF through LibreOffice, when it is installed: the command line's way to the printed page.
import { execFileSync } from "child_process";
import { dirname } from "path";
import { OutputError } from "./output-file";

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
  return file.replace(/\.[^.]+$/, ".pdf");
}
