// PDF through LibreOffice, when it is installed: the command line's way to the printed page.
// LibreOffice writes into a private temporary folder beside the PDF; the result must be a PDF
// (its header and end marker) before it is published under the no-overwrite rule of output-file.
import { execFileSync } from "child_process";
import { mkdtemp, open } from "fs/promises";
import { basename, dirname, extname, join } from "path";
import { OutputError } from "./output-error";
import { forget, publish, track, unwritable } from "./output-file";
import { rmSync } from "fs";

/** Where the PDF of a file goes: beside it, its extension replaced. */
export function pdfPathOf(file: string): string {
  return join(dirname(file), `${basename(file, extname(file))}.pdf`);
}

/** Whether a file is a whole PDF: "%PDF-" at the start and "%%EOF" near the end. */
export async function isPdf(path: string): Promise<boolean> {
  const handle = await open(path, "r").catch(() => undefined);
  if (!handle) return false;
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return false;
    const { size } = stat;
    const head = Buffer.alloc(5);
    const tail = Buffer.alloc(Math.min(size, 1024));
    await handle.read(head, 0, 5, 0);
    await handle.read(tail, 0, tail.length, size - tail.length);
    return head.toString("latin1") === "%PDF-" && tail.toString("latin1").includes("%%EOF");
  } finally {
    await handle.close();
  }
}

/** Converts a written file to its PDF beside it; returns the PDF's path. */
export async function convertToPdf(file: string, force: boolean): Promise<string> {
  const pdf = pdfPathOf(file);
  let folder: string | undefined;
  try {
    folder = await mkdtemp(join(dirname(pdf), ".ita-pdf-"));
    track(folder);
    try {
      execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", folder, file], {
        stdio: "ignore",
        timeout: 300_000,
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") {
        throw new OutputError("noLibreOffice", file);
      }
    }
    const produced = join(folder, basename(pdf));
    // LibreOffice exits 0 even when it wrote nothing: the PDF itself is the proof.
    if (!(await isPdf(produced))) throw new OutputError("unwritable", pdf);
    await publish(produced, pdf, force);
    return pdf;
  } catch (error) {
    throw unwritable(pdf, error);
  } finally {
    if (folder) {
      rmSync(folder, { recursive: true, force: true });
      forget(folder);
    }
  }
}
