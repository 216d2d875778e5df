/**
 * `src/errors.ts`: the SDK's error base class (named in the config), one subclass per declared status, the error
 * table the runtime uses to pick a class, and branded aliases of the runtime's timeout/connection/abort errors.
 */
import type { Operation } from "../ir/types.js";
import type { EmitContext } from "./context.js";
import { jsDoc, leadParagraph } from "./docs.js";
import type { MapperWriter } from "./mappers.js";
import { typeExpr } from "./type-expr.js";
import type { ModuleBuilder } from "./module.js";
import { objectKey, stringLiteral } from "./escape.js";

/** A set of declared error responses and the operations that share it: they get one error table. */
interface ErrorGroup {
  ops: string[];
  errors: Operation["errors"];
}

export function emitErrors(ctx: EmitContext, file: ModuleBuilder, mappers: MapperWriter): void {
  // The runtime's classes are imported under aliases no API name can take (the base class may well be `ApiError`).
  file.addImportDeclaration({ moduleSpecifier: "./core/errors.js", namedImports: [{ name: "ApiError", alias: "_ApiError" }] });
  file.addImportDeclaration({ moduleSpecifier: "./core/types.js", namedImports: ["ErrorTable"], isTypeOnly: true });
  addBaseClass(ctx, file);
  const classes = addStatusClasses(ctx, file);
  const parsers = addErrorTables(ctx, file, mappers, classes);
  if (parsers.size) file.addImportDeclaration({ moduleSpecifier: "./mappers.js", namedImports: [...parsers].sort() });
  if (file.usedTypes.size)
    file.addImportDeclaration({ moduleSpecifier: "./types.js", namedImports: [...file.usedTypes].sort(), isTypeOnly: true });
  addRuntimeErrorAliases(ctx, file);
}

/** The SDK's error base class, named in the config. */
function addBaseClass(ctx: EmitContext, file: ModuleBuilder): void {
  const base = ctx.client.errorBaseClass;
  file.addClass({
    name: base,
    isExported: true,
    extends: "_ApiError",
    docs: jsDoc({
      description: `An error response from the API (any non-2xx status). Carries \`statusCode\`, the parsed \`body\`, the \`rawResponse\` (headers) and the \`requestId\` when the server sends one. Statuses the API declares have their own subclasses.`,
    }),
    properties: [{ name: "name", type: "string", isReadonly: true, hasOverrideKeyword: true, initializer: stringLiteral(base) }],
  });
}

/** One subclass of the base class per named status, typed with the bodies it may carry; returns the class by status. */
function addStatusClasses(ctx: EmitContext, file: ModuleBuilder): Map<string, string> {
  const classes = new Map<string, string>();
  for (const e of ctx.api.errors) {
    if (!e.name) continue;
    const cls = ctx.errorClasses.get(e.status)!;
    classes.set(e.status, cls);
    const bodyType = e.types.length ? [...new Set(e.types.map((t) => typeExpr(ctx, t, "output")))].join(" | ") : undefined;
    file.addClass({
      name: cls,
      isExported: true,
      extends: ctx.client.errorBaseClass,
      docs: jsDoc({ description: `HTTP ${e.status}${leadParagraph(e.description) ? `: ${leadParagraph(e.description)}` : ""}` }),
      properties: [
        { name: "name", type: "string", isReadonly: true, hasOverrideKeyword: true, initializer: stringLiteral(cls) },
        ...(bodyType ? [{ name: "body", type: bodyType, isReadonly: true, hasDeclareKeyword: true, hasOverrideKeyword: false }] : []),
      ],
    });
  }
  return classes;
}

/**
 * One table per distinct set of declared error responses: a status an operation does not declare falls back to
 * its `default` / range / base class, never to another operation's class. The groups come most common first (that
 * one is `errorTable`); there is always at least one.
 */
function errorGroups(ctx: EmitContext): ErrorGroup[] {
  const groups = new Map<string, ErrorGroup>();
  for (const op of ctx.api.resources.flatMap((r) => r.operations)) {
    const key = JSON.stringify(op.errors.map((e) => [e.status, e.type ?? null]));
    const g = groups.get(key) ?? { ops: [], errors: op.errors };
    g.ops.push(op.id);
    groups.set(key, g);
  }
  const ordered = [...groups.values()].sort((a, b) => b.ops.length - a.ops.length);
  if (ordered.length === 0) ordered.push({ ops: [], errors: [] });
  return ordered;
}

/** The error tables, each operation's table recorded in `ctx.errorTables`; returns the body mappers they name. */
function addErrorTables(ctx: EmitContext, file: ModuleBuilder, mappers: MapperWriter, classes: ReadonlyMap<string, string>): Set<string> {
  const base = ctx.client.errorBaseClass;
  const parsers = new Set<string>();
  errorGroups(ctx).forEach((g, i) => {
    const name = i === 0 ? "errorTable" : `errorTable${i + 1}`;
    for (const id of g.ops) ctx.errorTables.set(id, name);
    // `default` maps to the base class: listing it lets the runtime find (and apply) its body mapper.
    const byStatus = g.errors
      .filter((e) => classes.has(e.status) || e.status === "default")
      .map((e) => `${objectKey(e.status)}: ${classes.get(e.status) ?? base}`);
    const parse = g.errors.flatMap((e) => {
      const f = e.type ? mappers.fn(e.type, "fromWire") : undefined;
      if (f) parsers.add(f);
      return f ? [`${objectKey(e.status)}: ${f}`] : [];
    });
    file.addVariableStatement({
      isExported: true,
      declarationKind: "const" as any,
      docs: jsDoc({
        description:
          i === 0
            ? "Which class the runtime throws for a status: exact status, then range (4XX), then `default`, then the base class."
            : `Error classes of ${g.ops.map((o) => `\`${o}\``).join(", ")} (their declared error responses differ from the others').`,
      }),
      declarations: [
        {
          name,
          type: "ErrorTable",
          initializer: `{ base: ${base}${byStatus.length ? `, byStatus: { ${byStatus.join(", ")} }` : ""}${parse.length ? `, parse: { ${parse.join(", ")} }` : ""} }`,
        },
      ],
    });
  });
  return parsers;
}

/** The runtime's timeout, connection, abort and response errors, re-exported under the config's prefix. */
function addRuntimeErrorAliases(ctx: EmitContext, file: ModuleBuilder): void {
  const prefix = ctx.client.errorPrefix;
  file.addExportDeclaration({
    moduleSpecifier: "./core/errors.js",
    namedExports: [
      { name: "SdkError", alias: `${prefix}SdkError` },
      { name: "TimeoutError", alias: `${prefix}TimeoutError` },
      { name: "ConnectionError", alias: `${prefix}ConnectionError` },
      { name: "AbortError", alias: `${prefix}AbortError` },
      { name: "ResponseError", alias: `${prefix}ResponseError` },
    ],
  });
}
