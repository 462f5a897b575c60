// A part's bytes as text: UTF-8, or UTF-16 when it starts with that byte-order mark (both are
// XML's own encodings, and Excel reads both); bytes that are not text make the part damaged.
// A large part (a plan's sheet, its shared strings) is decoded chunk by chunk as it is inflated
// (TextDecoder's stream mode keeps a character split between chunks for the next one), so its
// text is never held whole.
import { XmlError } from "./xml-reader";

// TextDecoder's instances (the command line's build knows TextDecoder only as Node's global value).
type Decoder = InstanceType<typeof TextDecoder>;

function decoderFor(bytes: Uint8Array): Decoder {
  const label =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : "utf-8";
  return new TextDecoder(label, { fatal: true });
}

function decoded(decoder: Decoder, bytes: Uint8Array, stream: boolean): string {
  try {
    return decoder.decode(bytes, { stream });
  } catch {
    throw new XmlError("encoding");
  }
}

/** A whole part's text. */
export function partText(bytes: Uint8Array): string {
  return decoded(decoderFor(bytes), bytes, false);
}

/** Decodes a part pushed in chunks, handing on the text of each as it comes. */
export class PartTextDecoder {
  private decoder: Decoder | undefined;
  // The first bytes, until there are two to tell the byte-order mark by.
  private head: Uint8Array = new Uint8Array(0);

  constructor(private readonly onText: (text: string) => void) {}

  push(bytes: Uint8Array): void {
    if (!this.decoder) {
      const head = this.head.length === 0 ? bytes : new Uint8Array(this.head.length + bytes.length);
      if (head !== bytes) {
        head.set(this.head);
        head.set(bytes, this.head.length);
      }
      if (head.length < 2) {
        this.head = head;
        return;
      }
      this.decoder = decoderFor(head);
      bytes = head;
    }
    const text = decoded(this.decoder, bytes, true);
    if (text.length > 0) this.onText(text);
  }

  /** The part has ended: a character left incomplete is a fault. */
  end(): void {
    // A part of fewer than two bytes is decoded here, whole.
    const rest = this.decoder ? new Uint8Array(0) : this.head;
    this.decoder ??= decoderFor(this.head);
    const text = decoded(this.decoder, rest, false);
    if (text.length > 0) this.onText(text);
  }
}
