// Every Office/Excel member src/ uses, with the requirement set @types/office-js gives it
// ("[Api set: ExcelApi 1.18]", "**Requirement set**: {@link … | File}"): a member above what
// manifest.xml declares must run only behind a capability check (CAPABILITY_SETS), found in the
// code around it or around every call of the function that holds it.
import { readFileSync } from "fs";
import { join } from "path";
import ts from "typescript";
import { CAPABILITY_SETS } from "../../src/domain/excel-capabilities";

const root = join(__dirname, "..", "..");

interface Requirement {
  set: string;
  version: string;
}

function versionNumber(version: string): number {
  const [major, minor = "0"] = version.split(".");
  return Number(major) * 1000 + Number(minor);
}

/** The sets manifest.xml requires, and AddinCommands, which its VersionOverrides imply. */
function declaredSets(): Map<string, string> {
  const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
  const fallback = /DefaultMinVersion="([\d.]+)"/.exec(manifest)?.[1] ?? "1.1";
  const sets = new Map<string, string>();
  for (const [, name, version] of manifest.matchAll(
    /<Set Name="(\w+)"(?: MinVersion="([\d.]+)")?/g
  ))
    sets.set(name, version ?? fallback);
  // Ribbon buttons and their function file exist only where VersionOverrides apply, that is
  // in hosts with AddinCommands 1.1 (Microsoft: "Add-in commands requirement sets").
  if (manifest.includes("<VersionOverrides")) sets.set("AddinCommands", "1.1");
  return sets;
}

/** Sets of other Office applications, named beside Excel's on shared members. */
const OTHER_HOSTS = /^(Mailbox|Word|PowerPoint|OneNote|Visio|Project|Outlook)/;

/** The requirement sets a declaration's doc comment names (conditional ones left out). */
function requirementsOf(declaration: ts.Node): Requirement[] {
  const file = declaration.getSourceFile();
  const comments = ts.getLeadingCommentRanges(file.text, declaration.getFullStart()) ?? [];
  const text = comments.map((range) => file.text.slice(range.pos, range.end)).join("\n");
  const found: Requirement[] = [];
  for (const [, set, version] of text.matchAll(/\[\s*api set:\s*(\w+)\s+([\d.]+)/gi))
    found.push({ set, version });
  const block = /\*\*Requirement sets?\*\*:([\s\S]*?)(?:\n\s*\*\s*\n\s*\*\s*[^-\s]|$)/.exec(text);
  for (const line of block?.[1].split("\n") ?? []) {
    // "(when using Office.FileType.Compressed)", "If the `messageOptions` parameter is used".
    if (/\(when using|If the/.test(line)) continue;
    for (const [, set, version] of line.matchAll(/\|\s*(\w+)(?:\s+([\d.]+))?\s*}/g))
      if (set !== "Not") found.push({ set, version: version ?? "1.1" });
  }
  return found.filter((need) => !OTHER_HOSTS.test(need.set));
}

const program = ts.createProgram({
  rootNames: ts.sys.readDirectory(join(root, "src"), [".ts", ".tsx"]),
  options: {
    ...ts.parseJsonConfigFileContent(
      ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile).config,
      ts.sys,
      root
    ).options,
    noEmit: true,
  },
});
const checker = program.getTypeChecker();
const sources = program
  .getSourceFiles()
  .filter((file) => file.fileName.startsWith(join(root, "src")));

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

/** Calls in src/ by the declaration they call, to follow a guard to a function's callers. */
const callsOf = new Map<ts.Node, ts.Node[]>();
for (const file of sources) {
  walk(file, (node) => {
    if (!ts.isCallExpression(node)) return;
    const declaration = checker.getSymbolAtLocation(node.expression)?.declarations?.[0];
    if (!declaration) return;
    const target = checker.getSymbolAtLocation(node.expression);
    const resolved =
      target && target.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(target) : target;
    for (const d of resolved?.declarations ?? []) callsOf.set(d, [...(callsOf.get(d) ?? []), node]);
  });
}

/** Does this condition test a capability (or isSetSupported) that brings the requirement? */
function testsFor(condition: ts.Node, need: Requirement): boolean {
  const text = condition.getText();
  const capabilities = Object.entries(CAPABILITY_SETS).filter(([, sets]) =>
    sets.some(
      ([set, version]) => set === need.set && versionNumber(version) >= versionNumber(need.version)
    )
  );
  return (
    capabilities.some(([name]) => new RegExp(`\\.${name}\\b`).test(text)) ||
    (text.includes("isSetSupported") && text.includes(`"${need.set}"`))
  );
}

function exits(statement: ts.Statement): boolean {
  const last = ts.isBlock(statement) ? statement.statements.at(-1) : statement;
  return !!last && (ts.isReturnStatement(last) || ts.isThrowStatement(last));
}

/** The declaration a function-like node is known by, for finding its calls. */
function declarationOf(fn: ts.Node): ts.Node | undefined {
  if (ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) return fn;
  if (ts.isVariableDeclaration(fn.parent) || ts.isPropertyAssignment(fn.parent)) return fn.parent;
  return undefined;
}

function guarded(use: ts.Node, need: Requirement, depth = 0): boolean {
  let child: ts.Node = use;
  for (let node = use.parent; node; child = node, node = node.parent) {
    if (ts.isIfStatement(node) && child === node.thenStatement && testsFor(node.expression, need))
      return true;
    if (
      ts.isConditionalExpression(node) &&
      child === node.whenTrue &&
      testsFor(node.condition, need)
    )
      return true;
    if (ts.isBinaryExpression(node) && child === node.right) {
      const operator = node.operatorToken.kind;
      // `capabilities.x && use`, and `!capabilities.x || use`
      if (operator === ts.SyntaxKind.AmpersandAmpersandToken && testsFor(node.left, need))
        return true;
      if (
        operator === ts.SyntaxKind.BarBarToken &&
        ts.isPrefixUnaryExpression(node.left) &&
        node.left.operator === ts.SyntaxKind.ExclamationToken &&
        testsFor(node.left.operand, need)
      )
        return true;
    }
    if (ts.isBlock(node) || ts.isSourceFile(node)) {
      // An early exit before the use: `if (!capabilities.x) throw …;`
      const before = node.statements.slice(0, node.statements.indexOf(child as ts.Statement));
      if (
        before.some(
          (s) => ts.isIfStatement(s) && exits(s.thenStatement) && testsFor(s.expression, need)
        )
      )
        return true;
    }
    const declaration = ts.isFunctionLike(node) ? declarationOf(node) : undefined;
    if (declaration && depth < 4) {
      const calls = callsOf.get(declaration) ?? [];
      if (calls.length > 0) return calls.every((call) => guarded(call, need, depth + 1));
    }
  }
  return false;
}

interface Use {
  where: string;
  member: string;
  need: Requirement;
  guarded: boolean;
}

function inventory(): Use[] {
  const declared = declaredSets();
  const uses: Use[] = [];
  for (const file of sources) {
    walk(file, (node) => {
      if (!ts.isPropertyAccessExpression(node)) return;
      const symbol = checker.getSymbolAtLocation(node.name);
      for (const declaration of symbol?.declarations ?? []) {
        if (!declaration.getSourceFile().fileName.includes("@types/office-js")) continue;
        for (const need of requirementsOf(declaration)) {
          const has = declared.get(need.set);
          if (has && versionNumber(has) >= versionNumber(need.version)) continue;
          const { line } = file.getLineAndCharacterOfPosition(node.getStart());
          uses.push({
            where: `${file.fileName.slice(root.length + 1)}:${line + 1}`,
            member: node.getText(),
            need,
            guarded: guarded(node, need),
          });
        }
      }
    });
  }
  // One entry a use: overloads repeat a member's declaration.
  return [
    ...new Map(uses.map((use) => [`${use.where} ${use.member} ${use.need.set}`, use])).values(),
  ];
}

describe("the Office API inventory", () => {
  const uses = inventory();

  it("finds the members above the manifest's minimum that the add-in lights up", () => {
    // The inventory sees what it must: each capability's members, where they are used.
    const found = uses.map(
      (use) => `${use.member.split(".").at(-1)} ${use.need.set} ${use.need.version}`
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "control ExcelApi 1.18",
        "customProperties ExcelApi 1.12",
        "getFileAsync File 1.1",
      ])
    );
  });

  it("uses each of them only behind a capability check", () => {
    const unguarded = uses
      .filter((use) => !use.guarded)
      .map((use) => `${use.where} ${use.member} needs ${use.need.set} ${use.need.version}`);
    expect(unguarded).toEqual([]);
  });
});
