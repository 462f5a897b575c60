// Whether Office's theme is dark, from the background colour it gives the add-in
// (Office.context.officeTheme.bodyBackgroundColor, "#RRGGBB").
export type PaneTheme = "light" | "dark";

/** Dark when the background's relative luminance (WCAG's weights) is under one half. */
export function themeOfBackground(color: string | undefined): PaneTheme {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!match) return "light";
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}
