// npm run playground [-- plan.xlsx] [--port N] [--lang en]: the pane and a view of the workbook in
// any browser, with the strict fake Excel standing in for Excel (office-fake/playground). The
// workbook is the given .xlsx, read with the command line's reader, or the demo's example plan.
import { resolve } from "path";
import { UnreadableFileError, unreadableMessage } from "../src/xlsx/unreadable";
import { Language, message } from "../office-fake/playground/messages";
import { missingBuild, startPlayground } from "../office-fake/playground/server";
import { emptySeed, loadSeed } from "../office-fake/playground/workbook-seed";

const DEFAULT_PORT = 3100;

interface Options {
  file?: string;
  /** Start from a new, empty workbook instead of the example plan. */
  empty: boolean;
  port: number;
  language: Language;
}

function parse(args: string[]): Options | null {
  const options: Options = { port: DEFAULT_PORT, language: "th", empty: false };
  for (let at = 0; at < args.length; at++) {
    if (args[at] === "--port") options.port = Number(args[++at]);
    else if (args[at] === "--lang") options.language = args[++at] === "en" ? "en" : "th";
    else if (args[at] === "--empty") options.empty = true;
    else if (!args[at].startsWith("--") && options.file === undefined) options.file = args[at];
    else return null;
  }
  const portOk = Number.isInteger(options.port) && options.port >= 0 && options.port < 65536;
  return portOk && !(options.empty && options.file !== undefined) ? options : null;
}

async function main(): Promise<number> {
  const options = parse(process.argv.slice(2));
  if (!options) {
    console.error(message("th", "console.usage"));
    return 2;
  }
  const say = (key: Parameters<typeof message>[1], params = {}) =>
    message(options.language, key, params);
  const missing = missingBuild();
  if (missing.length > 0) {
    console.error(say("console.notBuilt", { files: missing.join(", ") }));
    return 2;
  }
  try {
    // npm runs scripts from the package's folder; the user named the file from theirs.
    const file = options.file && resolve(process.env.INIT_CWD ?? process.cwd(), options.file);
    const seed = options.empty ? emptySeed() : await loadSeed(file);
    const playground = await startPlayground(seed, options.port);
    const url = options.language === "en" ? `${playground.url}?lang=en` : playground.url;
    console.log(say("console.ready", { url }));
    return 0;
  } catch (error) {
    if (error instanceof UnreadableFileError)
      console.error(unreadableMessage(options.language, error));
    else if ((error as NodeJS.ErrnoException).code === "EADDRINUSE")
      console.error(say("console.portInUse", { port: options.port, next: options.port + 1 }));
    else console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
}

main().then((code) => {
  if (code !== 0) process.exit(code);
});
