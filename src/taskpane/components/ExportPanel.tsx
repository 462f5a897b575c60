import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { MemoEmblem } from "../../domain/memo-form";
import type { MemoFields, MemoSpec } from "../../domain/memo-spec";
import { missingMemoFields } from "../../domain/memo-spec";
import type { MessageKey } from "../../i18n/catalogue";
import type { PlanCheck, WorkbookService } from "../../services/workbook-service";
import { DOCX_TYPE, offerDownload, PDF_TYPE, XLSX_TYPE } from "../download";
import { useAction } from "../hooks/useAction";
import { useTranslator } from "../i18n-context";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type TextField = "department" | "number" | "subject" | "to" | "background" | "proposal";
const TEXT_FIELDS: TextField[] = [
  "department",
  "number",
  "subject",
  "to",
  "background",
  "proposal",
];

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
  const [memo, setMemo] = useState<{
    fields: MemoFields;
    emblem: MemoEmblem | null;
    spec: (f: MemoFields, e: MemoEmblem | null) => MemoSpec;
  } | null>(null);
  const [approver, setApprover] = useState({ name: "", position: "", title: "" });
  const [missing, setMissing] = useState<string[]>([]);

  const prepare = useAction(
    useCallback(async () => {
      const prepared = await service.prepareMemo(check.sheetId, {
        thaiDigits: true,
        layout: "results",
      });
      setMemo(prepared);
      setApprover(prepared.fields.approvers[0] ?? { name: "", position: "", title: "" });
      return prepared;
    }, [service, check])
  );

  const writeMemo = useAction(
    useCallback(async () => {
      if (!memo) return null;
      const fields = {
        ...memo.fields,
        approvers: approver.name || approver.position ? [approver] : [],
      };
      const gaps = missingMemoFields(fields);
      setMissing(gaps);
      if (gaps.length > 0) return null;
      await service.saveMemoFields(fields, memo.emblem);
      // Word writing loads only when asked for: it stays out of the pane's first load.
      const { memoBytes } = await import("../../docx/memo-document");
      const name = `${fields.subject.slice(0, 60)}.docx`;
      offerDownload(await memoBytes(memo.spec(fields, memo.emblem)), name, DOCX_TYPE);
      return name;
    }, [service, memo, approver])
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

  const setField = (key: TextField, value: string) =>
    memo && setMemo({ ...memo, fields: { ...memo.fields, [key]: value } });

  return (
    <section className={styles.panel} aria-labelledby="export-heading">
      <Subtitle2 as="h2" id="export-heading">
        {t("export.heading")}
      </Subtitle2>
      {pdfOffered && (
        <Button onClick={pdf.run} disabled={pdf.busy}>
          {t("export.pdf")}
        </Button>
      )}
      {!props.pdfExport && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("export.pdfNotHere")}</MessageBarBody>
        </MessageBar>
      )}
      {pdf.result === "saved" && (
        <MessageBar intent="success">
          <MessageBarBody>{t("export.pdfSaved")}</MessageBarBody>
        </MessageBar>
      )}
      {(pdf.result === "empty" || (pdf.error && !pdf.error.fromAddin)) && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("export.pdfFallback")}</MessageBarBody>
        </MessageBar>
      )}
      <Button onClick={workbook.run} disabled={workbook.busy}>
        {t("export.workbook")}
      </Button>
      {workbook.result && (
        <MessageBar intent={workbook.result.refused ? "error" : "success"}>
          <MessageBarBody>
            {workbook.result.refused
              ? t("report.refused.plan_errors")
              : t("export.workbookSaved", { file: workbook.result.name })}
          </MessageBarBody>
        </MessageBar>
      )}
      {workbook.error && <ErrorBar error={workbook.error} onDismiss={workbook.dismissError} />}
      {pdf.error?.fromAddin && <ErrorBar error={pdf.error} onDismiss={pdf.dismissError} />}
      {!memo && (
        <Button onClick={prepare.run} disabled={prepare.busy}>
          {t("export.memoStart")}
        </Button>
      )}
      {prepare.error && <ErrorBar error={prepare.error} onDismiss={prepare.dismissError} />}
      {memo && (
        <>
          {TEXT_FIELDS.map((key) => (
            <Field
              key={key}
              label={t(`memo.field.${key}` as MessageKey)}
              required={["department", "number", "subject", "to"].includes(key)}
            >
              {key === "background" || key === "proposal" ? (
                <Textarea
                  value={memo.fields[key]}
                  rows={3}
                  onChange={(_, data) => setField(key, data.value)}
                />
              ) : (
                <Input value={memo.fields[key]} onChange={(_, data) => setField(key, data.value)} />
              )}
            </Field>
          ))}
          <Field label={t("memo.field.approverName")}>
            <Input
              value={approver.name}
              onChange={(_, data) => setApprover({ ...approver, name: data.value })}
            />
          </Field>
          <Field label={t("memo.field.approverPosition")}>
            <Input
              value={approver.position}
              onChange={(_, data) => setApprover({ ...approver, position: data.value })}
            />
          </Field>
          <Button appearance="primary" onClick={writeMemo.run} disabled={writeMemo.busy}>
            {t("export.memo")}
          </Button>
          {missing.length > 0 && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                {t("memo.missing", {
                  fields: missing.map((key) => t(`memo.field.${key}` as MessageKey)).join(", "),
                })}
              </MessageBarBody>
            </MessageBar>
          )}
          {writeMemo.result && (
            <MessageBar intent="success">
              <MessageBarBody>{t("export.memoSaved", { file: writeMemo.result })}</MessageBarBody>
            </MessageBar>
          )}
          {writeMemo.error && (
            <ErrorBar error={writeMemo.error} onDismiss={writeMemo.dismissError} />
          )}
        </>
      )}
    </section>
  );
}
