import { useCallback, useState } from "react";
import { WorkbookError } from "../../services/workbook-service";

export interface ActionState<Result> {
  busy: boolean;
  result: Result | null;
  error: WorkbookError | null;
  run: () => Promise<void>;
  dismissError: () => void;
}

/** Whatever a service call threw, as an error the pane can word. */
export function asWorkbookError(caught: unknown): WorkbookError {
  return caught instanceof WorkbookError ? caught : new WorkbookError("Unknown", String(caught));
}

/** Runs one workbook action at a time and keeps its result or its error for the UI. */
export function useAction<Result>(action: () => Promise<Result>): ActionState<Result> {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<WorkbookError | null>(null);
  const run = useCallback(async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await action());
    } catch (caught) {
      setError(asWorkbookError(caught));
    } finally {
      setBusy(false);
    }
  }, [action]);
  const dismissError = useCallback(() => setError(null), []);
  return { busy, result, error, run, dismissError };
}
