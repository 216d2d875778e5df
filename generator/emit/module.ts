/**
 * One generated module under construction. Emitters add declarations as ts-morph structures (plain data) and
 * record every symbol they import as they use it; the file is printed once, from the whole list, when it is
 * complete. Nothing is parsed or edited node by node, so the cost is linear in the size of the module.
 */
import {
  StructureKind,
  type ClassDeclarationStructure,
  type ExportDeclarationStructure,
  type FunctionDeclarationStructure,
  type ImportDeclarationStructure,
  type InterfaceDeclarationStructure,
  type OptionalKind,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
  type VariableStatementStructure,
  type WriterFunction,
} from "ts-morph";

type Statement = StatementStructures | string;

export class ModuleBuilder {
  private readonly imports: Array<OptionalKind<ImportDeclarationStructure>> = [];
  private readonly statements: Statement[] = [];
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
    this.statements.push({ ...s, kind: StructureKind.Interface });
  }

  addClass(s: OptionalKind<ClassDeclarationStructure>): void {
    this.statements.push({ ...s, kind: StructureKind.Class });
  }

  addTypeAlias(s: OptionalKind<TypeAliasDeclarationStructure>): void {
    this.statements.push({ ...s, kind: StructureKind.TypeAlias });
  }

  addVariableStatement(s: OptionalKind<VariableStatementStructure>): void {
    this.statements.push({ ...s, kind: StructureKind.VariableStatement });
  }

  addFunction(s: OptionalKind<FunctionDeclarationStructure>): void {
    this.statements.push({ ...s, kind: StructureKind.Function });
  }

  addExportDeclaration(s: OptionalKind<ExportDeclarationStructure>): void {
    this.statements.push({ ...s, kind: StructureKind.ExportDeclaration });
  }

  addStatements(text: string): void {
    this.statements.push(text);
  }

  /**
   * Every statement of the module, imports first (in the order they were added), with a blank line between
   * statements of different kinds (declarations of one kind in a row stay together).
   */
  structures(): Array<Statement | WriterFunction> {
    const all: Statement[] = [
      ...this.imports.map((s) => ({ ...s, kind: StructureKind.ImportDeclaration }) as StatementStructures),
      ...this.statements,
    ];
    const out: Array<Statement | WriterFunction> = [];
    all.forEach((s, i) => {
      const prev = all[i - 1];
      if (prev !== undefined && blankBetween(prev, s)) out.push((w) => w.blankLineIfLastNot());
      out.push(s);
    });
    return out;
  }
}

const GROUPED = new Set<StructureKind>([
  StructureKind.ImportDeclaration,
  StructureKind.ExportDeclaration,
  StructureKind.TypeAlias,
  StructureKind.VariableStatement,
]);

function blankBetween(a: Statement, b: Statement): boolean {
  if (typeof a === "string" || typeof b === "string") return false;
  return a.kind !== b.kind || !GROUPED.has(a.kind);
}
