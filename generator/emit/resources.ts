/**
 * `src/resources/<resource>.ts`: one class per resource group, one method per operation, plus the request
 * interfaces the methods take. Methods read like hand-written code: build a request spec, hand it to the runtime.
 * The steps live beside this file: method-plan.ts decides each method's arguments, request-spec.ts writes its
 * body, pagination-code.ts its page walk and method-docs.ts its TSDoc.
 */
import type {
  ClassDeclarationStructure,
  InterfaceDeclarationStructure,
  MethodDeclarationOverloadStructure,
  MethodDeclarationStructure,
  OptionalKind,
} from "ts-morph";
import type { ModuleBuilder } from "./module.js";
import type { Operation, Resource } from "../ir/types.js";
import type { EmitContext } from "./context.js";
import { jsDoc } from "./docs.js";
import type { MapperWriter } from "./mappers.js";
import { methodDocs } from "./method-docs.js";
import { keyOf, memberKeys, type MethodPlan, plan, type RequestShape } from "./method-plan.js";
import type { MethodDoc } from "./package-files.js";
import { propertyDocs } from "./models.js";
import { camelCase, keySource, safeIdentifier } from "./names.js";
import { callStatements, methodCode, requestSpec } from "./request-spec.js";
import { typeExpr } from "./type-expr.js";
import { emitWaiters } from "./waiters.js";

/** What a resource module imports from the runtime's `core/url.ts` when its requests use it. */
const URL_HELPERS = ["encodePathParam", "serializeHeaderValue", "encodeCookieValue"];

/** Emits the resource module; returns what the README says about each method. */
export function emitResource(ctx: EmitContext, r: Resource, file: ModuleBuilder, mappers: MapperWriter): MethodDoc[] {
  const plans = r.operations.map((op) => plan(ctx, op));
  const runtime = new Set<string>(["request as send"]);
  if (plans.some((p) => p.pathArgs.length > 0)) runtime.add("encodePathParam");
  const mapperImports = new Set<string>();
  for (const p of plans) {
    if (p.request) memberKeys(ctx, p.op, p.request);
    if (p.request?.kind === "interface") file.addInterface(requestInterface(ctx, r, p, p.request));
  }
  const cores = securityCores(ctx, r);
  const built = plans.map((p) => method(ctx, r, p, { mappers, runtime, mapperImports }, cores.of(p.op)));
  const cls = resourceClass(
    ctx,
    r,
    cores.overrides,
    built.map((b) => b.structure),
  );
  emitWaiters(ctx, r, cls, file);
  file.addClass(cls);
  addImports(ctx, file, plans, runtime, mapperImports);
  return built.map((b) => b.doc);
}

/** The request interface of a method: its parameters, its multipart fields, and the body (extended or a member). */
function requestInterface(ctx: EmitContext, r: Resource, p: MethodPlan, req: RequestShape): OptionalKind<InterfaceDeclarationStructure> {
  const members = [
    ...req.params.map((param) => ({
      name: keySource(keyOf(param)),
      hasQuestionToken: !param.required,
      type: typeExpr(ctx, param.type, "input"),
      docs: propertyDocs({
        name: param.name,
        type: param.type,
        required: param.required,
        deprecated: param.deprecated,
        readOnly: false,
        writeOnly: false,
        ...(param.description ? { description: param.description } : {}),
        ...(param.default !== undefined ? { default: param.default } : {}),
      }),
    })),
    ...req.fields.map((f) => ({
      name: keySource(keyOf(f)),
      hasQuestionToken: !f.required,
      type: typeExpr(ctx, f.type, "input"),
      docs: jsDoc({ description: f.description }),
    })),
    ...(req.bodyMember && p.op.body
      ? [
          {
            name: "body",
            hasQuestionToken: !p.op.body.required,
            type: typeExpr(ctx, p.op.body.type, "input"),
            docs: jsDoc({ description: p.op.body.description }),
          },
        ]
      : []),
  ];
  return {
    name: req.typeName,
    isExported: true,
    docs: jsDoc({ description: `Request for {@link ${ctx.spelling.className(r)}.${ctx.spelling.methodName(p.op)}}.` }),
    ...(req.extendsBody ? { extends: [req.extendsBody] } : {}),
    properties: members,
  };
}

/**
 * Operations whose security differs from the API's default get a core of their own, built once per instance:
 * the distinct overrides (as JSON), and the core property each operation uses.
 */
function securityCores(ctx: EmitContext, r: Resource): { overrides: string[]; of(op: Operation): string } {
  const def = JSON.stringify(ctx.api.defaultSecurity);
  const overrides = [
    ...new Set(r.operations.filter((o) => o.security && JSON.stringify(o.security) !== def).map((o) => JSON.stringify(o.security))),
  ];
  return {
    overrides,
    of: (op) =>
      op.security && JSON.stringify(op.security) !== def ? `this._core${overrides.indexOf(JSON.stringify(op.security)) + 1}` : "this._core",
  };
}

function resourceClass(
  ctx: EmitContext,
  r: Resource,
  overrides: string[],
  methods: Array<OptionalKind<MethodDeclarationStructure>>,
): OptionalKind<ClassDeclarationStructure> {
  const className = ctx.spelling.className(r);
  return {
    name: className,
    isExported: true,
    docs: jsDoc({ description: r.description }),
    properties: [
      { name: "_core", isReadonly: true, scope: "protected" as any, type: "ClientCore" },
      ...overrides.map((_, i) => ({ name: `_core${i + 1}`, isReadonly: true, scope: "private" as any, type: "ClientCore" })),
    ],
    ctors: [
      {
        parameters: [
          { name: "options", type: ctx.client.className + "Options", initializer: "{}" },
          { name: "core", type: "ClientCore", hasQuestionToken: true },
        ],
        statements: [
          "this._core = core ?? createCore(options);",
          ...overrides.map((sec, i) => `this._core${i + 1} = createCore(options, ${sec});`),
        ],
        docs: jsDoc({
          description: `Use it on its own (\`new ${className}({ … })\`) to import only this resource, or through the client.`,
        }),
      },
    ],
    methods,
  };
}

/** The module's imports: the symbols the code recorded as it used them, one declaration per runtime module. */
function addImports(ctx: EmitContext, file: ModuleBuilder, plans: MethodPlan[], runtime: Set<string>, mapperImports: Set<string>): void {
  const typeImports = new Set(file.usedTypes);
  for (const p of plans) if (p.request?.kind === "interface") typeImports.delete(p.request.typeName);
  if (file.usedRuntime.has("Uploadable")) runtime.add("type FileInput as Uploadable");
  let at = 0;
  const imp = (spec: string, names: string[], typeOnly = false) => {
    if (names.length === 0) return;
    file.insertImportDeclaration(at++, { moduleSpecifier: spec, namedImports: names.sort(), isTypeOnly: typeOnly });
  };
  imp("../core/fetcher.js", ["request as send"]);
  imp(
    "../core/url.js",
    [...runtime].filter((n) => URL_HELPERS.includes(n)),
  );
  const coreTypes = ["ClientCore", "RequestOptions"];
  if (runtime.has("type FileInput as Uploadable")) coreTypes.push("FileInput as Uploadable");
  imp("../core/types.js", coreTypes, true);
  if (runtime.has("HttpPromise")) imp("../core/http-promise.js", ["HttpPromise"], true);
  if (runtime.has("PagePromise")) imp("../core/pagination.js", ["PagePromise", ...(runtime.has("nextLink") ? ["nextLink"] : [])]);
  if (runtime.has("type Stream") || runtime.has("createStream")) {
    imp("../core/stream.js", [
      ...(runtime.has("createStream") ? ["createStream"] : []),
      ...(runtime.has("type Stream") ? ["type Stream"] : []),
    ]);
  }
  if (runtime.has("toFormData")) imp("../core/multipart.js", ["toFormData"]);
  if (runtime.has("resolveFile")) imp("../core/file.js", ["resolveFile"]);
  imp(
    "../errors.js",
    [...runtime].filter((n) => n.startsWith("table:")).map((n) => n.slice(6)),
  );
  imp("../options.js", ["createCore", `type ${ctx.client.className}Options`]);
  if (mapperImports.size) imp("../mappers.js", [...mapperImports]);
  if (typeImports.size) imp("../types.js", [...typeImports], true);
}

interface MethodParam {
  name: string;
  type: string;
  hasQuestionToken?: boolean;
}

/** The method's parameters: path arguments, the request, files, then `requestOptions`. */
function methodParams(ctx: EmitContext, p: MethodPlan): MethodParam[] {
  const params: MethodParam[] = [];
  for (const a of p.pathArgs) params.push({ name: a.ident, type: typeExpr(ctx, a.param.type, "input") });
  if (p.request) params.push({ name: "request", type: p.request.typeName, ...(p.request.optional ? { hasQuestionToken: true } : {}) });
  if (p.files.length) ctx.module?.usedRuntime.add("Uploadable");
  for (const f of p.files)
    params.push({
      name: f.ident,
      type: f.field.kind === "files" ? "Uploadable[]" : "Uploadable",
      ...(f.field.required ? {} : { hasQuestionToken: true }),
    });
  params.push({ name: "requestOptions", type: "RequestOptions", hasQuestionToken: true });
  // An optional parameter before a required one cannot use `?`: it takes `T | undefined` instead.
  for (let i = params.length - 1, requiredAfter = false; i >= 0; i--) {
    const q = params[i]!;
    if (!q.hasQuestionToken) requiredAfter = true;
    else if (requiredAfter) {
      q.hasQuestionToken = false;
      q.type = `${q.type} | undefined`;
    }
  }
  return params;
}

/** One method: its signature (with a compatibility overload when configured), body and README entry. */
function method(
  ctx: EmitContext,
  r: Resource,
  p: MethodPlan,
  uses: { mappers: MapperWriter; runtime: Set<string>; mapperImports: Set<string> },
  core: string,
): { doc: MethodDoc; structure: OptionalKind<MethodDeclarationStructure> } {
  const op = p.op;
  const params = methodParams(ctx, p);
  const code = methodCode(ctx, p, uses.mappers, uses.runtime, uses.mapperImports);
  const { statements, returnType } = callStatements(code, requestSpec(code), core);
  const { docs, example } = methodDocs(ctx, r, p);
  const name = ctx.spelling.methodName(op);
  const doc: MethodDoc = {
    resource: ctx.spelling.member(r),
    name,
    signature: `${name}(${params.map((q) => `${q.name}${q.hasQuestionToken ? "?" : ""}: ${q.type}`).join(", ")}): ${returnType}`,
    summary: (op.summary ?? op.description ?? "").split("\n")[0]!,
    example,
  };
  if (op.ignoredArguments.length === 0) return { doc, structure: { name, parameters: params, returnType, statements, docs } };
  return { doc, structure: withIgnoredArguments(ctx, op, { params, returnType, statements, docs }) };
}

/**
 * The method with a compatibility overload for callers that pass arguments the endpoint does not take (config
 * `ignoredArguments`): the implementation drops them when the first argument is a string.
 */
function withIgnoredArguments(
  ctx: EmitContext,
  op: Operation,
  m: { params: MethodParam[]; returnType: string; statements: string[]; docs: ReturnType<typeof jsDoc> },
): OptionalKind<MethodDeclarationStructure> {
  const { params, returnType, statements, docs } = m;
  const ignored = op.ignoredArguments.map((a) => ({ name: safeIdentifier(camelCase(a)), type: "string" }));
  const overloads: OptionalKind<MethodDeclarationOverloadStructure>[] = [
    { parameters: params, returnType, docs },
    {
      parameters: [...ignored, ...params],
      returnType,
      docs: jsDoc({
        description: `Accepts and ignores ${ignored.map((i) => `\`${i.name}\``).join(", ")}: the endpoint takes no such argument (kept so existing calls keep compiling).`,
        deprecated: `Call \`${ctx.spelling.methodName(op)}(${params.map((x) => x.name).join(", ")})\` instead.`,
      }),
    },
  ];
  const n = ignored.length;
  const args = params.map((x) => x.name);
  return {
    name: ctx.spelling.methodName(op),
    overloads,
    parameters: [{ name: "...args", type: "unknown[]" }],
    returnType,
    statements: [
      `const [${args.join(", ")}] = (typeof args[0] === "string" ? args.slice(${n}) : args) as [${params.map((x) => `${x.type}${x.hasQuestionToken ? " | undefined" : ""}`).join(", ")}];`,
      ...statements,
    ],
  };
}
