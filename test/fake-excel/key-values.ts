// Workbook settings and worksheet custom properties: both are key/value stores in the file.
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
    private readonly stringsOnly: boolean
  ) {
    this.loaded = new LoadedItems(context, kind, () =>
      [...store().keys()].map((key) => this.entry(key))
    );
    Object.preventExtensions(this);
  }

  private locate(key: string): () => Entry | null {
    return () => {
      const store = this.store();
      return store.has(key) ? { store, key } : null;
    };
  }

  private entry(key: string, orNull = false): FakeKeyValue {
    return new FakeKeyValue(this.context, this.locate(key), this.kind, orNull);
  }

  add(key: string, value: unknown): FakeKeyValue {
    this.context.enqueue(`${this.kind}.add`, { key, value }, () => {
      if (key.length === 0 || key.length > 255)
        throw invalidArgument(`Key "${key}" must have 1 to 255 characters`);
      if (this.stringsOnly && typeof value !== "string")
        throw invalidArgument(`${this.kind} values are strings`);
      this.store().set(key, value);
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
