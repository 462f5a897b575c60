import { makeStyles, tokens } from "@fluentui/react-components";

/** A pane section's parts stacked with the pane's gap: its heading, hint, button and result on
 * lines of their own (Fluent's Text is inline, so a heading ran into the hint after it). */
export const usePanelStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // The gap spaces the parts: a paragraph's own margins would double it.
  hint: { margin: 0 },
});
