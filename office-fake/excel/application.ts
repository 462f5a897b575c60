import type { FakeRequestContext } from "./context";

/** context.application: the suspend calls only queue a marker, as they have no visible effect. */
export class FakeApplication {
  constructor(private readonly context: FakeRequestContext) {
    Object.preventExtensions(this);
  }

  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue("application.suspendApiCalculationUntilNextSync", null, () => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue("application.suspendScreenUpdatingUntilNextSync", null, () => undefined);
  }
}
