// Workbook settings and worksheet custom properties: both are key/value stores in the file.
// Custom property keys are case-insensitive and at most 255 characters (@types/office-js
// WorksheetCustomPropertyCollection.add: "It is case-insensitive. The key is limited to 255
// characters (larger values will cause an InvalidArgument error"); settings keys are not
// documented as case-insensitive and stay exact.
import { FakeClientObject, LoadedItems, PropertySpec } from "./client-object";
import type { FakeRequestContext } from "./context";
import { invalidArgument } from "./errors";

interface Entry {
  store: Map<string, unknown>;
  key: string;
}

export class FakeKeyValue extends FakeClientObject<Entry> {
  declare key: string;
  declare value: unknown;

  constructor(
    context: FakeRequestContext,
    locate: () => Entry | null,
    kind: string,
    orNullObject = false
  ) {
    super(context, locate, kind, orNullObject);
    Object.preventExtensions(this);
  }

  protected properties(): Record<string, PropertySpec<Entry>> {
    return {
      key: { read: (entry) => entry.key },
      value: {
        read: (entry) => entry.store.get(entry.key),
        write: (entry, value: unknown) => entry.store.set(entry.key, value),
      },
    };
  }

  delete(): void {
    this.queue("delete", null, (entry) => entry.store.delete(entry.key));
  }
}

export class FakeKeyValueCollection {
  private readonly loaded: LoadedItems<FakeKeyValue>;

  constructor(
    private readonly context: FakeRequestContext,
    private readonly store: () => Map<string, unknown>,
    private readonly kind: string,
    /** Worksheet custom properties: string values, case-insensitive keys. */
    private readonly customProperties: boolean
  ) {
    this.loaded = new LoadedItems(context, kind, () =>
      [...store().keys()].map((key) => this.entry(key))
    );
    Object.preventExtensions(this);
  }

  /** The stored key `key` names: itself, or for custom properties the same key in any case. */
  private storedKey(store: Map<string, unknown>, key: string): string | undefined {
    if (store.has(key)) return key;
    if (!this.customProperties) return undefined;
    return [...store.keys()].find((stored) => stored.toLowerCase() === key.toLowerCase());
  }

  private locate(key: string): () => Entry | null {
    return () => {
      const store = this.store();
      const stored = this.storedKey(store, key);
      return stored === undefined ? null : { store, key: stored };
    };
  }

  private entry(key: string, orNull = false): FakeKeyValue {
    return new FakeKeyValue(this.context, this.locate(key), this.kind, orNull);
  }

  add(key: string, value: unknown): FakeKeyValue {
    this.context.enqueue(`${this.kind}.add`, { key, value }, () => {
      if (key.length === 0 || key.length > 255)
        throw invalidArgument(`Key "${key}" must have 1 to 255 characters`);
      if (this.customProperties && typeof value !== "string")
        throw invalidArgument(`${this.kind} values are strings`);
      const store = this.store();
      store.set(this.storedKey(store, key) ?? key, value);
    });
    return this.entry(key);
  }

  getItem(key: string): FakeKeyValue {
    return this.entry(key);
  }

  getItemOrNullObject(key: string): FakeKeyValue {
    return this.entry(key, true);
  }

  load(names?: string | string[]): this {
    this.loaded.load(names ?? ["key", "value"]);
    return this;
  }

  get items(): FakeKeyValue[] {
    return this.loaded.get();
  }
}
