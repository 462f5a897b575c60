// "รวมผลจากไฟล์ของกอง" in the ติดตาม step: the divisions' copies picked as files, read here in the
// browser by the command line's reader (loaded only when files are picked), previewed against
// the open plan, and written into it once the user has chosen. The files are only read.
import { makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { useCallback, useRef, useState } from "react";
import type { MergeChoices } from "../../domain/plan/merge-choices";
import type { PlanCopy } from "../../domain/plan/merge-copies";
import type { MergeApplied, PlanCheck, WorkbookService } from "../../services/workbook-service";
import type { PickedFile } from "../../xlsx/plan-in-workbook";
import { UnreadableFileError, unreadableMessage } from "../../xlsx/unreadable";
import { useAction } from "../hooks/useAction";
import { useTranslator } from "../i18n-context";
import { BusyButton } from "./BusyButton";
import { ErrorBar } from "./ErrorBar";
import { MergePreviewView } from "./MergePreviewView";
import { ResultBar } from "./ResultBar";

const useStyles = makeStyles({
  // A column as the progress above it; the buttons keep their own width.
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  button: { alignSelf: "flex-start" },
});

/** Each file read as a copy of the plan, or the plain reason it cannot be (naming the file). */
async function readCopies(
  files: PickedFile[],
  today: Date,
  unreadable: (e: UnreadableFileError) => string,
  noPlan: (file: string) => string
) {
  const { readPlanCopy } = await import(
    /* webpackChunkName: "plan-copy-reader" */ "../../xlsx/plan-in-workbook"
  );
  const copies: PlanCopy[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      const read = await readPlanCopy(file, today);
      if (read.kind === "copy") copies.push(read.copy);
      else problems.push(noPlan(read.file));
    } catch (error) {
      // A fault the reader has no name for is still this file's: said as a damaged file.
      const known = error instanceof UnreadableFileError;
      problems.push(unreadable(known ? error : new UnreadableFileError("corrupt", file.name)));
    }
  }
  return { copies, problems };
}

export function MergePanel(props: {
  service: WorkbookService;
  check: PlanCheck;
  today: Date;
  onMerged: () => void;
}) {
  const { service, check, today, onMerged } = props;
  const { t, language } = useTranslator();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [choices, setChoices] = useState<MergeChoices>({});
  const [applied, setApplied] = useState<{ to: unknown; result: MergeApplied } | null>(null);
  const pick = useAction(
    useCallback(
      async (files: PickedFile[]) => {
        setChoices({});
        const read = await readCopies(
          files,
          today,
          (error) => unreadableMessage(language, error),
          (file) => t("cli.merge.noPlan", { file })
        );
        const preview =
          read.copies.length > 0 ? await service.previewMerge(check.sheetId, read.copies) : null;
        return { ...read, preview };
      },
      [service, check.sheetId, today, language, t]
    )
  );
  const picked = pick.result;
  const apply = useAction(
    useCallback(async () => {
      if (!picked?.preview) return;
      const result = await service.applyMerge(check.sheetId, picked.copies, choices);
      setApplied({ to: picked, result });
      onMerged();
    }, [service, check.sheetId, picked, choices, onMerged])
  );
  const done = applied && applied.to === picked ? applied.result : null;
  const preview = picked?.preview;
  const nothing =
    preview && preview.taken.length === 0 && Object.keys(choices).length === 0
      ? t("merge.nothing")
      : null;
  return (
    <section className={styles.section} aria-labelledby="merge-heading">
      <Subtitle2 as="h3" id="merge-heading">
        {t("merge.heading")}
      </Subtitle2>
      <Text as="p">{t("merge.hint")}</Text>
      <input
        ref={input}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t("merge.pick")}
        hidden
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // The same files picked again are a new change.
          event.target.value = "";
          if (files.length > 0) void pick.run(files);
        }}
      />
      <BusyButton className={styles.button} busy={pick.busy} onClick={() => input.current?.click()}>
        {t("merge.pick")}
      </BusyButton>
      {/* The files that could not be read belong to the pick: gone once its merge succeeds. */}
      {picked && picked.problems.length > 0 && !done && (
        <ResultBar intent="error" text={picked.problems.join(" · ")} />
      )}
      {preview && !done && (
        <>
          <MergePreviewView preview={preview} choices={choices} onChoose={setChoices} />
          <BusyButton
            className={styles.button}
            appearance="primary"
            busy={apply.busy}
            disabledReason={nothing}
            onClick={() => void apply.run()}
          >
            {t("merge.apply")}
          </BusyButton>
        </>
      )}
      {done && (
        <ResultBar
          intent="success"
          text={[
            t("merge.applied", { values: done.values, measures: done.measures }),
            done.withoutColumn.length > 0
              ? t("merge.withoutColumn", {
                  fields: done.withoutColumn.map((field) => t(`column.${field}`)).join(", "),
                })
              : "",
          ]
            .filter(Boolean)
            .join(" ")}
        />
      )}
      {pick.error && <ErrorBar error={pick.error} onDismiss={pick.dismissError} />}
      {apply.error && <ErrorBar error={apply.error} onDismiss={apply.dismissError} />}
    </section>
  );
}
