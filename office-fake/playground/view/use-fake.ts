// A counter that moves whenever the fake Excel inside the pane's frame may have changed: the pane's writes reach the fake only through context.sync(), so a new sync is the
// signal (checked four times a second); the view's own edits move it at once.
import { useCallback, useEffect, useState } from "react";
import type { FakeExcelHost } from "../../excel";

const POLL_MS = 250;

/** Draws the caller again when the workbook may have changed; returns the way to say it did. */
export function useWorkbookVersion(fake: FakeExcelHost | null): () => void {
  const [, setVersion] = useState(0);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    if (!fake) return undefined;
    let seen = fake.syncCount;
    const timer = setInterval(() => {
      if (fake.syncCount === seen) return;
      seen = fake.syncCount;
      changed();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [fake, changed]);
  return changed;
}
