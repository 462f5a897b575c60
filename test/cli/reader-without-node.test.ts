// The .xlsx reader is bundled into the pane (webpack, no Node polyfills), so nothing xlsx-reader
// reaches may import a Node module or use Node's globals; only input-file touches the disk. Read
// from the sources' own import statements, so a new import is caught by this test, not by a
// failing pane build.
import { readFileSync } from "fs";
import { builtinModules } from "module";
import { dirname, join, relative } from "path";

const ROOT = join(__dirname, "../..");
const IMPORT = /^(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm;
// Node's globals a browser does not have, and its types (NodeJS.ErrnoException is zlib's errors).
const NODE_GLOBAL = /\b(?:Buffer|process|require|NodeJS|__dirname)\b/;

function resolved(from: string, specifier: string): string {
  const base = join(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) {
    try {
      readFileSync(candidate);
      return candidate;
    } catch {
      // Not this spelling: the next one.
    }
  }
  throw new Error(`cannot resolve ${specifier} from ${from}`);
}

/** Every source file the entry reaches, with the packages and Node modules each imports. */
function reached(entry: string): Map<string, { code: string; modules: string[] }> {
  const files = new Map<string, { code: string; modules: string[] }>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    const code = readFileSync(file, "utf8");
    const modules: string[] = [];
    for (const [, specifier] of code.matchAll(IMPORT)) {
      if (specifier.startsWith(".")) pending.push(resolved(file, specifier));
      else modules.push(specifier);
    }
    files.set(file, { code, modules });
  }
  return files;
}

/** The code without its comments, so a comment naming Buffer is not taken for a use. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

describe("the .xlsx reader runs in the browser", () => {
  const files = reached(join(ROOT, "src/xlsx/xlsx-reader.ts"));

  it("reaches the zip reader and the XML reader, not the file access", () => {
    const names = [...files.keys()].map((file) => relative(ROOT, file));
    expect(names).toEqual(
      expect.arrayContaining(["src/xlsx/zip-reader.ts", "src/xlsx/xml-reader.ts"])
    );
    expect(names).not.toContain("src/xlsx/input-file.ts");
  });

  it("imports no Node module from any file it reaches", () => {
    const node = [...files].flatMap(([file, { modules }]) =>
      modules
        .filter((name) => name.startsWith("node:") || builtinModules.includes(name))
        .map((name) => `${relative(ROOT, file)}: ${name}`)
    );
    expect(node).toEqual([]);
  });

  it("uses none of Node's globals in any file it reaches", () => {
    const uses = [...files]
      .filter(([, { code }]) => NODE_GLOBAL.test(withoutComments(code)))
      .map(([file]) => relative(ROOT, file));
    expect(uses).toEqual([]);
  });
});
