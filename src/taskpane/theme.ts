// The pane in Office's theme: Fluent's dark theme under a dark Office theme (Microsoft's
// guidance for add-ins: match the Office UI), and Fluent's high-contrast theme when Windows
// forces its colours. Those two themes are a chunk of their own, loaded only when needed.
import { Theme, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { PaneTheme } from "../domain/pane-theme";

function forcedColorsActive(): boolean {
  return (
    typeof window.matchMedia === "function" && window.matchMedia("(forced-colors: active)").matches
  );
}

/** The Fluent theme for Office's theme; light until another one has loaded. */
export function useFluentTheme(theme: PaneTheme): Theme {
  const [loaded, setLoaded] = useState<Theme>(webLightTheme);
  useEffect(() => {
    const forced = forcedColorsActive();
    if (!forced && theme === "light") {
      setLoaded(webLightTheme);
      return;
    }
    let live = true;
    import(/* webpackChunkName: "themes" */ "./other-themes")
      .then((themes) => live && setLoaded(forced ? themes.highContrast : themes.dark))
      // A theme that cannot load leaves the light one: the pane works the same.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [theme]);
  return loaded;
}
