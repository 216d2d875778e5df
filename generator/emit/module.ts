/**
 * One generated module under construction. Emitters add declarations as structures (plain data in ts-morph's
 * shape, printed by ./print/) and record every symbol they import as they use it; the file is printed once, from
 * the whole list, when it is complete. Nothing is parsed or edited node by node, so the cost is linear in the size
 * of the module.
 */
import type {
  ClassDeclarationStructure,
  ExportDeclarationStructure,
  FunctionDeclarationStructure,
  ImportDeclarationStructure,
  InterfaceDeclarationStructure,
  OptionalKind,
  TypeAliasDeclarationStructure,
  VariableStatementStructure,
} from "ts-morph";
import type { Declaration, Statement } from "./print/source-file.js";

type Added = Declaration | string;

export class ModuleBuilder {
  private readonly imports: Array<OptionalKind<ImportDeclarationStructure>> = [];
  private readonly statements: Added[] = [];
  /** Named types (TypeScript spelling) that code in this module refers to, recorded as the code is built. */
  readonly usedTypes = new Set<string>();
  /** Runtime symbols (type or value) the code refers to, by their local name (`Uploadable`, `HttpPromise`…). */
  readonly usedRuntime = new Set<string>();

  constructor(readonly path: string) {}

  addImportDeclaration(s: OptionalKind<ImportDeclarationStructure>): void {
    this.imports.push(s);
  }

  insertImportDeclaration(at: number, s: OptionalKind<ImportDeclarationStructure>): void {
    this.imports.splice(at, 0, s);
  }

  addInterface(s: OptionalKind<InterfaceDeclarationStructure>): void {
    this.statements.push({ ...s, kind: "interface" });
  }

  addClass(s: OptionalKind<ClassDeclarationStructure>): void {
    this.statements.push({ ...s, kind: "class" });
  }

  addTypeAlias(s: OptionalKind<TypeAliasDeclarationStructure>): void {
    this.statements.push({ ...s, kind: "type-alias" });
  }

  addVariableStatement(s: OptionalKind<VariableStatementStructure>): void {
    this.statements.push({ ...s, kind: "variable" });
  }

  addFunction(s: OptionalKind<FunctionDeclarationStructure>): void {
    this.statements.push({ ...s, kind: "function" });
  }

  addExportDeclaration(s: OptionalKind<ExportDeclarationStructure>): void {
    this.statements.push({ ...s, kind: "export" });
  }

  addStatements(text: string): void {
    this.statements.push(text);
  }

  /**
   * Every statement of the module, imports first (in the order they were added), with a blank line between
   * statements of different kinds (declarations of one kind in a row stay together).
   */
  structures(): Statement[] {
    const all: Added[] = [...this.imports.map((s): Added => ({ ...s, kind: "import" })), ...this.statements];
    const out: Statement[] = [];
    all.forEach((s, i) => {
      const prev = all[i - 1];
      if (prev !== undefined && blankBetween(prev, s)) out.push((w) => w.blankLineIfLastNot());
      out.push(s);
    });
    return out;
  }
}

const GROUPED = new Set<Declaration["kind"]>(["import", "export", "type-alias", "variable"]);

function blankBetween(a: Added, b: Added): boolean {
  if (typeof a === "string" || typeof b === "string") return false;
  return a.kind !== b.kind || !GROUPED.has(a.kind);
}
