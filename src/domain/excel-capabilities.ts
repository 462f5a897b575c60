// Which Excel API sets the add-in needs and which it lights up when present (pure: the adapter
// answers "is this set supported?").

/** The core: tables, data validation (1.8), page layout and screen-update suspension (1.9). */
export const CORE_EXCEL_API = "1.9";

export interface ExcelCapabilities {
  core: boolean;
  /** Highest ExcelApi version found, e.g. "1.14"; "none" when even 1.1 is missing. */
  highestVersion: string;
  /** Native in-cell check boxes (1.18); otherwise a TRUE/FALSE drop-down. */
  checkboxes: boolean;
  /** Worksheet custom properties (1.12); otherwise workbook settings hold the ids. */
  customProperties: boolean;
  /** onChanged tells the add-in's own writes apart (1.14). */
  triggerSource: boolean;
}

const KNOWN_VERSIONS = Array.from({ length: 20 }, (_, i) => `1.${20 - i}`);

export function capabilitiesFrom(isSupported: (version: string) => boolean): ExcelCapabilities {
  const highestVersion = KNOWN_VERSIONS.find(isSupported) ?? "none";
  return {
    core: isSupported(CORE_EXCEL_API),
    highestVersion,
    checkboxes: isSupported("1.18"),
    customProperties: isSupported("1.12"),
    triggerSource: isSupported("1.14"),
  };
}
