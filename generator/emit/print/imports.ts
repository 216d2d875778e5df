/** Import and export declarations: `import type { A, B as C } from "./x.js";`, `export * from "./y.js";`. */
import type {
  ExportDeclarationStructure,
  ExportSpecifierStructure,
  ImportDeclarationStructure,
  ImportSpecifierStructure,
  OptionalKind,
  WriterFunction,
} from "ts-morph";
import { commaSeparated } from "./comma.js";
import { isBlank, newWriter, onlyPrinted, startsWithNewLine, type Writer } from "./writer.js";

export function printImport(w: Writer, s: Omit<ImportDeclarationStructure, "kind">): void {
  w.closeComment();
  onlyPrinted("import declaration", s, ["isTypeOnly", "defaultImport", "namespaceImport", "namedImports", "moduleSpecifier"]);
  const named = s.namedImports != null && s.namedImports.length > 0;
  if (named && s.namespaceImport != null) throw new Error("emit/print: an import cannot have both a namespace import and named imports");
  w.write("import");
  if (s.isTypeOnly) w.write(" type");
  if (s.defaultImport != null) {
    w.write(` ${s.defaultImport}`);
    w.conditionalWrite(named || s.namespaceImport != null, ",");
  }
  if (s.namespaceImport != null) w.write(` * as ${s.namespaceImport}`);
  if (named) {
    w.space();
    printSpecifiers(w, s.namedImports!);
  }
  w.conditionalWrite(s.defaultImport != null || named || s.namespaceImport != null, " from");
  w.write(" ");
  w.quote(s.moduleSpecifier);
  w.write(";");
}

export function printExport(w: Writer, s: Omit<ExportDeclarationStructure, "kind">): void {
  w.closeComment();
  onlyPrinted("export declaration", s, ["isTypeOnly", "namespaceExport", "namedExports", "moduleSpecifier"]);
  const from = s.moduleSpecifier != null && s.moduleSpecifier.length > 0;
  const named = s.namedExports != null && s.namedExports.length > 0;
  if (named && s.namespaceExport != null) throw new Error("emit/print: an export cannot have both a namespace export and named exports");
  w.write("export");
  if (s.isTypeOnly) w.write(" type");
  if (named) {
    w.space();
    printSpecifiers(w, s.namedExports!);
  } else if (s.namespaceExport != null) {
    w.write(" *");
    if (!isBlank(s.namespaceExport)) w.write(` as ${s.namespaceExport}`);
  } else if (!from) w.write(" { }");
  else w.write(" *");
  if (from) {
    w.write(" from ");
    w.quote(s.moduleSpecifier!);
  }
  w.write(";");
}

type Specifier = string | WriterFunction | OptionalKind<ImportSpecifierStructure> | OptionalKind<ExportSpecifierStructure>;

/** `{ a, b as c, type d }`, printed on its own and then written in place. */
function printSpecifiers(w: Writer, specifiers: readonly Specifier[] | WriterFunction): void {
  w.write("{");
  const own = newWriter();
  if (typeof specifiers === "function") printSpecifier(own, specifiers);
  else
    commaSeparated(
      own,
      specifiers,
      (s) => printSpecifier(own, s),
      () => own.spaceIfLastNot(),
    );
  const text = own.toString();
  if (!startsWithNewLine(text)) w.space();
  w.write(text);
  if (!text.endsWith("\n")) w.space();
  w.write("}");
}

function printSpecifier(w: Writer, s: Specifier): void {
  w.closeComment();
  const own = newWriter();
  own.queueIndentationLevel(1);
  if (typeof s === "string") own.write(s);
  else if (typeof s === "function") s(own);
  else {
    onlyPrinted("import or export specifier", s, ["name", "alias", "isTypeOnly"]);
    if (s.isTypeOnly) w.write("type ");
    own.write(s.name);
    if (!isBlank(s.alias)) {
      if (!own.isLastNewLine()) own.space();
      own.write(`as ${s.alias}`);
    }
  }
  w.write(own.toString());
}
