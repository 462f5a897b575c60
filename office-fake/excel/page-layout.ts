import { FakeClientObject, PropertySpec } from "./client-object";
import type { FakeRequestContext } from "./context";
import { invalidArgument } from "./errors";
import { checkHeaderFooterLength } from "./header-footer";
import { PageLayoutModel, SheetModel } from "./model";
import { FakeRange } from "./range";

const ORIENTATIONS = ["Portrait", "Landscape"];
const PAPER_SIZES = ["A3", "A4", "A5", "Letter", "Legal"];

function printAddress(area: FakeRange | string): string {
  return typeof area === "string" ? area : "(range)";
}

export class FakePageLayout extends FakeClientObject<SheetModel> {
  declare orientation: Excel.PageLayout["orientation"];
  declare paperSize: Excel.PageLayout["paperSize"];
  declare centerHorizontally: Excel.PageLayout["centerHorizontally"];
  declare printGridlines: Excel.PageLayout["printGridlines"];
  declare topMargin: number;
  declare bottomMargin: number;
  declare leftMargin: number;
  declare rightMargin: number;
  declare headerMargin: number;
  declare footerMargin: number;
  declare zoom: Excel.PageLayout["zoom"];
  readonly headersFooters: { defaultForAllPages: Record<string, string> };

  constructor(context: FakeRequestContext, locate: () => SheetModel | null) {
    super(context, locate, "PageLayout");
    const queueHeaderFooter = (key: string, text: string) =>
      this.queue(`headersFooters.${key}`, text, (sheet) => {
        const sections = { ...sheet.pageLayout.headersFooters, [key]: text };
        checkHeaderFooterLength(sections, key.endsWith("Header") ? "Header" : "Footer");
        sheet.pageLayout.headersFooters[key] = text;
      });
    const keys = [
      "leftHeader",
      "centerHeader",
      "rightHeader",
      "leftFooter",
      "centerFooter",
      "rightFooter",
    ];
    const defaultForAllPages = {} as Record<string, string>;
    for (const key of keys) {
      Object.defineProperty(defaultForAllPages, key, {
        set: (text: string) => {
          queueHeaderFooter(key, text);
        },
      });
    }
    this.headersFooters = Object.freeze({ defaultForAllPages: Object.freeze(defaultForAllPages) });
    Object.preventExtensions(this);
  }

  protected properties(): Record<string, PropertySpec<SheetModel>> {
    const layout =
      (edit: (model: PageLayoutModel, value: never) => void) => (sheet: SheetModel, value: never) =>
        edit(sheet.pageLayout, value);
    const margin = (side: keyof PageLayoutModel["margins"]): PropertySpec<SheetModel> => ({
      read: (sheet) => sheet.pageLayout.margins[side],
      write: layout((model, value: number) => {
        if (!(value >= 0)) throw invalidArgument(`Margin ${value} is invalid`, "PageLayout");
        model.margins[side] = value;
      }),
    });
    return {
      orientation: {
        read: (sheet) => sheet.pageLayout.orientation,
        write: layout((model, value: string) => {
          if (!ORIENTATIONS.includes(value))
            throw invalidArgument(`Orientation ${value}`, "PageLayout.orientation");
          model.orientation = value;
        }),
      },
      paperSize: {
        read: (sheet) => sheet.pageLayout.paperSize,
        write: layout((model, value: string) => {
          if (!PAPER_SIZES.includes(value))
            throw invalidArgument(`Paper size ${value}`, "PageLayout.paperSize");
          model.paperSize = value;
        }),
      },
      centerHorizontally: {
        read: (sheet) => sheet.pageLayout.centerHorizontally,
        write: layout((model, value: boolean) => (model.centerHorizontally = value)),
      },
      printGridlines: {
        read: (sheet) => sheet.pageLayout.printGridlines,
        write: layout((model, value: boolean) => (model.printGridlines = value)),
      },
      topMargin: margin("top"),
      bottomMargin: margin("bottom"),
      leftMargin: margin("left"),
      rightMargin: margin("right"),
      headerMargin: margin("header"),
      footerMargin: margin("footer"),
      zoom: {
        read: (sheet) => sheet.pageLayout.zoom,
        write: layout((model, value: Excel.PageLayoutZoomOptions) => {
          if (
            value.scale !== undefined &&
            (value.horizontalFitToPages ?? value.verticalFitToPages) !== undefined
          ) {
            throw invalidArgument(
              "Zoom takes a scale or fit-to-pages, not both",
              "PageLayout.zoom"
            );
          }
          model.zoom = value;
        }),
      },
    };
  }

  setPrintArea(...[area]: Parameters<Excel.PageLayout["setPrintArea"]>): void {
    this.queueArea("printArea", area as FakeRange | string);
  }

  setPrintTitleRows(...[rows]: Parameters<Excel.PageLayout["setPrintTitleRows"]>): void {
    this.queueArea("printTitleRows", rows as FakeRange | string);
  }

  private queueArea(key: "printArea" | "printTitleRows", area: FakeRange | string): void {
    if (typeof area !== "string") area.load("address");
    this.queue(key, printAddress(area), (sheet) => {
      const address = typeof area === "string" ? area : area.address;
      sheet.pageLayout[key] = address;
    });
  }
}
