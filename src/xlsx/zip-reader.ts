// Reading the zip container of an untrusted .xlsx file. Why not fflate's unzipSync (still used for
// the packages the commands write themselves): it trusts the central directory's sizes, checks no
// CRC, lets a later duplicate name win and inflates parts with no bound. Here the directory is
// checked whole before anything is inflated (names unique, entries inside the file and not
// overlapping), a part is inflated only when asked for (the reader asks only for parts reached
// through the package relationships), its size is bounded while inflating (zlib's
// maxOutputLength), and its length and CRC-32 must match the directory. ZIP64 records are read
// (APPNOTE 4.3.14-4.3.16, 4.5.3): writers in an "always ZIP64" mode use them for small files too
// and Excel opens those; the values they give are held to the same checks and limits.
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
const ZIP64_END_SIGNATURE = 0x06064b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EXTRA_ID = 0x0001;
const END_LENGTH = 22;
const LOCATOR_LENGTH = 20;
const MARK16 = 0xffff;
const MARK32 = 0xffffffff;
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

/** An 8-byte value of at most `max` (by default the file's length: an offset or a stored size). */
function value64(bytes: Buffer, at: number, max = bytes.length): number {
  const value = bytes.readBigUInt64LE(at);
  if (value > BigInt(max)) throw new ZipError("damaged");
  return Number(value);
}

interface Directory {
  count: number;
  start: number;
  size: number;
  /** Where the directory must end: the ZIP64 end record, else the end record. */
  limit: number;
}

/** Where the central directory is and how many entries it holds, from the end record or, when
 * a ZIP64 locator precedes it, from the ZIP64 end record. Split archives are refused. */
function directoryOf(bytes: Buffer): Directory {
  const end = endRecordAt(bytes);
  const locator = end - LOCATOR_LENGTH;
  if (locator >= 0 && bytes.readUInt32LE(locator) === ZIP64_LOCATOR_SIGNATURE) {
    const record = value64(bytes, locator + 8);
    if (
      bytes.readUInt32LE(locator + 4) !== 0 ||
      bytes.readUInt32LE(locator + 16) !== 1 ||
      record + 56 > locator ||
      bytes.readUInt32LE(record) !== ZIP64_END_SIGNATURE ||
      bytes.readUInt32LE(record + 16) !== 0 ||
      bytes.readUInt32LE(record + 20) !== 0 ||
      bytes.readBigUInt64LE(record + 24) !== bytes.readBigUInt64LE(record + 32)
    ) {
      throw new ZipError("damaged");
    }
    const count = value64(bytes, record + 32);
    return {
      count,
      size: value64(bytes, record + 40),
      start: value64(bytes, record + 48),
      limit: record,
    };
  }
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const start = bytes.readUInt32LE(end + 16);
  // Markers with no ZIP64 record to give the values: damaged.
  if (count === MARK16 || size === MARK32 || start === MARK32) throw new ZipError("damaged");
  if (bytes.readUInt16LE(end + 4) !== 0 || bytes.readUInt16LE(end + 8) !== count) {
    throw new ZipError("damaged");
  }
  return { count, size, start, limit: end };
}

/** A central entry's sizes and local header offset: those marked 0xFFFFFFFF come, in this
 * order, from its ZIP64 extra field (APPNOTE 4.5.3). */
function sizesOf(bytes: Buffer, at: number, extraStart: number, extraEnd: number) {
  const fields = [at + 24, at + 20, at + 42].map((field) => bytes.readUInt32LE(field));
  if (!fields.includes(MARK32)) return fields;
  let extra = extraStart;
  while (extra + 4 <= extraEnd && bytes.readUInt16LE(extra) !== ZIP64_EXTRA_ID) {
    extra += 4 + bytes.readUInt16LE(extra + 2);
  }
  if (extra + 4 > extraEnd) throw new ZipError("damaged");
  const valuesEnd = extra + 4 + bytes.readUInt16LE(extra + 2);
  if (valuesEnd > extraEnd) throw new ZipError("damaged");
  let next = extra + 4;
  return fields.map((field, index) => {
    if (field !== MARK32) return field;
    if (next + 8 > valuesEnd) throw new ZipError("damaged");
    next += 8;
    // The first is the inflated size, which the file's length does not bound (the limits do).
    return value64(bytes, next - 8, index === 0 ? Number.MAX_SAFE_INTEGER : bytes.length);
  });
}

/** The central directory's entries, checked against each other and their local headers. */
function entriesOf(bytes: Buffer): Map<string, Entry> {
  const { count, size: directorySize, start: directoryStart, limit } = directoryOf(bytes);
  if (count > LIMITS.entries) throw new LimitError("entries");
  if (directoryStart + directorySize > limit) throw new ZipError("damaged");
  const end = limit;
  const entries = new Map<string, Entry>();
  const spans: [number, number][] = [];
  let at = directoryStart;
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE)
      throw new ZipError("damaged");
    const flags = bytes.readUInt16LE(at + 8);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraStart = at + 46 + nameLength;
    const extraEnd = extraStart + bytes.readUInt16LE(at + 30);
    const next = extraEnd + bytes.readUInt16LE(at + 32);
    if (next > end) throw new ZipError("damaged");
    const name = nameAt(bytes, at + 46, nameLength);
    if (flags & 1) throw new ZipError("encrypted", name);
    const [size, compressedSize, local] = sizesOf(bytes, at, extraStart, extraEnd);
    const entry: Entry = {
      name,
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize,
      size,
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

/** A part as the zip stores it: its bytes still compressed (method 0 stored, 8 deflated). */
export interface StoredPart {
  method: 0 | 8;
  crc: number;
  size: number;
  bytes: Uint8Array;
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

  /** Every entry's name as the directory spells it, in the directory's order. */
  get names(): string[] {
    return [...this.entries.values()].map((entry) => entry.name);
  }

  /** A part as stored, for copying it unchanged into another package: nothing is inflated, so
   * parts the reader never needs (and may not be able to read) pass through as they came. */
  stored(path: string): StoredPart | undefined {
    const entry = this.entries.get(path.toLowerCase());
    if (!entry) return undefined;
    if (entry.method !== 0 && entry.method !== 8) throw new ZipError("damaged", entry.name);
    const { method, crc, size, dataStart, compressedSize } = entry;
    return { method, crc, size, bytes: this.bytes.subarray(dataStart, dataStart + compressedSize) };
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
