// Opening and saving the zip packages .xlsx files are, with fflate. Compression is passed in: the
// command line gives Node's own zlib (four times faster than deflate in JavaScript on a report of
// 10,000 measures), the pane uses fflate's.
import { deflateSync, strFromU8, strToU8, unzipSync, Zip, ZipPassThrough } from "fflate";

export type PackageParts = Record<string, Uint8Array>;

/** Raw DEFLATE (no zlib or gzip header) of a whole part. */
export type Deflate = (data: Uint8Array) => Uint8Array<ArrayBuffer>;

export const deflateInJavaScript: Deflate = (data) => deflateSync(data);

/** The package's parts; with `only`, just the parts whose paths it accepts (the others are not
 * even decompressed). */
export function openPackage(bytes: Uint8Array, only?: (path: string) => boolean): PackageParts {
  return unzipSync(bytes, only && { filter: (file) => only(file.name) });
}

export function partText(parts: PackageParts, path: string): string | undefined {
  const part = parts[path];
  return part && strFromU8(part);
}

export function setPartText(parts: PackageParts, path: string, text: string): void {
  parts[path] = strToU8(text);
}

/** A part compressed by the given deflate; fflate's base class counts its size and CRC. */
class DeflatedPart extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly deflate: Deflate
  ) {
    super(filename);
    this.compression = 8;
  }

  // Each part is pushed whole, in one final chunk, so it is deflated in one piece.
  protected override process(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.ondata(null, this.deflate(chunk), final);
  }
}

export function savePackage(parts: PackageParts, deflate: Deflate): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [path, data] of Object.entries(parts)) {
    if (path.endsWith("/")) continue; // folders are implied by their parts' paths
    const part = new DeflatedPart(path, deflate);
    zip.add(part);
    part.push(data, true);
  }
  zip.end();
  if (failure) throw failure;
  return concatBytes(chunks);
}

export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.length), 0);
  return bytes;
}
