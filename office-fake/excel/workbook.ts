import { FakeClientObject, LoadedItems, PropertySpec } from "./client-object";
import type { FakeRequestContext } from "./context";
import { FakeExcelError, invalidArgument } from "./errors";
import { FakeKeyValueCollection } from "./key-values";
import { NamedItemModel } from "./model";
import { FakeRange } from "./range";
import { FakeTableCollection } from "./table";
import { FakeWorksheetCollection } from "./worksheet";
import { parseArea } from "../../src/domain/a1";

const NAME_PATTERN = /^[A-Za-z_\\\u0E00-\u0E7F][A-Za-z0-9_.\u0E00-\u0E7F]{0,254}$/;

class FakeNamedItem extends FakeClientObject<NamedItemModel> {
  declare name: string;
  declare formula: string;
  declare visible: boolean;

  constructor(
    context: FakeRequestContext,
    locate: () => NamedItemModel | null,
    orNullObject = false
  ) {
    super(context, locate, "NamedItem", orNullObject);
    Object.preventExtensions(this);
  }

  protected properties(): Record<string, PropertySpec<NamedItemModel>> {
    return {
      name: { read: (item) => item.name },
      formula: {
        read: (item) => item.formula,
        write: (item, formula: string) => (item.formula = formula),
      },
      visible: {
        read: (item) => item.visible,
        write: (item, visible: boolean) => (item.visible = visible),
      },
    };
  }

  delete(): void {
    this.queue("delete", null, (item) =>
      this.context.host.model.names.delete(item.name.toLowerCase())
    );
  }

  /** The range a name refers to, as Excel resolves =Sheet!$A$1:$B$2. */
  getRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const item = this.target();
      const match = /^=?(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(item.formula);
      const sheetName = (match?.[1]?.replace(/''/g, "'") ?? match?.[2]) || "";
      const sheet = this.context.host.model.sheets.find((s) => s.name === sheetName);
      const area = match ? parseArea(match[3]) : null;
      if (!sheet || !area) throw invalidArgument(`Name ${item.name} does not refer to a range`);
      return { sheet, area };
    });
  }
}

class FakeNamedItemCollection {
  private readonly loaded: LoadedItems<FakeNamedItem>;

  constructor(private readonly context: FakeRequestContext) {
    this.loaded = new LoadedItems(context, "NamedItems", () =>
      [...context.host.model.names.keys()].map(
        (key) => new FakeNamedItem(context, this.locate(key))
      )
    );
    Object.preventExtensions(this);
  }

  private locate(name: string) {
    return () => this.context.host.model.names.get(name.toLowerCase()) ?? null;
  }

  add(...[name, reference, comment]: Parameters<Excel.NamedItemCollection["add"]>): FakeNamedItem {
    const range = typeof reference === "string" ? null : (reference as unknown as FakeRange);
    range?.load("address");
    this.context.enqueue("NamedItems.add", { name, comment }, () => {
      const model = this.context.host.model;
      if (!NAME_PATTERN.test(name))
        throw invalidArgument(`"${name}" is not a valid name`, "NamedItems.add");
      if (
        model.names.has(name.toLowerCase()) ||
        model.tables.some((t) => t.name.toLowerCase() === name.toLowerCase())
      ) {
        throw new FakeExcelError("ItemAlreadyExists", `The name "${name}" already exists`);
      }
      const formula = range ? `=${range.address}` : String(reference);
      model.names.set(name.toLowerCase(), { name, formula, visible: true });
    });
    return new FakeNamedItem(this.context, this.locate(name));
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, this.locate(name));
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, this.locate(name), true);
  }

  load(names?: string | string[]): this {
    this.loaded.load(names ?? ["name", "formula"]);
    return this;
  }

  get items(): FakeNamedItem[] {
    return this.loaded.get();
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly settings: FakeKeyValueCollection;

  constructor(private readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, null);
    this.names = new FakeNamedItemCollection(context);
    this.settings = new FakeKeyValueCollection(
      context,
      () => context.host.model.settings,
      "Setting",
      false
    );
    Object.preventExtensions(this);
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheetId, address } = this.context.host.model.selection;
      const sheet = this.context.host.model.sheets.find((s) => s.id === sheetId);
      const area = parseArea(address);
      return sheet && area ? { sheet, area } : null;
    });
  }
}
