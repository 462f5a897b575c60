// Node's zlib as the command line's inflate for the .xlsx reader: 2 to 4 times faster than
// fflate's on the same parts (a decompression bomb of 100 MB: 0.25–0.4 s against 0.45–1.3 s).
// Node has no synchronous streaming inflate, so the part is inflated whole, within the limit
// (maxOutputLength stops zlib there), and handed on in pieces as fflate's would be.
import { inflateRawSync } from "zlib";
import { DamagedStreamError, InflateInChunks, PastLimitError } from "./inflated-part";

const PIECE = 64 * 1024;

export const inflateWithZlib: InflateInChunks = (stored, maxBytes, onChunk) => {
  let whole: Buffer;
  try {
    whole = inflateRawSync(stored, { maxOutputLength: Math.max(1, maxBytes) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
      throw new PastLimitError();
    throw new DamagedStreamError();
  }
  if (whole.length > maxBytes) throw new PastLimitError();
  for (let at = 0; at < whole.length; at += PIECE) onChunk(whole.subarray(at, at + PIECE));
};
