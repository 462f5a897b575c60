// office-addin-lint reads this file; it turns on eslint-plugin-office-addins' rules
// (load-object-before-read, call-sync-before-read, no-context-sync-in-loop, ...) for .ts and .tsx.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";

const sourceFiles = ["**/*.{js,mjs,cjs,ts,tsx}"];

// The plugin's own React preset scopes its rules to .ts/.js only; widen it to .tsx.
const withTsx = officeAddins.configs.react.map((config) =>
  config.files ? { ...config, files: sourceFiles } : config
);

export default [
  { ignores: ["dist/**", "lib/**", "artifacts/**", "node_modules/**", "coverage/**"] },
  ...withTsx,
  {
    files: sourceFiles,
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      // TypeScript checks names; ESLint's no-undef does not know DOM or Office globals.
      "no-undef": "off",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-restricted-properties": [
        "error",
        {
          property: "innerHTML",
          message: "Never build markup from cell content; use React or textContent.",
        },
      ],
    },
  },
  {
    // Every promise the pane and the ribbon start is awaited, caught or marked `void` (its
    // rejection handled inside, as useAction's run does), and none is given where a handler
    // returns nothing: an unhandled rejection would leave a user action with no message
    // (issue 17). Type-aware, so only here (about 45 s on two busy cores).
    files: ["src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.{ts,tsx}"],
    plugins: { "@typescript-eslint": tsPlugin },
    languageOptions: {
      parserOptions: { project: "./tsconfig.json", tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
    },
  },
  {
    // The command line reads files with ExcelJS, whose objects look like Office.js proxies to the
    // plugin's load/sync rules but are plain in-memory data.
    files: ["src/cli/**", "test/cli/**", "test/support/xlsx-fixtures.ts"],
    rules: {
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-before-read": "off",
    },
  },
];
