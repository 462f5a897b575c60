// Four kinds of tests: pure and adapter code in Node, components in jsdom, the built pane in
// Chromium, and generated workbooks rendered by LibreOffice.
const tsJest = [
  "ts-jest",
  {
    isolatedModules: true,
    tsconfig: {
      module: "commonjs",
      moduleResolution: "node",
      jsx: "react-jsx",
      esModuleInterop: true,
    },
  },
];
const shared = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};

module.exports = {
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  projects: [
    {
      ...shared,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/{unit,adapter,fake-excel,manifest,cli,release}/**/*.test.ts"],
    },
    {
      ...shared,
      displayName: "component",
      testEnvironment: "jsdom",
      setupFiles: ["<rootDir>/test/support/jsdom-setup.ts"],
      testMatch: ["<rootDir>/test/component/**/*.test.tsx"],
    },
    {
      ...shared,
      displayName: "browser",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/browser/**/*.test.ts"],
      slowTestThreshold: 30,
    },
    {
      ...shared,
      displayName: "render",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/render/**/*.test.ts"],
      slowTestThreshold: 60,
    },
  ],
};
