import { useCallback, useEffect, useRef, useState } from "react";
import type { PlanCheck, WorkbookError, WorkbookService } from "../../services/workbook-service";
import { asWorkbookError } from "./useAction";

// Ticking a box raises one event per written cell; one refresh after them is enough.
const REFRESH_DELAY_MS = 150;

export interface PlanCheckState {
  check: PlanCheck | null;
  busy: boolean;
  error: WorkbookError | null;
  /** Checks the active sheet (or the given one) and keeps watching it. */
  run: (sheetId?: string) => Promise<void>;
  dismissError: () => void;
}

/** The plan last checked, refreshed whenever its sheet changes. */
export function usePlanCheck(service: WorkbookService): PlanCheckState {
  const [check, setCheck] = useState<PlanCheck | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<WorkbookError | null>(null);
  const watchedSheet = useRef<string | undefined>(undefined);

  const run = useCallback(
    async (sheetId?: string) => {
      setBusy(true);
      setError(null);
      try {
        const result = await service.checkPlan(sheetId);
        watchedSheet.current = result.sheetId;
        setCheck(result);
      } catch (caught) {
        setError(asWorkbookError(caught));
      } finally {
        setBusy(false);
      }
    },
    [service]
  );

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    service
      .watchPlans(
        (sheetId) => {
          if (sheetId !== watchedSheet.current) return;
          clearTimeout(timer);
          timer = setTimeout(() => void run(sheetId), REFRESH_DELAY_MS);
        },
        (failure) => setError(failure)
      )
      .catch((caught: unknown) => setError(asWorkbookError(caught)));
    return () => clearTimeout(timer);
  }, [service, run]);

  const dismissError = useCallback(() => setError(null), []);
  return { check, busy, error, run, dismissError };
}
