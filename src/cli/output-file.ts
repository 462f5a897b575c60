// The files the commands write: never over their input, never over an existing file without
// --force, and never half-written: the bytes go to a temporary file beside the output, which
// then replaces it in one rename, so a failure leaves any earlier file as it was.
import { existsSync } from "fs";
import { rename, unlink, writeFile } from "fs/promises";
import { basename, dirname, join, resolve } from "path";

export class OutputError extends Error {
  constructor(
    readonly reason:
      "exists" | "sameAsInput" | "unwritable" | "badOption" | "needsOption" | "noLibreOffice",
    readonly detail: string
  ) {
    super(`${reason}: ${detail}`);
    this.name = "OutputError";
  }
}

/** Refuses an output that is one of the inputs, or that exists when --force was not given. */
export function checkOutput(output: string, inputs: readonly string[], force: boolean): void {
  if (inputs.some((input) => resolve(output) === resolve(input))) {
    throw new OutputError("sameAsInput", output);
  }
  if (existsSync(output) && !force) throw new OutputError("exists", output);
}

export async function writeOutput(output: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(output), `.${basename(output)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, output);
  } catch (error) {
    // A temporary file left half-written goes; failing to remove one (or there being none) must
    // not hide the write's own error.
    await unlink(temporary).catch(() => undefined);
    throw new OutputError(
      "unwritable",
      `${output} (${error instanceof Error ? error.message : error})`
    );
  }
}
