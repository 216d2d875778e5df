/** Function declarations (with their overload signatures), type aliases and variable statements. */
import type {
  FunctionDeclarationOverloadStructure,
  FunctionDeclarationStructure,
  OptionalKind,
  TypeAliasDeclarationStructure,
  VariableDeclarationStructure,
  VariableStatementStructure,
} from "ts-morph";
import { printBody } from "./body.js";
import { commaSeparated } from "./comma.js";
import { printDocs } from "./docs.js";
import {
  MODIFIERS,
  printInitializer,
  printModifiers,
  printParameters,
  printReturnType,
  printType,
  printTypeParameters,
  withDefaults,
} from "./signature.js";
import { isBlank, onlyPrinted, type Writer } from "./writer.js";

const FUNCTION = ["name", "docs", "isGenerator", "typeParameters", "parameters", "returnType", "overloads", "statements", ...MODIFIERS];

export function printFunction(w: Writer, f: Omit<FunctionDeclarationStructure, "kind">, ambientFile = false): void {
  w.closeComment();
  onlyPrinted("function", f, FUNCTION);
  for (const o of f.overloads ?? []) {
    const defaults = { hasDeclareKeyword: f.hasDeclareKeyword, isExported: f.isExported, isDefaultExport: f.isDefaultExport };
    printFunctionHeading(w, f.name, withDefaults(o, defaults));
    w.write(";");
    w.newLine();
  }
  printFunctionHeading(w, f.name, f);
  if (ambientFile || f.hasDeclareKeyword) w.write(";");
  else w.space().inlineBlock(() => printBody(w, f.statements));
}

function printFunctionHeading(
  w: Writer,
  name: string | undefined,
  f: Omit<FunctionDeclarationStructure, "kind"> | OptionalKind<FunctionDeclarationOverloadStructure>,
): void {
  onlyPrinted("function overload", f, FUNCTION);
  printDocs(w, f.docs);
  printModifiers(w, f);
  w.write("function");
  w.conditionalWrite(f.isGenerator, "*");
  if (!isBlank(name)) w.write(` ${name}`);
  printTypeParameters(w, f.typeParameters);
  printParameters(w, f.parameters);
  printReturnType(w, f.returnType);
}

export function printTypeAlias(w: Writer, t: Omit<TypeAliasDeclarationStructure, "kind">): void {
  w.closeComment();
  onlyPrinted("type alias", t, ["name", "docs", "typeParameters", "type", ...MODIFIERS]);
  printDocs(w, t.docs);
  printModifiers(w, t);
  w.write(`type ${t.name}`);
  printTypeParameters(w, t.typeParameters);
  printType(w, " =", t.type);
  w.write(";");
}

export function printVariableStatement(w: Writer, v: Omit<VariableStatementStructure, "kind">): void {
  w.closeComment();
  onlyPrinted("variable statement", v, ["docs", "declarationKind", "declarations", ...MODIFIERS]);
  printDocs(w, v.docs);
  w.hangingIndent(() => {
    printModifiers(w, v);
    w.write(`${v.declarationKind || "let"} `);
    if (v.declarations.length === 0) throw new Error("emit/print: a variable statement needs at least one declaration");
    commaSeparated(
      w,
      v.declarations,
      (d) => printVariable(w, d),
      () => w.spaceIfLastNot(),
    );
    w.write(";");
  });
}

function printVariable(w: Writer, d: OptionalKind<VariableDeclarationStructure>): void {
  w.closeComment();
  onlyPrinted("variable declaration", d, ["name", "hasExclamationToken", "type", "initializer"]);
  w.write(d.name);
  w.conditionalWrite(d.hasExclamationToken, "!");
  printType(w, ":", d.type);
  printInitializer(w, d.initializer);
}
