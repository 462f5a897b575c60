/* eslint-disable @typescript-eslint/no-require-imports */
// Builds the task pane and the ribbon's function file into dist/.
// Production: ADDIN_URL=https://your.host/path/ npm run build  rewrites the dev URL
// (https://localhost:3000/) in manifest.xml to where dist/ will be served.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DefinePlugin } = require("webpack");
const { version } = require("./package.json");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const { DEV_URL, checkAddinUrl, rewriteManifestUrls } = require("./scripts/manifest-url");

async function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const addinUrl = dev ? DEV_URL : checkAddinUrl(process.env.ADDIN_URL || DEV_URL);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      notice: "./src/commands/notice.ts",
    },
    output: {
      // The release package builds into its own folder (ADDIN_DIST), leaving dist/ to the tests.
      path: path.resolve(__dirname, process.env.ADDIN_DIST || "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // ExcelJS's browser build without its bundled polyfills (the pane never runs on IE).
      alias: { exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.bare.min.js") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // The one version number, from package.json (the pane's footer shows it).
      new DefinePlugin({ __APP_VERSION__: JSON.stringify(version) }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "notice.html",
        template: "./src/commands/notice.html",
        chunks: ["notice"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The help page (SupportUrl): static, readable where the pane cannot run.
          { from: "src/help/help.html", to: "help.html" },
          // The static notice's script (taskpane.html): a file, so a strict CSP lets it run.
          { from: "src/taskpane/static-notice.js", to: "static-notice.js" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifestUrls(content.toString(), addinUrl),
          },
        ],
      }),
    ],
    devServer: {
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE ? await devServerHttps() : {} },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
