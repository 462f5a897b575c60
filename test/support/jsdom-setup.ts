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
