// Inflating a zip part's DEFLATE data, handed on chunk by chunk so a caller can count, check and
// consume the output as it comes. How it is inflated is the caller's choice: fflate's streaming
// Inflate here (the pane has no zlib); the command line passes Node's zlib (zlib-inflate.ts),
// several times faster. The compressed bytes are pushed a slice at a time: one push gives out at
// most what its slice inflates to (DEFLATE's ratio is at most 1032 to 1, about 17 MB for a 16 KB
// slice), which bounds how far a decompression bomb gets past the limit before it is stopped.
import { Inflate } from "fflate";

const INPUT_SLICE = 16 * 1024;

/** The compressed data is not a complete, valid DEFLATE stream. */
export class DamagedStreamError extends Error {
  constructor() {
    super("damaged DEFLATE stream");
    this.name = "DamagedStreamError";
  }
}

/** The output went past the most the caller allowed. */
export class PastLimitError extends Error {
  constructor() {
    super("inflated past the limit");
    this.name = "PastLimitError";
  }
}

/** Inflates raw DEFLATE data (no zlib or gzip header), handing each piece of output to
 * `onChunk` in order; throws PastLimitError once more than `maxBytes` came out, and throws on
 * unchanged what `onChunk` throws. */
export type InflateInChunks = (
  stored: Uint8Array,
  maxBytes: number,
  onChunk: (chunk: Uint8Array) => void
) => void;

export const inflateWithFflate: InflateInChunks = (stored, maxBytes, onChunk) => {
  // Even an empty part is one final block: no data at all is a truncated stream.
  if (stored.length === 0) throw new DamagedStreamError();
  let thrownByCaller: unknown = undefined;
  let size = 0;
  const inflate = new Inflate((chunk) => {
    if (chunk.length === 0) return;
    try {
      size += chunk.length;
      if (size > maxBytes) throw new PastLimitError();
      onChunk(chunk);
    } catch (error) {
      thrownByCaller = error;
      throw error;
    }
  });
  try {
    for (let at = 0; at < stored.length; at += INPUT_SLICE) {
      inflate.push(stored.subarray(at, at + INPUT_SLICE), at + INPUT_SLICE >= stored.length);
    }
  } catch (error) {
    if (error === thrownByCaller) throw error;
    throw new DamagedStreamError();
  }
};
