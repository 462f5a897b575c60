// Builds the office.js double for the browser tests into artifacts/office-double.js.
const path = require("path");

module.exports = {
  mode: "development",
  devtool: false,
  entry: path.resolve(__dirname, "entry.ts"),
  output: { path: path.resolve(__dirname, "../../artifacts"), filename: "office-double.js" },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true } },
      },
    ],
  },
};
