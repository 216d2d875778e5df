/**
 * Issue 12 (one escaping path per context): spec text reaches generated code only through generator/emit/escape.ts
 * (`stringLiteral`, `valueLiteral`, `literalType`, `objectKey`, `templateText`, `tsdoc`, `jsonText`). This guard
 * reads every emitter with TypeScript's parser and fails on a `JSON.stringify(…)` call anywhere else, unless its
 * result is only ever a key (compared with ===/!==, looked up, deduplicated in a Set, or kept in a `key`/`def`
 * constant) — or it is the handlebars `json` helper of the package.json template (a JSON file, not code).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { ts } from "ts-morph";
import { describe, expect, test } from "vitest";
import { ROOT } from "../helpers/project.js";

const EMIT = join(ROOT, "generator/emit");
const KEY_CONSTS = new Set(["key", "def"]);
const LOOKUPS = new Set(["indexOf", "has", "get", "set", "add", "includes"]);

function isJsonStringify(n: ts.Node): n is ts.CallExpression {
  return ts.isCallExpression(n) && n.expression.getText() === "JSON.stringify";
}

/** Whether the value of `call` is only used as a key (never as text that ends up in generated code). */
function keyUse(call: ts.CallExpression): boolean {
  const p = call.parent;
  if (
    ts.isBinaryExpression(p) &&
    [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(p.operatorToken.kind)
  )
    return true;
  if (ts.isCallExpression(p) && ts.isPropertyAccessExpression(p.expression) && LOOKUPS.has(p.expression.name.text)) return true;
  if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name) && KEY_CONSTS.has(p.name.text)) return true;
  // const key = `${dir}:${JSON.stringify(t)}`
  if (ts.isTemplateSpan(p) && ts.isTemplateExpression(p.parent)) {
    const decl = p.parent.parent;
    if (ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name) && KEY_CONSTS.has(decl.name.text)) return true;
  }
  // new Set(xs.map((x) => JSON.stringify(x)))
  if (ts.isArrowFunction(p) && ts.isCallExpression(p.parent) && ts.isPropertyAccessExpression(p.parent.expression)) {
    const map = p.parent;
    return p.parent.expression.name.text === "map" && ts.isNewExpression(map.parent) && map.parent.expression.getText() === "Set";
  }
  return false;
}

function isJsonFileHelper(call: ts.CallExpression, file: string): boolean {
  if (file !== "package-files.ts") return false;
  for (let up: ts.Node | undefined = call; up; up = up.parent)
    if (ts.isCallExpression(up) && up.expression.getText() === "hb.registerHelper" && up.arguments[0]?.getText() === '"json"') return true;
  return false;
}

function sites(): Array<{ file: string; line: number; text: string; allowed: boolean }> {
  const out: Array<{ file: string; line: number; text: string; allowed: boolean }> = [];
  for (const name of readdirSync(EMIT).filter((f) => f.endsWith(".ts"))) {
    if (name === "escape.ts") continue;
    const path = join(EMIT, name);
    const sf = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node) => {
      if (isJsonStringify(n))
        out.push({
          file: relative(ROOT, path),
          line: sf.getLineAndCharacterOfPosition(n.getStart()).line + 1,
          text: n.getText(),
          allowed: keyUse(n) || isJsonFileHelper(n, name),
        });
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

describe("spec text reaches emitted code only through escape.ts", () => {
  test("no emitter calls JSON.stringify to write code", () => {
    const all = sites();
    expect(all.length).toBeGreaterThan(0); // the scan sees the key uses, so it is really reading the files
    expect(all.filter((s) => !s.allowed).map((s) => `${s.file}:${s.line} ${s.text}`)).toEqual([]);
  });

  test("the guard catches a literal written with JSON.stringify", () => {
    const sf = ts.createSourceFile(
      "x.ts",
      "const a = `method: ${JSON.stringify(op.method)}`; const key = JSON.stringify(t);",
      ts.ScriptTarget.Latest,
      true,
    );
    const calls: boolean[] = [];
    const visit = (n: ts.Node) => {
      if (isJsonStringify(n)) calls.push(keyUse(n));
      ts.forEachChild(n, visit);
    };
    visit(sf);
    expect(calls).toEqual([false, true]);
  });
});
