// The add-in's record of the reports it made (document setting ITA.reports): key → the sheet's
// name and the fingerprint of its cells when written.
export const REPORTS_SETTING = "ITA.reports";

export interface ReportRecord {
  sheet: string;
  fingerprint: string;
}

/** The reports the add-in made, as stored in the file: anyone can edit a file's settings, so
 * only well-formed records are kept (a stored `null` or `[1]` means none, never a TypeError). */
export function parseReportRecords(value: unknown): Record<string, ReportRecord> {
  let parsed: unknown;
  try {
    parsed = typeof value === "string" ? JSON.parse(value) : {};
  } catch {
    return {};
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
  return Object.fromEntries(
    Object.entries(parsed).filter(([, record]: [string, Partial<ReportRecord> | null]) => {
      return typeof record?.sheet === "string" && typeof record.fingerprint === "string";
    })
  );
}
