/**
 * Interface declarations: heading (`export interface A<T> extends B, C`), then call and construct signatures,
 * index signatures, accessors, properties and methods, one member per line.
 */
import type {
  CallSignatureDeclarationStructure,
  ConstructSignatureDeclarationStructure,
  IndexSignatureDeclarationStructure,
  InterfaceDeclarationStructure,
  MethodSignatureStructure,
  OptionalKind,
  PropertySignatureStructure,
} from "ts-morph";
import { printAccessors } from "./accessors.js";
import { printDocs } from "./docs.js";
import {
  MODIFIERS,
  printInitializer,
  printModifiers,
  printParameters,
  printReturnType,
  printType,
  printTypeParameters,
} from "./signature.js";
import { isBlank, onlyPrinted, textOf, type Writer } from "./writer.js";

export function printInterface(w: Writer, s: Omit<InterfaceDeclarationStructure, "kind">): void {
  w.closeComment();
  onlyPrinted("interface", s, [
    "name",
    "docs",
    "typeParameters",
    "extends",
    "callSignatures",
    "constructSignatures",
    "indexSignatures",
    "getAccessors",
    "setAccessors",
    "properties",
    "methods",
    ...MODIFIERS,
  ]);
  printDocs(w, s.docs);
  printModifiers(w, s);
  w.write(`interface ${s.name}`);
  printTypeParameters(w, s.typeParameters);
  w.space();
  if (s.extends != null) {
    const bases = Array.isArray(s.extends) ? s.extends.map((e) => textOf(w, e)).join(", ") : textOf(w, s.extends);
    if (!isBlank(bases)) w.hangingIndent(() => w.write(`extends ${bases} `));
  }
  w.inlineBlock(() => {
    lines(w, s.callSignatures, (c) => printCallSignature(w, c));
    separate(w, s.constructSignatures);
    lines(w, s.constructSignatures, (c) => printConstructSignature(w, c));
    separate(w, s.indexSignatures);
    lines(w, s.indexSignatures, (i) => printIndexSignature(w, i));
    printAccessors(w, s.getAccessors, s.setAccessors, true);
    separate(w, s.properties);
    lines(w, s.properties, (p) => printPropertySignature(w, p));
    separate(w, s.methods);
    lines(w, s.methods, (m) => printMethodSignature(w, m));
  });
}

function lines<T>(w: Writer, items: readonly T[] | undefined, print: (item: T) => void): void {
  items?.forEach((item, i) => {
    w.conditionalNewLine(i > 0);
    w.closeComment();
    print(item);
  });
}

/** A line break before a group of members, unless it is the first thing in the body. */
function separate(w: Writer, items: readonly unknown[] | undefined): void {
  if (items?.length && !w.isAtStartOfFirstLineOfBlock()) w.newLine();
}

function printCallSignature(w: Writer, c: OptionalKind<CallSignatureDeclarationStructure>): void {
  onlyPrinted("call signature", c, ["docs", "typeParameters", "parameters", "returnType"]);
  printDocs(w, c.docs);
  printTypeParameters(w, c.typeParameters);
  printParameters(w, c.parameters);
  printReturnType(w, c.returnType, true);
  w.write(";");
}

function printConstructSignature(w: Writer, c: OptionalKind<ConstructSignatureDeclarationStructure>): void {
  onlyPrinted("construct signature", c, ["docs", "typeParameters", "parameters", "returnType"]);
  printDocs(w, c.docs);
  w.write("new");
  printTypeParameters(w, c.typeParameters);
  printParameters(w, c.parameters);
  printReturnType(w, c.returnType);
  w.write(";");
}

function printIndexSignature(w: Writer, s: OptionalKind<IndexSignatureDeclarationStructure>): void {
  onlyPrinted("index signature", s, ["docs", "keyName", "keyType", "returnType", ...MODIFIERS]);
  printDocs(w, s.docs);
  printModifiers(w, s);
  w.write(`[${s.keyName || "key"}: ${s.keyType || "string"}]`);
  printReturnType(w, s.returnType);
  w.write(";");
}

function printPropertySignature(w: Writer, p: OptionalKind<PropertySignatureStructure>): void {
  onlyPrinted("property signature", p, ["name", "docs", "hasQuestionToken", "type", "initializer", ...MODIFIERS]);
  printDocs(w, p.docs);
  printModifiers(w, p);
  w.write(p.name);
  w.conditionalWrite(p.hasQuestionToken, "?");
  printType(w, ":", p.type);
  printInitializer(w, p.initializer);
  w.write(";");
}

function printMethodSignature(w: Writer, m: OptionalKind<MethodSignatureStructure>): void {
  onlyPrinted("method signature", m, ["name", "docs", "hasQuestionToken", "typeParameters", "parameters", "returnType"]);
  printDocs(w, m.docs);
  w.write(m.name);
  w.conditionalWrite(m.hasQuestionToken, "?");
  printTypeParameters(w, m.typeParameters);
  printParameters(w, m.parameters);
  printReturnType(w, m.returnType);
  w.write(";");
}
