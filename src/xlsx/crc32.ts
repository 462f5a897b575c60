// The CRC-32 a zip entry records (APPNOTE 4.4.7: polynomial 0xEDB88320, reflected, initial and
// final value 0xFFFFFFFF). Node's zlib has one, but the reader also runs in the pane, where there
// is no zlib. Table-driven, eight bytes a step ("slicing-by-8": TABLES[k] is the CRC of a byte
// followed by k zero bytes), several times faster than a byte a step on a part of 100 MB. A part
// inflated in chunks is checked chunk by chunk: `crc32(next, crc32(first))` carries the value on.

const TABLES: Uint32Array[] = [
  new Uint32Array(256).map((_, index) => {
    let value = index;
    for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
    return value;
  }),
];
for (let k = 1; k < 8; k++) {
  const previous = TABLES[k - 1];
  TABLES.push(previous.map((value) => TABLES[0][value & 0xff] ^ (value >>> 8)));
}
const [T0, T1, T2, T3, T4, T5, T6, T7] = TABLES;

/** The CRC-32 of `bytes`, continuing from `previous` (the CRC-32 of the bytes before them). */
export function crc32(bytes: Uint8Array, previous = 0): number {
  let crc = ~previous;
  let index = 0;
  for (const whole = bytes.length - (bytes.length % 8); index < whole; index += 8) {
    const low =
      crc ^
      (bytes[index] |
        (bytes[index + 1] << 8) |
        (bytes[index + 2] << 16) |
        (bytes[index + 3] << 24));
    crc =
      T7[low & 0xff] ^
      T6[(low >>> 8) & 0xff] ^
      T5[(low >>> 16) & 0xff] ^
      T4[low >>> 24] ^
      T3[bytes[index + 4]] ^
      T2[bytes[index + 5]] ^
      T1[bytes[index + 6]] ^
      T0[bytes[index + 7]];
  }
  for (; index < bytes.length; index++) crc = T0[(crc ^ bytes[index]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}
