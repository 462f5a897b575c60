// Writing the zip package an .xlsx file is, part by part, each part deflated as its text is
// produced: a report of 100,000 measures never holds its sheet's XML whole, only the compressed
// bytes. fflate frames the zip (sizes, CRCs); compression is passed in, so the command line uses
// Node's zlib (four times faster than deflate in JavaScript, and its CRC-32 ten times faster than
// fflate's) and the pane fflate's.
import { Deflate, Zip, ZipInputFile, ZipPassThrough } from "fflate";
import type { StoredPart } from "./zip-reader";

/** A raw DEFLATE stream (no zlib or gzip header): chunks pushed in order, the last one final;
 * each call of `onData` gives the compressed bytes so far. */
export interface DeflateStream {
  push(chunk: Uint8Array, final: boolean): void;
}

/** How a part's bytes are compressed and checked. */
export interface PartCoding {
  deflate(onData: (data: Uint8Array, final: boolean) => void): DeflateStream;
  /** The CRC-32 of `data` continued from `value` (0 to start), as zlib.crc32 computes it;
   * without it, fflate's own. */
  crc32?(data: Uint8Array, value: number): number;
}

export const deflateInJavaScript: PartCoding = {
  deflate(onData) {
    const deflate = new Deflate((data, final) => onData(data, final));
    return { push: (chunk, final) => deflate.push(chunk, final) };
  },
};

/** A part compressed as it is pushed; its size and CRC counted by fflate's base class, or here
 * with the coding's CRC-32. */
class DeflatedPart extends ZipPassThrough {
  private readonly stream: DeflateStream;
  private checksum = 0;

  constructor(
    filename: string,
    private readonly coding: PartCoding
  ) {
    super(filename);
    this.compression = 8;
    this.stream = coding.deflate((data, final) =>
      this.ondata(null, data as Uint8Array<ArrayBuffer>, final)
    );
  }

  override push(chunk: Uint8Array, final = false): void {
    const { crc32 } = this.coding;
    if (!crc32) return super.push(chunk, final);
    this.checksum = crc32(chunk, this.checksum);
    this.size += chunk.length;
    // fflate writes the size and CRC when the final chunk comes through (its ZipInputFile docs).
    if (final) this.crc = this.checksum;
    this.process(chunk as Uint8Array<ArrayBuffer>, final);
  }

  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.stream.push(chunk, final);
  }
}

// Text is encoded into a buffer of this many bytes and compressed a buffer at a time: large
// enough for DEFLATE to find repeats across rows, small enough to keep memory flat. Pieces are
// encoded straight into it (never joined into one long string first).
const BUFFER_BYTES = 1 << 20;

export class PackageWriter {
  private readonly chunks: Uint8Array[] = [];
  private failure: Error | null = null;
  private readonly zip = new Zip((error, chunk) => {
    if (error) this.failure = error;
    else this.chunks.push(chunk);
  });
  private readonly encoder = new TextEncoder();
  private readonly buffer = new Uint8Array(BUFFER_BYTES);

  constructor(private readonly coding: PartCoding) {}

  /** A part from its text, given whole or as pieces in order. */
  add(path: string, text: string | Iterable<string>): void {
    const part = new DeflatedPart(path, this.coding);
    this.zip.add(part);
    let used = 0;
    for (const piece of typeof text === "string" ? [text] : text) {
      // UTF-8 takes at most 3 bytes per UTF-16 unit.
      if (piece.length * 3 > BUFFER_BYTES - used) {
        if (used) part.push(this.buffer.slice(0, used), false);
        used = 0;
        if (piece.length * 3 > BUFFER_BYTES) {
          part.push(this.encoder.encode(piece), false);
          continue;
        }
      }
      used += this.encoder.encodeInto(piece, this.buffer.subarray(used)).written;
    }
    part.push(this.buffer.slice(0, used), true);
    if (this.failure) throw this.failure;
  }

  /** A part copied as another package stored it: its compressed bytes, CRC and size as they were
   * (fflate writes them in the data descriptor), never inflated or compressed again. */
  addStored(path: string, part: StoredPart): void {
    const file: ZipInputFile = {
      filename: path,
      compression: part.method,
      crc: part.crc,
      size: part.size,
    };
    this.zip.add(file);
    file.ondata!(null, part.bytes as Uint8Array<ArrayBuffer>, true);
    if (this.failure) throw this.failure;
  }

  /** The package's bytes; no part may be added after. */
  finish(): Uint8Array {
    this.zip.end();
    if (this.failure) throw this.failure;
    return concatBytes(this.chunks);
  }
}

export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.length), 0);
  return bytes;
}
