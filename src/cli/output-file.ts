// The files the commands write: never over their input, never over an existing file without
// --force, and never half-written. The bytes go to a temporary file created exclusively (O_EXCL)
// under a random short name in the output's folder, so a file or link planted there is never
// followed and a name at the file system's 255-byte limit still works; then it is published in
// one step: rename with --force, else link (which fails if the name exists, so two runs cannot
// both win) and unlink. A temporary file is removed on every error and on SIGINT/SIGTERM.
import { randomBytes } from "crypto";
import { constants, existsSync, rmSync, statSync } from "fs";
import { copyFile, link, open, rename, unlink } from "fs/promises";
import { dirname, join, resolve } from "path";
import { OutputError } from "./output-error";

/** Refuses an output that is one of the inputs, or that exists when --force was not given.
 * Checked before the work, to fail early; writeOutput enforces it again when publishing. */
export function checkOutput(output: string, inputs: readonly string[], force: boolean): void {
  if (inputs.some((input) => resolve(output) === resolve(input))) {
    throw new OutputError("sameAsInput", output);
  }
  // A folder is never replaced, --force or not.
  if (existsSync(output) && statSync(output).isDirectory()) {
    throw new OutputError("isFolder", output);
  }
  if (existsSync(output) && !force) throw new OutputError("exists", output);
}

// Temporary files and folders in use: removed if the process is interrupted.
const pending = new Set<string>();

function removePending(): void {
  for (const path of pending) rmSync(path, { recursive: true, force: true });
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePending();
  process.exit(signal === "SIGINT" ? 130 : 143);
}

/** Keeps a temporary path to remove on SIGINT/SIGTERM; forget() when it is gone or published. */
export function track(path: string): void {
  if (pending.size === 0) {
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
  }
  pending.add(path);
}

export function forget(path: string): void {
  pending.delete(path);
  if (pending.size === 0) {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

/** A new temporary file beside the output, created exclusively under a random name. */
export async function createTemporary(folder: string) {
  for (let attempt = 0; ; attempt++) {
    const path = join(folder, `.ita-${randomBytes(8).toString("hex")}.tmp`);
    try {
      const handle = await open(path, "wx", 0o666);
      track(path);
      return { path, handle };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt >= 4) throw error;
    }
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? "";
}

/** Moves a finished temporary file to its name: replacing only with force, atomically. */
export async function publish(temporary: string, output: string, force: boolean): Promise<void> {
  if (force) {
    await rename(temporary, output);
    return;
  }
  try {
    await link(temporary, output);
  } catch (error) {
    if (codeOf(error) === "EEXIST") throw new OutputError("exists", output);
    // File systems without hard links (FAT, some network shares): an exclusive copy instead.
    if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EMLINK"].includes(codeOf(error)))
      throw error;
    try {
      await copyFile(temporary, output, constants.COPYFILE_EXCL);
    } catch (copyError) {
      if (codeOf(copyError) === "EEXIST") throw new OutputError("exists", output);
      await unlink(output).catch(() => undefined); // only ever ours: the copy was exclusive
      throw copyError;
    }
  }
  await unlink(temporary);
}

/** The write's failure as the user's message: the file and the system's short code. */
export function unwritable(output: string, error: unknown): OutputError {
  if (error instanceof OutputError) return error;
  const code = codeOf(error);
  return new OutputError("unwritable", code ? `${output} (${code})` : output);
}

export async function writeOutput(
  output: string,
  bytes: Uint8Array,
  force: boolean
): Promise<void> {
  let temporary: string | undefined;
  try {
    const created = await createTemporary(dirname(output));
    temporary = created.path;
    try {
      await created.handle.writeFile(bytes);
    } finally {
      await created.handle.close();
    }
    await publish(temporary, output, force);
  } catch (error) {
    // Failing to remove the temporary file (or there being none) must not hide the write's error.
    if (temporary) await unlink(temporary).catch(() => undefined);
    throw unwritable(output, error);
  } finally {
    if (temporary) forget(temporary);
  }
}
