import { useAnnounce } from "@fluentui/react-components";
import { ReactNode, useEffect, useRef } from "react";

/** An action's result, placed under the button that caused it: brought into view when it
 * appears (a 700 px pane may have scrolled) and announced through Fluent's AriaLiveAnnouncer. */
export function Revealed({ announce, children }: { announce: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const { announce: say } = useAnnounce();
  // The announcer's function may change when it announces: only a new text is announced again.
  const sayLatest = useRef(say);
  sayLatest.current = say;
  useEffect(() => {
    // jsdom has no scrollIntoView; browsers all do.
    ref.current?.scrollIntoView?.({ block: "nearest" });
    sayLatest.current(announce, { polite: true });
  }, [announce]);
  return <div ref={ref}>{children}</div>;
}
