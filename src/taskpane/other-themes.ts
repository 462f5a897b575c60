// Fluent's dark and high-contrast themes, loaded only under a dark Office theme or Windows'
// forced colours (see theme.ts).
export {
  teamsHighContrastTheme as highContrast,
  webDarkTheme as dark,
} from "@fluentui/react-components";
