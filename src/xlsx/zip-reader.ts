// Reading the zip container of an untrusted .xlsx file. Why not fflate's unzipSync (still used for
// the packages the commands write themselves): it trusts the central directory's sizes, checks no
// CRC, lets a later duplicate name win and inflates parts with no bound. Here the directory is
// checked whole before anything is inflated (names unique, entries inside the file and not
// overlapping), a part is inflated only when asked for (the reader asks only for parts reached
// through the package relationships), its size is bounded while inflating (counted chunk by
// chunk), and its length and CRC-32 must match the directory. No Node module: the pane reads
// files with it too, so bytes are a Uint8Array read through a DataView and the inflate is the
// caller's (fflate's unless the command line passes zlib's). ZIP64 records are read
// (APPNOTE 4.3.14-4.3.16, 4.5.3): writers in an "always ZIP64" mode use them for small files too
// and Excel opens those; the values they give are held to the same checks and limits.
import { crc32 } from "./crc32";
import {
  DamagedStreamError,
  InflateInChunks,
  inflateWithFflate,
  PastLimitError,
} from "./inflated-part";
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
// A stored (uncompressed) part is handed on in pieces of this size, as an inflated one is.
const STORED_CHUNK = 64 * 1024;

/** The file's bytes with the little-endian reads a zip's records need. */
class Bytes {
  private readonly view: DataView;

  constructor(readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  get length(): number {
    return this.data.length;
  }

  u16(at: number): number {
    return this.view.getUint16(at, true);
  }

  u32(at: number): number {
    return this.view.getUint32(at, true);
  }

  u64(at: number): bigint {
    return this.view.getBigUint64(at, true);
  }
}

function endRecordAt(bytes: Bytes): number {
  // The end record is the last 22 bytes, or earlier by a comment of at most 65,535 bytes.
  const lowest = Math.max(0, bytes.length - END_LENGTH - 0xffff);
  for (let at = bytes.length - END_LENGTH; at >= lowest; at--) {
    if (bytes.u32(at) === END_SIGNATURE && at + END_LENGTH + bytes.u16(at + 20) === bytes.length) {
      return at;
    }
  }
  throw new ZipError("damaged");
}

function nameAt(bytes: Bytes, start: number, length: number): string {
  try {
    return UTF8.decode(bytes.data.subarray(start, start + length));
  } catch {
    throw new ZipError("damaged");
  }
}

/** An 8-byte value of at most `max` (by default the file's length: an offset or a stored size). */
function value64(bytes: Bytes, at: number, max = bytes.length): number {
  const value = bytes.u64(at);
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
function directoryOf(bytes: Bytes): Directory {
  const end = endRecordAt(bytes);
  const locator = end - LOCATOR_LENGTH;
  if (locator >= 0 && bytes.u32(locator) === ZIP64_LOCATOR_SIGNATURE) {
    const record = value64(bytes, locator + 8);
    if (
      bytes.u32(locator + 4) !== 0 ||
      bytes.u32(locator + 16) !== 1 ||
      record + 56 > locator ||
      bytes.u32(record) !== ZIP64_END_SIGNATURE ||
      bytes.u32(record + 16) !== 0 ||
      bytes.u32(record + 20) !== 0 ||
      bytes.u64(record + 24) !== bytes.u64(record + 32)
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
  const count = bytes.u16(end + 10);
  const size = bytes.u32(end + 12);
  const start = bytes.u32(end + 16);
  // Markers with no ZIP64 record to give the values: damaged.
  if (count === MARK16 || size === MARK32 || start === MARK32) throw new ZipError("damaged");
  if (bytes.u16(end + 4) !== 0 || bytes.u16(end + 8) !== count) {
    throw new ZipError("damaged");
  }
  return { count, size, start, limit: end };
}

/** A central entry's sizes and local header offset: those marked 0xFFFFFFFF come, in this
 * order, from its ZIP64 extra field (APPNOTE 4.5.3). */
function sizesOf(bytes: Bytes, at: number, extraStart: number, extraEnd: number) {
  const fields = [at + 24, at + 20, at + 42].map((field) => bytes.u32(field));
  if (!fields.includes(MARK32)) return fields;
  let extra = extraStart;
  while (extra + 4 <= extraEnd && bytes.u16(extra) !== ZIP64_EXTRA_ID) {
    extra += 4 + bytes.u16(extra + 2);
  }
  if (extra + 4 > extraEnd) throw new ZipError("damaged");
  const valuesEnd = extra + 4 + bytes.u16(extra + 2);
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
function entriesOf(bytes: Bytes): Map<string, Entry> {
  const { count, size: directorySize, start: directoryStart, limit } = directoryOf(bytes);
  if (count > LIMITS.entries) throw new LimitError("entries");
  if (directoryStart + directorySize > limit) throw new ZipError("damaged");
  const end = limit;
  const entries = new Map<string, Entry>();
  const spans: [number, number][] = [];
  let at = directoryStart;
  for (let index = 0; index < count; index++) {
    if (at + 46 > end || bytes.u32(at) !== CENTRAL_SIGNATURE) throw new ZipError("damaged");
    const flags = bytes.u16(at + 8);
    const nameLength = bytes.u16(at + 28);
    const extraStart = at + 46 + nameLength;
    const extraEnd = extraStart + bytes.u16(at + 30);
    const next = extraEnd + bytes.u16(at + 32);
    if (next > end) throw new ZipError("damaged");
    const name = nameAt(bytes, at + 46, nameLength);
    if (flags & 1) throw new ZipError("encrypted", name);
    const [size, compressedSize, local] = sizesOf(bytes, at, extraStart, extraEnd);
    const entry: Entry = {
      name,
      method: bytes.u16(at + 10),
      crc: bytes.u32(at + 16),
      compressedSize,
      size,
      dataStart: 0,
    };
    if (local + 30 > directoryStart || bytes.u32(local) !== LOCAL_SIGNATURE) {
      throw new ZipError("damaged", name);
    }
    const localName = bytes.u16(local + 26);
    entry.dataStart = local + 30 + localName + bytes.u16(local + 28);
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
  private readonly bytes: Bytes;
  private readonly entries: Map<string, Entry>;
  private inflated = 0;

  constructor(
    data: Uint8Array,
    private readonly inflate: InflateInChunks = inflateWithFflate
  ) {
    this.bytes = new Bytes(data);
    if (data.length < END_LENGTH) throw new ZipError("damaged");
    this.entries = entriesOf(this.bytes);
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
    return {
      method,
      crc,
      size,
      bytes: this.bytes.data.subarray(dataStart, dataStart + compressedSize),
    };
  }

  /** A part's bytes handed to `onChunk` piece by piece as they are inflated, counted against
   * the limits as they come, their length and CRC-32 checked against the directory at the end
   * (so a caller keeps what it made of the pieces only when this returns); false when the
   * package has no such part. */
  readInChunks(path: string, onChunk: (chunk: Uint8Array) => void): boolean {
    const entry = this.entries.get(path.toLowerCase());
    if (!entry) return false;
    const stored = this.bytes.data.subarray(
      entry.dataStart,
      entry.dataStart + entry.compressedSize
    );
    const left = LIMITS.totalBytes - this.inflated;
    const limit = left < LIMITS.partBytes ? "totalBytes" : "partBytes";
    const allowed = Math.min(left, LIMITS.partBytes);
    let size = 0;
    let crc = 0;
    const take = (chunk: Uint8Array) => {
      size += chunk.length;
      crc = crc32(chunk, crc);
      onChunk(chunk);
    };
    if (entry.method === 0) {
      if (stored.length > allowed) throw new LimitError(limit);
      for (let at = 0; at < stored.length; at += STORED_CHUNK) {
        take(stored.subarray(at, at + STORED_CHUNK));
      }
    } else if (entry.method === 8) {
      try {
        this.inflate(stored, allowed, take);
      } catch (error) {
        if (error instanceof PastLimitError) throw new LimitError(limit);
        if (error instanceof DamagedStreamError) throw new ZipError("damaged", entry.name);
        throw error;
      }
    } else {
      throw new ZipError("damaged", entry.name);
    }
    if (size !== entry.size || crc !== entry.crc) throw new ZipError("damaged", entry.name);
    this.inflated += size;
    return true;
  }

  /** A part's bytes whole, or undefined when the package has no such part. */
  read(path: string): Uint8Array | undefined {
    const chunks: Uint8Array[] = [];
    if (!this.readInChunks(path, (chunk) => chunks.push(chunk))) return undefined;
    if (chunks.length === 1) return chunks[0];
    const whole = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    let at = 0;
    for (const chunk of chunks) {
      whole.set(chunk, at);
      at += chunk.length;
    }
    return whole;
  }
}
