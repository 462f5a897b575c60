import { useCallback, useState } from "react";
import { WorkbookError } from "../../services/workbook-service";

export interface ActionState<Args extends unknown[], Result> {
  busy: boolean;
  result: Result | null;
  error: WorkbookError | null;
  run: (...args: Args) => Promise<void>;
  dismissError: () => void;
}

/** Whatever a service call threw, as an error the pane can word. */
export function asWorkbookError(caught: unknown): WorkbookError {
  return caught instanceof WorkbookError ? caught : new WorkbookError("Unknown", String(caught));
}

/** Runs one workbook action at a time and keeps its result or its error for the UI; running it
 * again clears the last result and error, so nothing stale stays beside the button. */
export function useAction<Args extends unknown[], Result>(
  action: (...args: Args) => Promise<Result>
): ActionState<Args, Result> {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<WorkbookError | null>(null);
  const run = useCallback(
    async (...args: Args) => {
      setBusy(true);
      setError(null);
      setResult(null);
      try {
        setResult(await action(...args));
      } catch (caught) {
        setError(asWorkbookError(caught));
      } finally {
        setBusy(false);
      }
    },
    [action]
  );
  const dismissError = useCallback(() => setError(null), []);
  return { busy, result, error, run, dismissError };
}
