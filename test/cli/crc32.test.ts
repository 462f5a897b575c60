// The reader's own CRC-32 (it runs in the pane, where there is no zlib) gives zlib's value, whole
// and carried on from one chunk to the next as an inflated part is checked.
import { randomBytes } from "crypto";
import { crc32 as zlibCrc32 } from "zlib";
import { crc32 } from "../../src/xlsx/crc32";

const INPUTS: [string, Uint8Array][] = [
  ["no bytes", new Uint8Array(0)],
  ["the check string 123456789", new TextEncoder().encode("123456789")],
  ["Thai text", new TextEncoder().encode("มาตรการส่งเสริมคุณธรรมและความโปร่งใส")],
  ["one byte of each value", Uint8Array.from({ length: 256 }, (_, index) => index)],
  ["100 KB of random bytes", randomBytes(100 * 1024)],
];

describe("crc32", () => {
  it("gives the standard check value for 123456789", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });

  it.each(INPUTS)("gives zlib's value for %s", (_, bytes) => {
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
  });

  it.each(INPUTS)("gives zlib's value for %s carried over chunks", (_, bytes) => {
    for (const size of [1, 7, 4096]) {
      let crc = 0;
      for (let at = 0; at < bytes.length; at += size)
        crc = crc32(bytes.subarray(at, at + size), crc);
      expect(crc).toBe(zlibCrc32(bytes));
    }
  });
});
