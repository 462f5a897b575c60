// The cell styles a report uses, numbered as SpreadsheetML's style sheet numbers them: each
// distinct font, fill, border and number format is written once, and each combination of them
// (a cell format) gets the index cells refer to with s="…".
import { THAI_FONT } from "../domain/sheet-look";
import { XML_HEAD, escapeXml } from "./xml-text";

export interface CellStyle {
  size: number;
  bold?: boolean;
  /** A hyperlink's look: underlined, in the given RGB hex colour. */
  link?: string;
  /** A solid fill, RGB hex. */
  fill?: string;
  /** Thin lines on these sides. */
  border?: { top: boolean; bottom: boolean; left: boolean; right: boolean };
  horizontal?: "center" | "left" | "right";
  wrap?: boolean;
  numberFormat?: string;
}

const rgb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

const SIDES = ["left", "right", "top", "bottom"] as const;

// Excel's built-in number formats a report can use, by id (ECMA-376 Part 1, §18.8.30); a custom
// format's id starts after the built-in range 0-163.
const BUILT_IN_FORMATS: Record<string, number> = {
  "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49,
}; // prettier-ignore
const FIRST_CUSTOM_FORMAT = 164;

/** Distinct values in the order first seen, each with its index. */
class Numbering {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(initial: string[]) {
    initial.forEach((item) => this.of(item));
  }

  of(item: string): number {
    let at = this.index.get(item);
    if (at === undefined) {
      at = this.items.length;
      this.items.push(item);
      this.index.set(item, at);
    }
    return at;
  }
}

export class StyleTable {
  // Index 0 of each list is the workbook's default; fills 0 and 1 are required by Excel.
  // The default font is the theme's body font (Calibri 11), written as Excel writes it: column
  // widths are counted in its digits.
  private readonly fonts = new Numbering([
    `<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`,
  ]);
  private readonly fills = new Numbering([
    `<fill><patternFill patternType="none"/></fill>`,
    `<fill><patternFill patternType="gray125"/></fill>`,
  ]);
  private readonly borders = new Numbering([
    `<border><left/><right/><top/><bottom/><diagonal/></border>`,
  ]);
  private readonly formats = new Numbering([]);
  private readonly cellFormats = new Numbering([
    `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`,
  ]);

  /** The index a cell of this style refers to. */
  id(style: CellStyle): number {
    const font = this.fonts.of(
      `<font>${style.bold ? "<b/>" : ""}${style.link ? "<u/>" : ""}<sz val="${style.size}"/>` +
        `${style.link ? `<color rgb="${rgb(style.link)}"/>` : ""}<name val="${THAI_FONT}"/></font>`
    );
    const fill = style.fill
      ? this.fills.of(
          `<fill><patternFill patternType="solid"><fgColor rgb="${rgb(style.fill)}"/>` +
            `</patternFill></fill>`
        )
      : 0;
    const sides = style.border;
    const border = sides
      ? this.borders.of(
          `<border>${SIDES.map((side) => (sides[side] ? `<${side} style="thin"/>` : `<${side}/>`)).join("")}<diagonal/></border>`
        )
      : 0;
    const code = style.numberFormat;
    const format = !code
      ? 0
      : (BUILT_IN_FORMATS[code] ?? FIRST_CUSTOM_FORMAT + this.formats.of(code));
    const alignment =
      `<alignment${style.horizontal ? ` horizontal="${style.horizontal}"` : ""}` +
      ` vertical="top"${style.wrap ? ` wrapText="1"` : ""}/>`;
    return this.cellFormats.of(
      `<xf numFmtId="${format}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"` +
        ` applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">` +
        `${alignment}</xf>`
    );
  }

  /** xl/styles.xml, once every cell's style has been asked for. */
  xml(): string {
    const list = (tag: string, items: string[]) =>
      `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    const formats = this.formats.items.map(
      (code, index) =>
        `<numFmt numFmtId="${FIRST_CUSTOM_FORMAT + index}" formatCode="${escapeXml(code)}"/>`
    );
    return (
      `${XML_HEAD}` +
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      (formats.length ? list("numFmts", formats) : "") +
      list("fonts", this.fonts.items) +
      list("fills", this.fills.items) +
      list("borders", this.borders.items) +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      list("cellXfs", this.cellFormats.items) +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `</styleSheet>`
    );
  }
}
