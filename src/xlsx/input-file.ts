// Reading an input file's bytes: a regular file only (a FIFO would block forever, /dev/zero never
// ends), its size checked against LIMITS.fileBytes on the opened descriptor before any byte is
// read, and no more than that size read (a file growing meanwhile is not followed). Why it cannot
// be opened is told apart: not there, not allowed, or another failure of the system. The only
// file access of the reader: xlsx-reader itself takes bytes, so the pane can use it too, and
// here in Node the parts are inflated by zlib.
import { constants } from "fs";
import { open } from "fs/promises";
import { LIMITS } from "./limits";
import { UnreadableFileError, UnreadableReason } from "./unreadable";
import { SpreadsheetFile, workbookFromBytes } from "./xlsx-reader";
import { inflateWithZlib } from "./zlib-inflate";

function openFailure(error: unknown): UnreadableReason {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return "missing";
  if (code === "EACCES" || code === "EPERM") return "denied";
  return "readFailed";
}

export async function readInputFile(path: string): Promise<Buffer> {
  let handle;
  try {
    // Non-blocking, so opening a FIFO with no writer returns at once instead of waiting.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new UnreadableFileError(openFailure(error), path);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new UnreadableFileError("notRegular", path);
    if (stat.size > LIMITS.fileBytes) throw new UnreadableFileError("tooLarge", path, "fileBytes");
    const bytes = Buffer.alloc(stat.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return bytes.subarray(0, filled);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError("readFailed", path);
  } finally {
    await handle.close();
  }
}

/** An .xlsx file on disk opened as a workbook. */
export async function loadWorkbook(path: string): Promise<SpreadsheetFile> {
  return workbookFromBytes(await readInputFile(path), path, inflateWithZlib);
}
