import { useEffect, useState } from "react";
import type { HostStatus } from "../../services/workbook-service";

/** Asks once where the pane runs; null while Office is starting. */
export function useHostStatus(connect: () => Promise<HostStatus>): HostStatus | null {
  const [status, setStatus] = useState<HostStatus | null>(null);
  useEffect(() => {
    let live = true;
    void connect()
      .catch((): HostStatus => ({ kind: "offline" }))
      .then((found) => live && setStatus(found));
    return () => {
      live = false;
    };
  }, [connect]);
  return status;
}
