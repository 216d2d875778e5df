/** Get and set accessors, of classes and interfaces: each getter followed by the setter of the same name. */
import type { GetAccessorDeclarationStructure, OptionalKind, SetAccessorDeclarationStructure } from "ts-morph";
import { printBody } from "./body.js";
import { printDocs } from "./docs.js";
import { MODIFIERS, printModifiers, printParameters, printReturnType, printTypeParameters } from "./signature.js";
import { onlyPrinted, type Writer } from "./writer.js";

type Accessor = OptionalKind<GetAccessorDeclarationStructure> | OptionalKind<SetAccessorDeclarationStructure>;

/** Ambient accessors (interfaces, `declare class`) end in `;` and are one per line; others are blocks, a blank line apart. */
export function printAccessors(
  w: Writer,
  getters: readonly OptionalKind<GetAccessorDeclarationStructure>[] | undefined,
  setters: readonly OptionalKind<SetAccessorDeclarationStructure>[] | undefined,
  ambient: boolean,
): void {
  if (getters == null && setters == null) return;
  const left = [...(setters ?? [])];
  const separate = () => {
    if (w.isAtStartOfFirstLineOfBlock()) return;
    if (ambient) w.newLine();
    else w.blankLine();
  };
  for (const g of getters ?? []) {
    separate();
    printAccessor(w, "get", g, ambient);
    const i = left.findIndex((s) => s.name === g.name);
    if (i >= 0) {
      separate();
      printAccessor(w, "set", left[i]!, ambient);
      left.splice(i, 1);
    }
  }
  for (const s of left) {
    separate();
    printAccessor(w, "set", s, ambient);
  }
}

function printAccessor(w: Writer, keyword: "get" | "set", a: Accessor, ambient: boolean): void {
  w.closeComment();
  onlyPrinted(`${keyword} accessor`, a, ["name", "docs", "typeParameters", "parameters", "returnType", "statements", ...MODIFIERS]);
  printDocs(w, a.docs);
  printModifiers(w, a);
  w.write(`${keyword} ${a.name}`);
  printTypeParameters(w, a.typeParameters);
  printParameters(w, a.parameters);
  printReturnType(w, a.returnType);
  if (ambient || a.isAbstract) w.write(";");
  else w.spaceIfLastNot().inlineBlock(() => printBody(w, a.statements));
}
