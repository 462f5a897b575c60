import { Field, Input } from "@fluentui/react-components";
import { reportDateFrom } from "../../domain/report/report-inputs";
import { uiDate } from "../../i18n/ui-date";
import { useTranslator } from "../i18n-context";

/** The report date as typed: empty (the settings' date, else today), a day read from it as an
 * ISO day, or unreadable. */
export type TypedDate = { kind: "empty" } | { kind: "day"; iso: string } | { kind: "unreadable" };

export function typedDate(text: string): TypedDate {
  if (!text.trim()) return { kind: "empty" };
  const date = reportDateFrom(text.trim());
  return date ? { kind: "day", iso: date.toISOString().slice(0, 10) } : { kind: "unreadable" };
}

/**
 * The date signed under the report, typed as a Thai clerk writes it ("20/10/2566", either era,
 * or "20 ตุลาคม 2566"), and said back in words. A text box rather than the browser's date picker:
 * that one shows the browser's own format (mm/dd/yyyy in an English Chromium) and the Christian
 * era, whatever the pane's language.
 */
export function ReportDateField({
  text,
  onChange,
}: {
  text: string;
  onChange(text: string): void;
}) {
  const { t, language, digits } = useTranslator();
  const typed = typedDate(text);
  const message =
    typed.kind === "day"
      ? digits(t("report.dateReads", { date: uiDate(language, typed.iso) }))
      : typed.kind === "unreadable"
        ? t("report.dateUnreadable")
        : t("report.dateHint");
  return (
    <Field
      label={t("report.date")}
      validationState={typed.kind === "unreadable" ? "error" : "none"}
      validationMessage={message}
    >
      <Input
        value={text}
        placeholder={t("report.datePlaceholder")}
        onChange={(_, data) => onChange(data.value)}
      />
    </Field>
  );
}
