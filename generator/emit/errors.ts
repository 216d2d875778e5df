/**
 * `src/errors.ts`: the SDK's error base class (named in the config), one subclass per declared status, the error
 * table the runtime uses to pick a class, and branded aliases of the runtime's timeout/connection/abort errors.
 */
import type { SourceFile } from "ts-morph";
import type { EmitContext } from "./context.js";
import { jsDoc } from "./docs.js";
import type { MapperWriter } from "./mappers.js";
import { typeExpr } from "./type-expr.js";

export function errorClassName(name: string): string {
  return name.endsWith("Error") ? name : `${name}Error`;
}

export function emitErrors(ctx: EmitContext, file: SourceFile, mappers: MapperWriter): void {
  const base = ctx.config.client.errorBaseClass;
  const prefix = ctx.config.client.errorPrefix;
  // The runtime's classes are imported under aliases no API name can take (the base class may well be `ApiError`).
  file.addImportDeclaration({ moduleSpecifier: "./core/errors.js", namedImports: [{ name: "ApiError", alias: "_ApiError" }] });
  file.addImportDeclaration({ moduleSpecifier: "./core/types.js", namedImports: ["ErrorTable"], isTypeOnly: true });
  file.addClass({
    name: base,
    isExported: true,
    extends: "_ApiError",
    docs: jsDoc({
      description: `An error response from the API (any non-2xx status). Carries \`statusCode\`, the parsed \`body\`, the \`rawResponse\` (headers) and the \`requestId\` when the server sends one. Statuses the API declares have their own subclasses.`,
    }),
    properties: [{ name: "name", type: "string", isReadonly: true, hasOverrideKeyword: true, initializer: JSON.stringify(base) }],
  });
  const byStatus: string[] = [];
  const parsers: string[] = [];
  const typeNames = new Set<string>();
  for (const e of ctx.api.errors) {
    if (!e.name) continue;
    const cls = errorClassName(e.name);
    const bodyType = e.types.length ? [...new Set(e.types.map((t) => typeExpr(ctx, t, "output")))].join(" | ") : undefined;
    if (bodyType) for (const m of bodyType.matchAll(/\b[A-Z][A-Za-z0-9_]*\b/g)) if (ctx.api.types.some((t) => ctx.typeName(t.name) === m[0])) typeNames.add(m[0]);
    file.addClass({
      name: cls,
      isExported: true,
      extends: base,
      docs: jsDoc({ description: `HTTP ${e.status}${e.description ? `: ${e.description}` : ""}` }),
      properties: [
        { name: "name", type: "string", isReadonly: true, hasOverrideKeyword: true, initializer: JSON.stringify(cls) },
        ...(bodyType ? [{ name: "body", type: bodyType, isReadonly: true, hasDeclareKeyword: true, hasOverrideKeyword: false }] : []),
      ],
    });
    byStatus.push(`${JSON.stringify(e.status)}: ${cls}`);
    const parseFns = e.types.map((t) => mappers.fn(t, "fromWire")).filter(Boolean);
    if (parseFns.length === 1) parsers.push(`${JSON.stringify(e.status)}: ${parseFns[0]}`);
  }
  file.addVariableStatement({
    isExported: true,
    declarationKind: "const" as any,
    docs: jsDoc({ description: "Which class the runtime throws for a status: exact status, then range (4XX), then `default`, then the base class." }),
    declarations: [
      {
        name: "errorTable",
        type: "ErrorTable",
        initializer: `{ base: ${base}${byStatus.length ? `, byStatus: { ${byStatus.join(", ")} }` : ""}${parsers.length ? `, parse: { ${parsers.join(", ")} }` : ""} }`,
      },
    ],
  });
  if (parsers.length) file.addImportDeclaration({ moduleSpecifier: "./mappers.js", namedImports: parsers.map((p) => p.split(": ")[1]!).filter((v, i, a) => a.indexOf(v) === i) });
  if (typeNames.size) file.addImportDeclaration({ moduleSpecifier: "./types.js", namedImports: [...typeNames].sort(), isTypeOnly: true });
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
