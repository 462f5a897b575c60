// Builds the playground's two scripts into artifacts/playground/: office.js for the pane (the
// double around the fake Excel, seeded with the workbook the server read) and the page's view.
const path = require("path");

module.exports = {
  mode: "production",
  devtool: false,
  entry: {
    "pane-office": path.resolve(__dirname, "pane-office.ts"),
    view: path.resolve(__dirname, "view/index.tsx"),
  },
  output: { path: path.resolve(__dirname, "../../artifacts/playground"), filename: "[name].js" },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  performance: { hints: false },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true } },
      },
    ],
  },
};
