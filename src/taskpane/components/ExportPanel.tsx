import { makeStyles, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { PlanCheck, WorkbookService } from "../../services/workbook-service";
import { offerDownload, PDF_TYPE, XLSX_TYPE } from "../download";
import { useAction } from "../hooks/useAction";
import { useTranslator } from "../i18n-context";
import { BusyButton } from "./BusyButton";
import { ErrorBar } from "./ErrorBar";
import { IgnoredSettings } from "./IgnoredSettings";
import { MemoForm, PreparedMemo } from "./MemoForm";
import { NoticeBar } from "./NoticeBar";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * PDF of the last report (where Office makes one), the report workbook, and the cover memo as a
 * Word file, for the plan last checked.
 */
export function ExportPanel(props: {
  service: WorkbookService;
  check: PlanCheck;
  /** Office makes PDFs here (not on the web or iPad): see CAPABILITY_SETS.pdfExport. */
  pdfExport: boolean;
}) {
  const { service, check } = props;
  const { t } = useTranslator();
  const styles = useStyles();
  // An empty PDF means this Office makes none: the button is not offered again this session.
  const [pdfOffered, setPdfOffered] = useState(props.pdfExport);
  const [memo, setMemo] = useState<PreparedMemo | null>(null);

  const prepare = useAction(
    useCallback(async () => {
      // Digits and the attached table follow the report as it was last made.
      const prepared = await service.prepareMemo(check.sheetId, {});
      setMemo(prepared);
      return prepared;
    }, [service, check])
  );

  const pdf = useAction(
    useCallback(async () => {
      const { sheet, bytes } = await service.exportPdf();
      if (bytes.length === 0) {
        setPdfOffered(false);
        return "empty" as const;
      }
      offerDownload(bytes, `${sheet}.pdf`, PDF_TYPE);
      return "saved" as const;
    }, [service])
  );

  const workbook = useAction(
    useCallback(async () => {
      const outcome = await service.reportSpec({ planSheetId: check.sheetId });
      if (outcome.kind === "refused") return { refused: true as const };
      // The workbook writer loads only when asked for, like the Word writer.
      const { reportWorkbookBytes } = await import("../../xlsx/report-file");
      const name = `${outcome.spec.sheetName}.xlsx`;
      offerDownload(await reportWorkbookBytes(outcome.spec), name, XLSX_TYPE);
      return { refused: false as const, name };
    }, [service, check])
  );

  return (
    <section className={styles.panel} aria-labelledby="export-heading">
      <Subtitle2 as="h2" id="export-heading">
        {t("export.heading")}
      </Subtitle2>
      {pdfOffered && (
        <BusyButton busy={pdf.busy} onClick={() => void pdf.run()}>
          {t("export.pdf")}
        </BusyButton>
      )}
      {!props.pdfExport && (
        <NoticeBar intent="info" layout="multiline">
          <MessageBarBody>{t("export.pdfNotHere")}</MessageBarBody>
        </NoticeBar>
      )}
      {pdf.result === "saved" && (
        <NoticeBar intent="success">
          <MessageBarBody>{t("export.pdfSaved")}</MessageBarBody>
        </NoticeBar>
      )}
      {(pdf.result === "empty" || (pdf.error && !pdf.error.fromAddin)) && (
        <NoticeBar intent="warning" layout="multiline">
          <MessageBarBody>{t("export.pdfFallback")}</MessageBarBody>
        </NoticeBar>
      )}
      <BusyButton busy={workbook.busy} onClick={() => void workbook.run()}>
        {t("export.workbook")}
      </BusyButton>
      {workbook.result && (
        <NoticeBar intent={workbook.result.refused ? "error" : "success"}>
          <MessageBarBody>
            {workbook.result.refused
              ? t("report.refused.plan_errors")
              : t("export.workbookSaved", { file: workbook.result.name })}
          </MessageBarBody>
        </NoticeBar>
      )}
      {workbook.error && <ErrorBar error={workbook.error} onDismiss={workbook.dismissError} />}
      {pdf.error?.fromAddin && <ErrorBar error={pdf.error} onDismiss={pdf.dismissError} />}
      {!memo && (
        <BusyButton busy={prepare.busy} onClick={() => void prepare.run()}>
          {t("export.memoStart")}
        </BusyButton>
      )}
      {prepare.error && <ErrorBar error={prepare.error} onDismiss={prepare.dismissError} />}
      {prepare.result && <IgnoredSettings settings={prepare.result.ignoredSettings} />}
      {memo && <MemoForm service={service} prepared={memo} />}
    </section>
  );
}
