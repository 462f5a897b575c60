// Which Office requirement sets the add-in needs and which it lights up when present (pure: the
// adapter answers "is this set supported?" and "which platform is this?").

/** The core: tables, data validation (1.8), page layout and screen-update suspension (1.9). */
export const CORE_EXCEL_API = "1.9";

/**
 * Each optional capability and the requirement sets it needs. Code that uses a member of one of
 * these sets runs only behind the capability's flag; test/manifest/api-inventory.test.ts checks so.
 */
export const CAPABILITY_SETS = {
  /** Native in-cell check boxes; otherwise a TRUE/FALSE drop-down. */
  checkboxes: [["ExcelApi", "1.18"]],
  /** Worksheet custom properties; otherwise workbook settings hold the ids. */
  customProperties: [["ExcelApi", "1.12"]],
  /** onChanged tells the add-in's own writes apart. */
  triggerSource: [["ExcelApi", "1.14"]],
  /** The document as a PDF through getFileAsync (missing on iPad). */
  pdfExport: [
    ["File", "1.1"],
    ["PdfFile", "1.1"],
  ],
} as const satisfies Record<string, ReadonlyArray<readonly [string, string]>>;

export type Capability = keyof typeof CAPABILITY_SETS;

export type ExcelCapabilities = Record<Capability, boolean> & {
  core: boolean;
  /** Highest ExcelApi version found, e.g. "1.14"; "none" when even 1.1 is missing. */
  highestVersion: string;
};

/** Does the host support this version of this requirement set? (office.js: requirements.isSetSupported) */
export type SetSupport = (version: string, set: string) => boolean;

const KNOWN_VERSIONS = Array.from({ length: 20 }, (_, i) => `1.${20 - i}`);

/**
 * Excel on the web answers PdfFile but hands back an empty PDF (office-js#5950, open and in
 * backlog; #5473, #5399): the stricter reading is that it makes no PDF, so the pane never offers
 * a PDF there and leads straight to the report workbook or Print.
 */
const PLATFORMS_WITHOUT_PDF = new Set(["OfficeOnline"]);

/** `platform` is Office's PlatformType: "PC", "Mac", "OfficeOnline", "iOS", ... */
export function capabilitiesFrom(isSupported: SetSupport, platform = "PC"): ExcelCapabilities {
  const has = (capability: Capability) =>
    CAPABILITY_SETS[capability].every(([set, version]) => isSupported(version, set));
  return {
    core: isSupported(CORE_EXCEL_API, "ExcelApi"),
    highestVersion: KNOWN_VERSIONS.find((v) => isSupported(v, "ExcelApi")) ?? "none",
    checkboxes: has("checkboxes"),
    customProperties: has("customProperties"),
    triggerSource: has("triggerSource"),
    pdfExport: has("pdfExport") && !PLATFORMS_WITHOUT_PDF.has(platform),
  };
}
