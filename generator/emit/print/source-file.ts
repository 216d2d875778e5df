/**
 * The structure printer: a module's statements (declaration structures in ts-morph's shape, code text, writer
 * functions) → its source text, laid out as ts-morph prints structures, without loading ts-morph (nor TypeScript).
 * Classes, interfaces and functions get a blank line before them; a statement after one ending in `}` too.
 */
import type {
  ClassDeclarationStructure,
  ExportDeclarationStructure,
  FunctionDeclarationStructure,
  ImportDeclarationStructure,
  InterfaceDeclarationStructure,
  TypeAliasDeclarationStructure,
  VariableStatementStructure,
  WriterFunction,
} from "ts-morph";
import { printStatementList } from "./body.js";
import { printClass } from "./class.js";
import { printFunction, printTypeAlias, printVariableStatement } from "./declarations.js";
import { printExport, printImport } from "./imports.js";
import { printInterface } from "./interface.js";
import { newWriter, type Writer, write } from "./writer.js";

/** A structure with our own discriminant in place of ts-morph's (a runtime enum). */
type Kinded<K extends string, S> = Omit<S, "kind"> & { kind: K };

export type Declaration =
  | Kinded<"import", ImportDeclarationStructure>
  | Kinded<"export", ExportDeclarationStructure>
  | Kinded<"class", ClassDeclarationStructure>
  | Kinded<"interface", InterfaceDeclarationStructure>
  | Kinded<"type-alias", TypeAliasDeclarationStructure>
  | Kinded<"variable", VariableStatementStructure>
  | Kinded<"function", FunctionDeclarationStructure>;

export type Statement = Declaration | string | WriterFunction;

/** The text of a module, ending with a line break. */
export function printSourceFile(statements: readonly Statement[]): string {
  const w = newWriter();
  w.closeComment();
  printStatementList(w, statements, (s) => printStatement(w, s));
  w.conditionalNewLine(!w.isAtStartOfFirstLineOfBlock() && !w.isLastNewLine());
  return w.toString();
}

function printStatement(w: Writer, s: Statement): void {
  if (typeof s === "string" || typeof s === "function") return write(w, s);
  const blankBefore = () => {
    if (!w.isAtStartOfFirstLineOfBlock()) w.blankLineIfLastNot();
  };
  switch (s.kind) {
    case "import":
      return printImport(w, s);
    case "export":
      return printExport(w, s);
    case "class":
      blankBefore();
      return printClass(w, s);
    case "interface":
      blankBefore();
      return printInterface(w, s);
    case "type-alias":
      return printTypeAlias(w, s);
    case "variable":
      return printVariableStatement(w, s);
    case "function":
      blankBefore();
      return printFunction(w, s);
  }
}
