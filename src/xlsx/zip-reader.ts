// Reading the zip container of an untrusted .xlsx file. Why not fflate's unzipSync (still used for
// the packages the commands write themselves): it trusts the central directory's sizes, checks no
// CRC, lets a later duplicate name win and inflates parts with no bound. Here the directory is
// checked whole before anything is inflated (names unique, entries inside the file and not
// overlapping), a part is inflated only when asked for (the reader asks only for parts reached
// through the package relationships), its size is bounded while inflating (zlib's
// maxOutputLength), and its length and CRC-32 must match the directory.
import { crc32, inflateRawSync } from "zlib";
import { LimitError, LIMITS } from "./limits";

/** The container is not a well-formed zip, or a part fails its checks. */
export class ZipError extends Error {
  constructor(
    readonly kind: "damaged" | "encrypted",
    readonly part = ""
  ) {
    super(`zip ${kind} ${part}`);
    this.name = "ZipError";
  }
}

interface Entry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  dataStart: number;
}

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_LENGTH = 22;
const UTF8 = new TextDecoder("utf-8", { fatal: true });

function endRecordAt(bytes: Buffer): number {
  // The end record is the last 22 bytes, or earlier by a comment of at most 65,535 bytes.
  const lowest = Math.max(0, bytes.length - END_LENGTH - 0xffff);
  for (let at = bytes.length - END_LENGTH; at >= lowest; at--) {
    if (
      bytes.readUInt32LE(at) === END_SIGNATURE &&
      at + END_LENGTH + bytes.readUInt16LE(at + 20) === bytes.length
    ) {
      return at;
    }
  }
  throw new ZipError("damaged");
}

function nameAt(bytes: Buffer, start: number, length: number): string {
  try {
    return UTF8.decode(bytes.subarray(start, start + length));
  } catch {
    throw new ZipError("damaged");
  }
}

/** The central directory's entries, checked against each other and their local headers. */
function entriesOf(bytes: Buffer): Map<string, Entry> {
  const end = endRecordAt(bytes);
  const count = bytes.readUInt16LE(end + 10);
  const directorySize = bytes.readUInt32LE(end + 12);
  const directoryStart = bytes.readUInt32LE(end + 16);
  // Split archives and ZIP64 (0xFFFF / 0xFFFFFFFF markers) are not what Excel writes.
  if (bytes.readUInt16LE(end + 4) !== 0 || bytes.readUInt16LE(end + 8) !== count) {
    throw new ZipError("damaged");
  }
  if (count > LIMITS.entries) throw new LimitError("entries");
  if (directoryStart + directorySize > end) throw new ZipError("damaged");
  const entries = new Map<string, Entry>();
  const spans: [number, number][] = [];
  let at = directoryStart;
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE)
      throw new ZipError("damaged");
    const flags = bytes.readUInt16LE(at + 8);
    const nameLength = bytes.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (next > end) throw new ZipError("damaged");
    const name = nameAt(bytes, at + 46, nameLength);
    if (flags & 1) throw new ZipError("encrypted", name);
    const local = bytes.readUInt32LE(at + 42);
    const entry: Entry = {
      name,
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      dataStart: 0,
    };
    if (local + 30 > directoryStart || bytes.readUInt32LE(local) !== LOCAL_SIGNATURE) {
      throw new ZipError("damaged", name);
    }
    const localName = bytes.readUInt16LE(local + 26);
    entry.dataStart = local + 30 + localName + bytes.readUInt16LE(local + 28);
    if (nameAt(bytes, local + 30, localName) !== name) throw new ZipError("damaged", name);
    if (entry.dataStart + entry.compressedSize > directoryStart)
      throw new ZipError("damaged", name);
    // Part names are compared without case in a package (OPC), so "A.xml" and "a.xml" clash.
    const key = name.toLowerCase();
    if (entries.has(key)) throw new ZipError("damaged", name);
    entries.set(key, entry);
    spans.push([local, entry.dataStart + entry.compressedSize]);
    at = next;
  }
  spans.sort((a, b) => a[0] - b[0]);
  for (let index = 1; index < spans.length; index++) {
    if (spans[index][0] < spans[index - 1][1]) throw new ZipError("damaged");
  }
  return entries;
}

/** An opened zip: parts inflated one at a time, on request, within LIMITS. */
export class ZipReader {
  private readonly entries: Map<string, Entry>;
  private inflated = 0;

  constructor(private readonly bytes: Buffer) {
    if (bytes.length < END_LENGTH) throw new ZipError("damaged");
    this.entries = entriesOf(bytes);
  }

  has(path: string): boolean {
    return this.entries.has(path.toLowerCase());
  }

  /** A part's bytes, or undefined when the package has no such part. */
  read(path: string): Buffer | undefined {
    const entry = this.entries.get(path.toLowerCase());
    if (!entry) return undefined;
    const stored = this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    const left = LIMITS.totalBytes - this.inflated;
    const limit = left < LIMITS.partBytes ? "totalBytes" : "partBytes";
    let data: Buffer;
    if (entry.method === 0) {
      data = stored;
    } else if (entry.method === 8) {
      try {
        data = inflateRawSync(stored, {
          maxOutputLength: Math.max(1, Math.min(left, LIMITS.partBytes)),
        });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
          throw new LimitError(limit);
        throw new ZipError("damaged", entry.name);
      }
    } else {
      throw new ZipError("damaged", entry.name);
    }
    if (data.length > Math.min(left, LIMITS.partBytes)) throw new LimitError(limit);
    if (data.length !== entry.size || crc32(data) !== entry.crc)
      throw new ZipError("damaged", entry.name);
    this.inflated += data.length;
    return data;
  }
}
