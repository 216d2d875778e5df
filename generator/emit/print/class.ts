/**
 * Class declarations: heading (`export class A<T> extends B implements C`), then properties (one per line),
 * constructors, accessors and methods, each block a blank line from the one before. A `declare class` prints
 * signatures only, one per line.
 */
import type {
  ClassDeclarationStructure,
  ConstructorDeclarationOverloadStructure,
  ConstructorDeclarationStructure,
  MethodDeclarationOverloadStructure,
  MethodDeclarationStructure,
  OptionalKind,
  PropertyDeclarationStructure,
} from "ts-morph";
import { printAccessors } from "./accessors.js";
import { printBody } from "./body.js";
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
import { isBlank, onlyPrinted, textOf, type Writer } from "./writer.js";

export function printClass(w: Writer, c: Omit<ClassDeclarationStructure, "kind">, ambientFile = false): void {
  w.closeComment();
  onlyPrinted("class", c, [
    "name",
    "docs",
    "typeParameters",
    "extends",
    "implements",
    "properties",
    "ctors",
    "getAccessors",
    "setAccessors",
    "methods",
    ...MODIFIERS,
  ]);
  const ambient = c.hasDeclareKeyword || ambientFile;
  printDocs(w, c.docs);
  printModifiers(w, c);
  w.write("class");
  if (!isBlank(c.name)) w.space().write(c.name!);
  printTypeParameters(w, c.typeParameters);
  w.space();
  w.hangingIndent(() => {
    const base = c.extends == null ? undefined : textOf(w, c.extends);
    if (!isBlank(base)) w.write(`extends ${base} `);
    const impl =
      c.implements == null
        ? undefined
        : Array.isArray(c.implements)
          ? c.implements.map((i) => textOf(w, i)).join(", ")
          : textOf(w, c.implements);
    if (!isBlank(impl)) w.write(`implements ${impl} `);
  });
  const separate = () => {
    if (w.isAtStartOfFirstLineOfBlock()) return;
    if (ambient) w.newLine();
    else w.blankLine();
  };
  w.inlineBlock(() => {
    (c.properties ?? []).forEach((p, i) => {
      w.conditionalNewLine(i > 0);
      printProperty(w, p);
    });
    for (const ctor of c.ctors ?? []) {
      separate();
      printConstructor(w, ctor, ambient);
    }
    printAccessors(w, c.getAccessors, c.setAccessors, ambient);
    if (c.methods?.length) {
      separate();
      c.methods.forEach((m, i) => {
        if (i > 0) {
          if (ambient) w.newLine();
          else w.blankLine();
        }
        printMethod(w, m, ambient);
      });
    }
  });
}

function printProperty(w: Writer, p: OptionalKind<PropertyDeclarationStructure>): void {
  w.closeComment();
  onlyPrinted("property", p, ["name", "docs", "hasQuestionToken", "hasExclamationToken", "type", "initializer", ...MODIFIERS]);
  printDocs(w, p.docs);
  printModifiers(w, p);
  w.write(p.name);
  w.conditionalWrite(p.hasQuestionToken, "?");
  w.conditionalWrite(p.hasExclamationToken && !p.hasQuestionToken, "!");
  printType(w, ":", p.type);
  printInitializer(w, p.initializer);
  w.write(";");
}

type Ctor = OptionalKind<ConstructorDeclarationStructure> | OptionalKind<ConstructorDeclarationOverloadStructure>;

function printConstructor(w: Writer, c: OptionalKind<ConstructorDeclarationStructure>, ambient: boolean): void {
  w.closeComment();
  onlyPrinted("constructor", c, ["docs", "typeParameters", "parameters", "overloads", "statements", ...MODIFIERS]);
  for (const o of c.overloads ?? []) {
    printConstructorHeading(w, withDefaults(o, { scope: c.scope }));
    w.write(";");
    w.newLine();
  }
  printConstructorHeading(w, c);
  if (ambient) w.write(";");
  else w.space().inlineBlock(() => printBody(w, c.statements));
}

function printConstructorHeading(w: Writer, c: Ctor): void {
  onlyPrinted("constructor overload", c, ["docs", "typeParameters", "parameters", "overloads", "statements", ...MODIFIERS]);
  printDocs(w, c.docs);
  printModifiers(w, c);
  w.write("constructor");
  printTypeParameters(w, c.typeParameters);
  printParameters(w, c.parameters);
}

type Method = OptionalKind<MethodDeclarationStructure> | OptionalKind<MethodDeclarationOverloadStructure>;

/** A method; its overload signatures come first, each taking the implementation's modifiers it does not set. */
function printMethod(w: Writer, m: OptionalKind<MethodDeclarationStructure>, ambient: boolean): void {
  w.closeComment();
  for (const o of m.overloads ?? []) {
    const defaults = { scope: m.scope, isStatic: m.isStatic, isAbstract: m.isAbstract, hasQuestionToken: m.hasQuestionToken };
    printMethodHeading(w, m.name, withDefaults(o, defaults));
    w.write(";");
    w.newLine();
  }
  printMethodHeading(w, m.name, m);
  if (ambient || m.isAbstract) w.write(";");
  else w.spaceIfLastNot().inlineBlock(() => printBody(w, m.statements));
}

function printMethodHeading(w: Writer, name: string, m: Method): void {
  onlyPrinted("method", m, [
    "name",
    "docs",
    "isGenerator",
    "hasQuestionToken",
    "typeParameters",
    "parameters",
    "returnType",
    "overloads",
    "statements",
    ...MODIFIERS,
  ]);
  printDocs(w, m.docs);
  printModifiers(w, m);
  w.conditionalWrite(m.isGenerator, "*");
  w.write(name);
  w.conditionalWrite(m.hasQuestionToken, "?");
  printTypeParameters(w, m.typeParameters);
  printParameters(w, m.parameters);
  printReturnType(w, m.returnType);
}
