import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one. The real browser
// tests run the real thing; here an observer that never reports is enough.
class SilentResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (!("ResizeObserver" in window)) {
  Object.assign(window, { ResizeObserver: SilentResizeObserver });
}

// jsdom has no TextEncoder/TextDecoder (every browser the pane runs in has them): Node's own.
if (!("TextDecoder" in window)) {
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });
}
