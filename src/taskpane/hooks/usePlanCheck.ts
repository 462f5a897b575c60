import { useCallback, useEffect, useRef, useState } from "react";
import type { PlanCheck, WorkbookError, WorkbookService } from "../../services/workbook-service";
import { asWorkbookError } from "./useAction";

// Ticking a box raises one event per written cell; one refresh after them is enough.
const REFRESH_DELAY_MS = 150;

export interface PlanCheckState {
  /** The plan: the last sheet checked that holds one (never the add-in's own sheets). */
  check: PlanCheck | null;
  /** The last sheet checked when it held no plan: shown, while the plan stays known. */
  other: PlanCheck | null;
  /** False until the pane has looked for the plan in the workbook. */
  searched: boolean;
  busy: boolean;
  error: WorkbookError | null;
  /** Checks the active sheet (or the given one) and keeps watching it if it is a plan. */
  run: (sheetId?: string) => Promise<void>;
  /** Takes the given sheet as the plan from now on (a plan the add-in just made) and checks it. */
  follow: (sheetId: string) => Promise<void>;
  dismissError: () => void;
}

export function isPlan(check: PlanCheck): boolean {
  return check.headerRow !== null && check.ownSheet === null;
}

/** The plan, found when the pane opens, remembered in the workbook, refreshed whenever its
 * sheet changes; checking a sheet without a plan does not lose it. */
export function usePlanCheck(service: WorkbookService): PlanCheckState {
  const [check, setCheck] = useState<PlanCheck | null>(null);
  const [other, setOther] = useState<PlanCheck | null>(null);
  const [searched, setSearched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<WorkbookError | null>(null);
  const planSheet = useRef<string | null>(null);
  // Checks can overlap (a refresh of the plan's sheet while another sheet is checked): only the
  // latest one started may set what the pane shows.
  const latestCheck = useRef(0);

  const run = useCallback(
    async (sheetId?: string) => {
      const mine = ++latestCheck.current;
      setBusy(true);
      setError(null);
      try {
        const result = await service.checkPlan(sheetId);
        if (mine !== latestCheck.current) return;
        if (!isPlan(result)) {
          setOther(result);
          return;
        }
        setOther(null);
        setCheck(result);
        if (planSheet.current !== result.sheetId) {
          planSheet.current = result.sheetId;
          await service.rememberPlanSheet(result.sheetId);
        }
      } catch (caught) {
        if (mine === latestCheck.current) setError(asWorkbookError(caught));
      } finally {
        if (mine === latestCheck.current) setBusy(false);
      }
    },
    [service]
  );

  const follow = useCallback(
    async (sheetId: string) => {
      // Taken at once, so a refresh of the old plan's sheet queued meanwhile is not run.
      planSheet.current = sheetId;
      await service.rememberPlanSheet(sheetId);
      await run(sheetId);
    },
    [service, run]
  );

  useEffect(() => {
    let live = true;
    service
      .findPlanSheet()
      .then((found) => {
        if (!live || found === null) return;
        // Remembered already: writing it again would mark the workbook changed for nothing.
        if (found.remembered) planSheet.current = found.sheetId;
        return run(found.sheetId);
      })
      .catch((caught: unknown) => live && setError(asWorkbookError(caught)))
      .finally(() => live && setSearched(true));
    return () => {
      live = false;
    };
  }, [service, run]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    service
      .watchPlans(
        (sheetId) => {
          if (sheetId !== planSheet.current) return;
          clearTimeout(timer);
          // Still the plan when the delay is over: the pane may have followed a new plan since.
          timer = setTimeout(() => {
            if (sheetId === planSheet.current) void run(sheetId);
          }, REFRESH_DELAY_MS);
        },
        (failure) => setError(failure)
      )
      .catch((caught: unknown) => setError(asWorkbookError(caught)));
    return () => clearTimeout(timer);
  }, [service, run]);

  const dismissError = useCallback(() => setError(null), []);
  return { check, other, searched, busy, error, run, follow, dismissError };
}
