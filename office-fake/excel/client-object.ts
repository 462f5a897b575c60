// The base of every fake proxy object: property reads need load() and sync() first, as in Excel,
// and writes are queued operations applied at sync.
import type { FakeRequestContext } from "./context";
import { FakeExcelError, itemNotFound } from "./errors";

export interface PropertySpec<Target> {
  read: (target: Target) => unknown;
  write?: (target: Target, value: never) => void;
}

export type LoadArgument = string | string[] | { select?: string | string[] } | undefined;

function loadNames(argument: LoadArgument): string[] | undefined {
  if (argument === undefined) return undefined;
  if (typeof argument === "string") return argument.split(",").map((name) => name.trim());
  if (Array.isArray(argument)) return argument;
  if (argument.select === undefined) return undefined;
  return loadNames(argument.select);
}

export abstract class FakeClientObject<Target> {
  private readonly loadedValues = new Map<string, unknown>();
  private nullResolved: boolean | undefined = undefined;

  constructor(
    protected readonly context: FakeRequestContext,
    private readonly locate: () => Target | null,
    private readonly objectName: string,
    orNullObject = false
  ) {
    for (const [name, spec] of Object.entries(this.properties())) {
      Object.defineProperty(this, name, {
        enumerable: true,
        get: () => this.readLoaded(name),
        set: spec.write ? (value: unknown) => this.queueWrite(name, value) : undefined,
      });
    }
    if (orNullObject) {
      context.enqueue(`${objectName}.resolve`, null, () => {
        this.nullResolved = this.locate() === null;
      });
    }
  }

  /** Scalar properties: what load() can fetch and (where write is given) what can be set. */
  protected abstract properties(): Record<string, PropertySpec<Target>>;

  get isNullObject(): boolean {
    if (this.nullResolved === undefined) {
      throw new FakeExcelError(
        "PropertyNotLoaded",
        `${this.objectName}.isNullObject is not available before sync()`
      );
    }
    return this.nullResolved;
  }

  /** The object this proxy stands for; throws ItemNotFound as Excel does at sync. */
  protected target(): Target {
    const found = this.locate();
    if (found === null) throw itemNotFound(`${this.objectName} does not exist`);
    return found;
  }

  /** Runs an action on the target at the next sync. */
  protected queue(description: string, payload: unknown, apply: (target: Target) => void): void {
    this.context.enqueue(`${this.objectName}.${description}`, payload, () => apply(this.target()));
  }

  load(argument?: LoadArgument): this {
    const specs = this.properties();
    const names = loadNames(argument) ?? Object.keys(specs);
    const own: string[] = [];
    for (const name of names) {
      const [head, ...rest] = name.split("/");
      if (rest.length > 0) {
        const child = (this as unknown as Record<string, unknown>)[head];
        if (!(child instanceof FakeClientObject))
          throw new FakeExcelError("InvalidArgument", `Cannot load ${name}`);
        child.load(rest.join("/"));
      } else if (head in specs) {
        own.push(head);
      } else {
        throw new FakeExcelError(
          "PropertyNotLoaded",
          `${this.objectName} has no loadable property ${name}`
        );
      }
    }
    this.context.enqueue(`${this.objectName}.load`, own, () => this.loadNow(own));
    return this;
  }

  /** Snapshots properties at once; for collections whose items are loaded inside a sync. */
  loadNow(names: string[]): void {
    const specs = this.properties();
    const target = this.locate();
    if (target === null) {
      this.nullResolved = true;
      return;
    }
    const response: Record<string, unknown> = {};
    for (const name of names) {
      if (!(name in specs))
        throw new FakeExcelError("PropertyNotLoaded", `${this.objectName} has no property ${name}`);
      response[name] = clone(specs[name].read(target));
      this.loadedValues.set(name, response[name]);
    }
    this.context.respond(response);
  }

  private readLoaded(name: string): unknown {
    if (!this.loadedValues.has(name)) {
      throw new FakeExcelError(
        "PropertyNotLoaded",
        `The property '${name}' of ${this.objectName} is not available. Call load() and context.sync() first.`
      );
    }
    return this.loadedValues.get(name);
  }

  private queueWrite(name: string, value: unknown): void {
    const spec = this.properties()[name];
    const snapshot = clone(value);
    this.queue(`set ${name}`, snapshot, (target) =>
      (spec.write as (t: Target, v: unknown) => void)(target, snapshot)
    );
  }
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** The items of a collection, made and loaded at sync; reading them before throws like Excel. */
export class LoadedItems<Item extends { loadNow(names: string[]): void }> {
  private items?: Item[];

  constructor(
    private readonly context: FakeRequestContext,
    private readonly name: string,
    private readonly makeItems: () => Item[]
  ) {}

  load(argument?: string | string[]): void {
    const names = (typeof argument === "string" ? argument.split(",") : (argument ?? []))
      .map((n) => n.trim().replace(/^items\//, ""))
      .filter((n) => n.length > 0);
    this.context.enqueue(`${this.name}.load`, names, () => {
      const items = this.makeItems();
      for (const item of items) item.loadNow(names);
      this.items = items;
    });
  }

  get(): Item[] {
    if (!this.items)
      throw new FakeExcelError("PropertyNotLoaded", `${this.name}.items is not loaded`);
    return this.items;
  }
}
