import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBarBody,
  Subtitle2,
  Textarea,
  tokens,
  useId,
} from "@fluentui/react-components";
import { ImageAddRegular } from "@fluentui/react-icons";
import { useCallback, useRef, useState } from "react";
import type { MemoApprover, MemoEmblem, MemoTextField } from "../../domain/memo-form";
import { EMBLEM_MAX_BYTES, MEMO_TEXT_FIELDS, readEmblem } from "../../domain/memo-form";
import type { MemoFields, MemoSpec } from "../../domain/memo-spec";
import { missingMemoFields } from "../../domain/memo-form";
import { fileStem } from "../../domain/file-stem";
import type { MessageKey } from "../../i18n/catalogue";
import type { WorkbookService } from "../../services/workbook-service";
import { DOCX_TYPE, offerDownload } from "../download";
import { withRasterFallback } from "../svg-raster";
import { useAction } from "../hooks/useAction";
import { useTranslator } from "../i18n-context";
import { BusyButton } from "./BusyButton";
import { ErrorBar } from "./ErrorBar";
import { NoticeBar } from "./NoticeBar";

const useStyles = makeStyles({
  level: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface PreparedMemo {
  fields: MemoFields;
  emblem: MemoEmblem | null;
  spec: (fields: MemoFields, emblem: MemoEmblem | null) => MemoSpec;
}

type TextField = MemoTextField;
const TEXT_FIELDS = MEMO_TEXT_FIELDS;
const LONG_FIELDS: TextField[] = ["background", "legal", "proposal"];
const MAX_KB = EMBLEM_MAX_BYTES / 1024;

/** A file's bytes through FileReader: Blob.arrayBuffer is missing from Edge Legacy's web view,
 * which some Excel 2021 installations still run add-ins in. */
function fileBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * The cover memo's form: the header fields, the sections' texts, the signer and the comment
 * levels (added and removed), and the emblem picked from a file. Missing fields are marked on
 * the fields themselves; what is typed and picked is remembered in the workbook on download.
 */
export function MemoForm(props: { service: WorkbookService; prepared: PreparedMemo }) {
  const { service, prepared } = props;
  const { t } = useTranslator();
  const styles = useStyles();
  const [fields, setFields] = useState(prepared.fields);
  const [emblem, setEmblem] = useState(prepared.emblem);
  const [emblemProblem, setEmblemProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const chooseId = useId("emblem-choose");
  const [missing, setMissing] = useState<string[]>([]);

  const setField = (key: TextField, value: string) => setFields({ ...fields, [key]: value });
  const setLevel = (index: number, change: Partial<MemoApprover>) =>
    setFields({
      ...fields,
      approvers: fields.approvers.map((level, i) =>
        i === index ? { ...level, ...change } : level
      ),
    });

  const pickEmblem = async (file: File | undefined) => {
    if (!file) return;
    // Refused before reading: a large file is never loaded into the pane.
    if (file.size > EMBLEM_MAX_BYTES) {
      setEmblemProblem(
        t("memo.emblem.tooLarge", { size: Math.ceil(file.size / 1024), max: MAX_KB })
      );
      return;
    }
    const read = readEmblem(await fileBytes(file));
    setEmblemProblem(
      typeof read === "string"
        ? t(`memo.emblem.${read}` as MessageKey, { size: Math.ceil(file.size / 1024), max: MAX_KB })
        : null
    );
    if (typeof read !== "string") setEmblem(read);
  };

  const write = useAction(
    useCallback(async () => {
      const gaps = missingMemoFields(fields);
      setMissing(gaps);
      if (gaps.length > 0) return null;
      await service.saveMemoFields(fields, emblem);
      // Word writing loads only when asked for: it stays out of the pane's first load.
      const { memoBytes } = await import("../../docx/memo-document");
      const name = `${fileStem(fields.subject)}.docx`;
      const drawn = emblem && (await withRasterFallback(emblem));
      offerDownload(await memoBytes(prepared.spec(fields, drawn)), name, DOCX_TYPE);
      return name;
    }, [service, prepared, fields, emblem])
  );

  const validation = (key: string) =>
    missing.includes(key)
      ? { validationState: "error" as const, validationMessage: t("memo.required") }
      : {};

  return (
    <>
      {TEXT_FIELDS.map((key) => (
        <Field
          key={key}
          label={t(`memo.field.${key}` as MessageKey)}
          required={["department", "number", "subject", "to"].includes(key)}
          {...validation(key)}
        >
          {LONG_FIELDS.includes(key) ? (
            <Textarea
              value={fields[key]}
              rows={3}
              onChange={(_, data) => setField(key, data.value)}
            />
          ) : (
            <Input value={fields[key]} onChange={(_, data) => setField(key, data.value)} />
          )}
        </Field>
      ))}
      <Field label={t("memo.field.signerName")}>
        <Input
          value={fields.signer.name}
          onChange={(_, data) =>
            setFields({ ...fields, signer: { ...fields.signer, name: data.value } })
          }
        />
      </Field>
      <Field label={t("memo.field.signerPosition")}>
        <Textarea
          value={fields.signer.position}
          rows={2}
          onChange={(_, data) =>
            setFields({ ...fields, signer: { ...fields.signer, position: data.value } })
          }
        />
      </Field>
      <Subtitle2 as="h3">{t("memo.levels")}</Subtitle2>
      {fields.approvers.map((level, index) => {
        const n = index + 1;
        return (
          <div
            key={index}
            className={styles.level}
            role="group"
            aria-label={t("memo.level.title", { n })}
          >
            <Field label={t("memo.level.title", { n })}>
              <Input
                value={level.title}
                onChange={(_, data) => setLevel(index, { title: data.value })}
              />
            </Field>
            <Field label={t("memo.level.name", { n })}>
              <Input
                value={level.name}
                onChange={(_, data) => setLevel(index, { name: data.value })}
              />
            </Field>
            <Field label={t("memo.level.position", { n })}>
              <Textarea
                value={level.position}
                rows={2}
                onChange={(_, data) => setLevel(index, { position: data.value })}
              />
            </Field>
            <Button
              onClick={() =>
                setFields({ ...fields, approvers: fields.approvers.filter((_, i) => i !== index) })
              }
            >
              {t("memo.level.remove", { n })}
            </Button>
          </div>
        );
      })}
      <Button
        onClick={() =>
          setFields({
            ...fields,
            approvers: [...fields.approvers, { title: "", name: "", position: "" }],
          })
        }
      >
        {t("memo.level.add")}
      </Button>
      <Field
        label={t("memo.emblem", { max: MAX_KB })}
        validationState={emblemProblem ? "error" : "none"}
        validationMessage={
          emblemProblem ??
          (emblem
            ? t("memo.emblem.chosen", { type: emblem.type.toUpperCase() })
            : t("memo.emblem.none"))
        }
      >
        {(control) => (
          <>
            {/* The browser's own file input labels itself in the browser's language ("Choose
                File"): a Fluent button in the pane's language opens it instead. Its name is the
                field's label followed by its own text. */}
            <Button
              {...control}
              aria-labelledby={`${control["aria-labelledby"]} ${chooseId}`}
              icon={<ImageAddRegular />}
              onClick={() => fileInput.current?.click()}
            >
              <span id={chooseId}>{t("memo.emblem.choose")}</span>
            </Button>
            <input
              ref={fileInput}
              type="file"
              hidden
              tabIndex={-1}
              accept=".png,.svg,image/png,image/svg+xml"
              onChange={(event) => {
                // A file the web view cannot read is reported like one that is no image.
                pickEmblem(event.target.files?.[0]).catch(() =>
                  setEmblemProblem(t("memo.emblem.notImage"))
                );
                // The same file picked again (after "use no emblem") is a change too.
                event.target.value = "";
              }}
            />
          </>
        )}
      </Field>
      {emblem && <Button onClick={() => setEmblem(null)}>{t("memo.emblem.remove")}</Button>}
      <BusyButton appearance="primary" busy={write.busy} onClick={() => void write.run()}>
        {t("export.memo")}
      </BusyButton>
      {missing.length > 0 && (
        <NoticeBar intent="error" layout="multiline">
          <MessageBarBody>
            {t("memo.missing", {
              fields: missing.map((key) => t(`memo.field.${key}` as MessageKey)).join(", "),
            })}
          </MessageBarBody>
        </NoticeBar>
      )}
      {write.result && (
        <NoticeBar intent="success">
          <MessageBarBody>{t("export.memoSaved", { file: write.result })}</MessageBarBody>
        </NoticeBar>
      )}
      {write.error && <ErrorBar error={write.error} onDismiss={write.dismissError} />}
    </>
  );
}
