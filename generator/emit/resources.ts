/**
 * `src/resources/<resource>.ts`: one class per resource group, one method per operation, plus the request
 * interfaces the methods take. Methods read like hand-written code: build a request spec, hand it to the runtime.
 */
import type { ClassDeclarationStructure, MethodDeclarationOverloadStructure, MethodDeclarationStructure, OptionalKind } from "ts-morph";
import type { ModuleBuilder } from "./module.js";
import type { MultipartField, Operation, Parameter, Resource, TypeRef } from "../ir/types.js";
import type { EmitContext } from "./context.js";
import { jsDoc } from "./docs.js";
import { exampleFilePath, exampleValue } from "./examples.js";
import type { MapperWriter } from "./mappers.js";
import type { MethodDoc } from "./package-files.js";
import { propertyDocs } from "./models.js";
import { access, camelCase, keySource, propertyKey, safeIdentifier } from "./names.js";
import { isIdentifier } from "../words.js";
import { typeExpr } from "./type-expr.js";
import { emptyOkEntry } from "./empty-body.js";
import { emitWaiters } from "./waiters.js";
import { pathSource } from "./path-template.js";
import { NameRegistry } from "./naming.js";
import { objectKey, stringLiteral } from "./escape.js";

/** What the request argument of a method looks like. */
interface RequestShape {
  typeName: string;
  /** interface: params (+ flattened body); body: the body type itself is the argument. */
  kind: "interface" | "body";
  optional: boolean;
  /** Body type flattened into the interface via `extends`. */
  extendsBody?: string;
  /** Body kept as a `body` member. */
  bodyMember?: boolean;
  params: Parameter[];
  fields: MultipartField[];
}

interface MethodPlan {
  op: Operation;
  pathArgs: Array<{ param: Parameter; ident: string }>;
  request?: RequestShape;
  files: Array<{ field: MultipartField; ident: string }>;
  returnType: string;
}

function isObjectType(ctx: EmitContext, t: TypeRef): boolean {
  const r = ctx.resolve(t);
  return r?.kind === "object" && t.kind === "named";
}

function hasRequiredMembers(ctx: EmitContext, t: TypeRef): boolean {
  const r = ctx.resolve(t);
  return r?.kind === "object" ? r.properties.some((p) => p.required && !p.readOnly) : true;
}

/**
 * TypeScript keys of a request's members, claimed in one registry per request interface: camelCase, unless two
 * collide (a header and a query parameter with one name): then the location is appended (`lastEventIdHeader`),
 * and a numeric suffix if that is still taken (`frontend_api` and `frontendApi`, both in the query).
 */
const KEYS = new WeakMap<object, string>();
function memberKeys(ctx: EmitContext, op: Operation, req: RequestShape): void {
  const all: Array<{ item: object; name: string; where: string }> = [
    ...req.params.map((p) => ({ item: p, name: p.name, where: p.in })),
    ...req.fields.map((f) => ({ item: f, name: f.name, where: "field" })),
  ];
  const count = new Map<string, number>();
  for (const a of all) count.set(propertyKey(a.name), (count.get(propertyKey(a.name)) ?? 0) + 1);
  const names = new NameRegistry(`the request of ${op.id}`, ctx.reporter, req.bodyMember ? ["body"] : []);
  for (const a of all) {
    const k = propertyKey(a.name);
    const wanted = count.get(k)! > 1 ? propertyKey(`${a.name} ${a.where}`) : k;
    KEYS.set(a.item, names.claim(wanted, `the ${a.where} parameter \`${a.name}\``, op.source));
  }
}
function keyOf(item: Parameter | MultipartField): string {
  return KEYS.get(item) ?? propertyKey(item.name);
}

/** The TypeScript key of a body property (for the stream flag). */
function flagTsKey(ctx: EmitContext, body: TypeRef, wire: string): string {
  const obj = ctx.resolve(body);
  return obj?.kind === "object" ? (ctx.keys(obj.properties).get(wire) ?? propertyKey(wire)) : propertyKey(wire);
}

/** Values a resource module imports by name. */
const MODULE_VALUES = [
  "send",
  "encodePathParam",
  "serializeHeaderValue",
  "createCore",
  "toFormData",
  "resolveFile",
  "createStream",
  "nextLink",
  "PagePromise",
  "fs",
  "client",
  "result",
];

function plan(ctx: EmitContext, op: Operation): MethodPlan {
  // Method locals must not shadow what the module imports (runtime functions, error tables, mappers).
  const used = new Set(["requestOptions", "request", "body", "args", ...MODULE_VALUES]);
  const taken = (ident: string) => used.has(ident) || /^errorTable\d*$|(FromWire|ToWire)$|^p\d+$/.test(ident);
  const pathArgs = op.params
    .filter((p) => p.in === "path")
    .map((param) => {
      let ident = safeIdentifier(camelCase(param.name) || param.name);
      while (taken(ident)) ident = `${ident}_`;
      used.add(ident);
      return { param, ident };
    });
  const params = op.params.filter((p) => p.in !== "path");
  const body = op.body;
  const fileFields = body?.kind === "multipart" ? (body.fields ?? []).filter((f) => f.kind === "file" || f.kind === "files") : [];
  const otherFields = body?.kind === "multipart" ? (body.fields ?? []).filter((f) => f.kind !== "file" && f.kind !== "files") : [];
  const files = [...fileFields.filter((f) => f.required), ...fileFields.filter((f) => !f.required)].map((field) => {
    let ident = safeIdentifier(camelCase(field.name) || field.name);
    while (taken(ident)) ident = `${ident}_`;
    used.add(ident);
    return { field, ident };
  });
  let request: RequestShape | undefined;
  const jsonLike = body && body.kind !== "multipart";
  // A flag the SDK sets itself (streamFlag) is not the caller's to pass.
  const flagKey = op.streamFlag && body ? flagTsKey(ctx, body.type, op.streamFlag.property) : undefined;
  const withoutFlag = (t: string) => (flagKey ? `Omit<${t}, ${stringLiteral(flagKey)}>` : t);
  if (params.length === 0 && otherFields.length === 0 && jsonLike) {
    request = {
      typeName: withoutFlag(typeExpr(ctx, body.type, "input")),
      kind: "body",
      optional: !body.required && !hasRequiredMembers(ctx, body.type),
      params: [],
      fields: [],
    };
  } else if (params.length > 0 || otherFields.length > 0 || jsonLike) {
    const flatten =
      jsonLike &&
      isObjectType(ctx, body.type) &&
      !params.some(
        (p) =>
          ctx.resolve(body.type)?.kind === "object" &&
          (ctx.resolve(body.type) as any).properties.some((q: any) => propertyKey(q.name) === propertyKey(p.name)),
      );
    request = {
      typeName: ctx.spelling.requestTypeName(op),
      kind: "interface",
      optional:
        !params.some((p) => p.required) &&
        !otherFields.some((f) => f.required) &&
        (!jsonLike || (!body.required && !hasRequiredMembers(ctx, body.type))),
      params,
      fields: otherFields,
      ...(jsonLike && flatten ? { extendsBody: withoutFlag(typeExpr(ctx, body.type, "input")) } : {}),
      ...(jsonLike && !flatten ? { bodyMember: true } : {}),
    };
  }
  return { op, pathArgs, files, returnType: returnType(ctx, op), ...(request ? { request } : {}) };
}

function successTypes(ctx: EmitContext, op: Operation): string[] {
  const out = new Set<string>();
  for (const r of op.responses) {
    if (r.kind === "none") out.add("void");
    else if (r.kind === "text") out.add("string");
    else if (r.kind === "binary") out.add("Blob");
    else out.add(r.type ? typeExpr(ctx, r.type, "output") : "unknown");
  }
  return [...out];
}

function returnType(ctx: EmitContext, op: Operation): string {
  const streamed = op.responses.find((r) => r.kind === "sse" || r.kind === "ndjson");
  if (streamed) return `Stream<${streamed.type ? typeExpr(ctx, streamed.type, "output") : "unknown"}>`;
  const types = successTypes(ctx, op);
  if (types.length === 0) return "void";
  const nonVoid = types.filter((t) => t !== "void");
  if (nonVoid.length && nonVoid.length < types.length) return `${nonVoid.join(" | ")} | undefined`;
  return types.join(" | ");
}

/** Emits the resource module; returns what the README says about each method. */
export function emitResource(ctx: EmitContext, r: Resource, file: ModuleBuilder, mappers: MapperWriter): MethodDoc[] {
  const className = ctx.spelling.className(r);
  const plans = r.operations.map((op) => plan(ctx, op));
  const typeImports = new Set<string>();
  const mapperImports = new Set<string>();
  const runtime = new Set<string>(["request as send"]);
  const needsEncode = plans.some((p) => p.pathArgs.length > 0);
  if (needsEncode) runtime.add("encodePathParam");

  // Request interfaces.
  for (const p of plans) {
    if (p.request) memberKeys(ctx, p.op, p.request);
    const req = p.request;
    if (req?.kind !== "interface") continue;
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
    file.addInterface({
      name: req.typeName,
      isExported: true,
      docs: jsDoc({ description: `Request for {@link ${className}.${ctx.spelling.methodName(p.op)}}.` }),
      ...(req.extendsBody ? { extends: [req.extendsBody] } : {}),
      properties: members,
    });
  }

  // Operations whose security differs from the API's default get a core of their own, built once per instance.
  const def = JSON.stringify(ctx.api.defaultSecurity);
  const overrides = [
    ...new Set(r.operations.filter((o) => o.security && JSON.stringify(o.security) !== def).map((o) => JSON.stringify(o.security))),
  ];
  const coreFor = (op: Operation) =>
    op.security && JSON.stringify(op.security) !== def ? `this._core${overrides.indexOf(JSON.stringify(op.security)) + 1}` : "this._core";
  const built = plans.map((p) => method(ctx, r, p, mappers, runtime, mapperImports, coreFor(p.op)));
  const methods = built.map((b) => b.structure);
  const cls: OptionalKind<ClassDeclarationStructure> = {
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
  emitWaiters(ctx, r, cls, file);
  file.addClass(cls);

  // Imports: the symbols the code above recorded as it used them.
  for (const name of file.usedTypes) typeImports.add(name);
  for (const p of plans) if (p.request?.kind === "interface") typeImports.delete(p.request.typeName);
  if (file.usedRuntime.has("Uploadable")) runtime.add("type FileInput as Uploadable");
  let at = 0;
  const imp = (spec: string, names: string[], typeOnly = false) => {
    if (names.length === 0) return;
    file.insertImportDeclaration(at++, { moduleSpecifier: spec, namedImports: names.sort(), isTypeOnly: typeOnly });
  };
  imp("../core/fetcher.js", ["request as send"]);
  if (runtime.has("encodePathParam") || runtime.has("serializeHeaderValue"))
    imp(
      "../core/url.js",
      [...runtime].filter((n) => n === "encodePathParam" || n === "serializeHeaderValue"),
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
  return built.map((b) => b.doc);
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

function method(
  ctx: EmitContext,
  r: Resource,
  p: MethodPlan,
  mappers: MapperWriter,
  runtime: Set<string>,
  mapperImports: Set<string>,
  core: string,
) {
  const op = p.op;
  const params = methodParams(ctx, p);

  const req = p.request;
  const lines: string[] = [];
  const reqVar = "request";
  const get = (item: Parameter | MultipartField) => {
    const key = keyOf(item);
    const dot = req?.optional ? "?." : ".";
    return isIdentifier(key) ? `${reqVar}${dot}${key}` : `${reqVar}${req?.optional ? "?." : ""}[${stringLiteral(key)}]`;
  };
  let bodyVar: string | undefined;
  if (req?.kind === "interface" && req.extendsBody) {
    const picks = req.params.map((q, i) => `${keySource(keyOf(q))}: p${i}`);
    lines.push(`const { ${picks.join(", ")}, ...body } = ${reqVar}${req.optional ? " ?? {}" : ""};`);
    bodyVar = "body";
  }
  const paramValue = (q: Parameter, i: number) => {
    const raw = bodyVar ? `p${i}` : get(q);
    // Dates and other primitives are serialized by the runtime; only structured values need a mapper.
    const mapped = ctx.resolve(q.type)?.kind === "primitive" ? undefined : mappers.fn(q.type, "toWire");
    if (mapped) mapperImports.add(mapped);
    const value = mapped ? `${mapped}(${raw})` : raw;
    // A parameter declared with `content: application/json` is one JSON-encoded value.
    return q.json ? `${raw} === undefined ? undefined : JSON.stringify(${value})` : value;
  };

  const spec: string[] = [`method: ${stringLiteral(op.method)}`];
  spec.push(`path: ${pathSource(op.path, p.pathArgs)}`);
  const query = req?.params.map((q, i) => ({ q, i })).filter(({ q }) => q.in === "query") ?? [];
  if (query.length) {
    spec.push(
      `query: [${query
        .map(({ q, i }) => {
          const extra: string[] = [];
          if (q.style !== "form") extra.push(`style: ${stringLiteral(q.style)}`);
          if (q.explode !== (q.style === "form")) extra.push(`explode: ${q.explode}`);
          if (q.allowReserved) extra.push("allowReserved: true");
          return `{ name: ${stringLiteral(q.name)}, value: ${paramValue(q, i)}${extra.length ? ", " + extra.join(", ") : ""} }`;
        })
        .join(", ")}]`,
    );
  }
  const headers = req?.params.map((q, i) => ({ q, i })).filter(({ q }) => q.in === "header") ?? [];
  const cookies = req?.params.map((q, i) => ({ q, i })).filter(({ q }) => q.in === "cookie") ?? [];
  // JSON with another media type (application/merge-patch+json…): the runtime defaults to application/json.
  const jsonType = op.body?.kind === "json" && op.body.contentType !== "application/json" ? op.body.contentType : undefined;
  if (headers.length || cookies.length || jsonType) {
    // Sent only with a body: an optional body left out sends neither.
    const bodySource = bodyVar ?? (req?.bodyMember ? `${reqVar}${req.optional ? "?." : "."}body` : reqVar);
    const entries = jsonType ? [`"Content-Type": ${bodySource} === undefined ? undefined : ${stringLiteral(jsonType)}`] : [];
    entries.push(
      ...headers.map(({ q, i }) => {
        const v = paramValue(q, i);
        const prim = ctx.resolve(q.type);
        const isString = prim?.kind === "primitive" && prim.type === "string";
        if (!isString) runtime.add("serializeHeaderValue");
        return `${objectKey(q.name)}: ${isString ? v : `serializeHeaderValue(${v})`}`;
      }),
    );
    if (cookies.length) {
      runtime.add("serializeHeaderValue");
      const parts = cookies.map(
        ({ q, i }) =>
          `${paramValue(q, i)} === undefined ? undefined : ${stringLiteral(q.name + "=")} + encodeURIComponent(serializeHeaderValue(${paramValue(q, i)}) ?? "")`,
      );
      entries.push(`Cookie: [${parts.join(", ")}].filter((c) => c !== undefined).join("; ") || undefined`);
    }
    spec.push(`headers: { ${entries.join(", ")} }`);
  }
  const body = op.body;
  if (body) {
    if (body.kind === "multipart") {
      const parts = (body.fields ?? []).map((f) => {
        const file = p.files.find((x) => x.field === f);
        const value = file ? file.ident : get(f);
        const mapped = !file ? mappers.fn(f.type, "toWire") : undefined;
        if (mapped) mapperImports.add(mapped);
        return `{ kind: ${stringLiteral(f.kind)}, name: ${stringLiteral(f.name)}, value: ${mapped ? `${mapped}(${value})` : value}${f.contentType ? `, contentType: ${stringLiteral(f.contentType)}` : ""} }`;
      });
      runtime.add("toFormData");
      spec.push(`body: { type: "multipart", parts: [${parts.join(", ")}], toFormData }`);
    } else {
      const source = bodyVar ?? (req?.bodyMember ? `${reqVar}${req.optional ? "?." : "."}body` : reqVar);
      const mapped = mappers.fn(body.type, "toWire");
      if (mapped) mapperImports.add(mapped);
      let value = mapped ? `${mapped}(${source})` : source;
      // A mapper returns wire JSON as `unknown`: a form body and a spread take it as the object it is.
      if (mapped && body.kind === "form") value = `${value} as object | undefined`;
      if (op.streamFlag)
        value = `{ ...${mapped ? `(${value} as object)` : value}, ${objectKey(op.streamFlag.property)}: ${op.streamFlag.value} }`;
      const ct = body.kind === "binary" || body.kind === "text" ? `, contentType: ${stringLiteral(body.contentType)}` : "";
      if (body.kind === "binary") runtime.add("resolveFile");
      spec.push(`body: { type: ${stringLiteral(body.kind)}, value: ${value}${ct}${body.kind === "binary" ? ", resolveFile" : ""} }`);
    }
  }
  const streamed = op.responses.find((x) => x.kind === "sse" || x.kind === "ndjson");
  const primary = streamed ?? op.responses.find((x) => x.kind !== "none") ?? op.responses[0];
  const responseType = !primary ? "none" : primary.kind === "binary" ? "blob" : primary.kind;
  spec.push(`responseType: ${stringLiteral(responseType)}`);
  const parsers = op.responses
    .filter((x) => x.kind === "json" || x.kind === "sse" || x.kind === "ndjson")
    .map((x) => ({ x, f: x.type ? mappers.fn(x.type, "fromWire") : undefined }));
  const distinct = [...new Set(parsers.map((x) => x.f))];
  if (distinct.length === 1 && distinct[0]) {
    mapperImports.add(distinct[0]);
    spec.push(`parse: ${distinct[0]}`);
  } else if (distinct.some(Boolean)) {
    const cases = parsers
      .filter((x) => x.f)
      .map(({ x, f }) => {
        mapperImports.add(f!);
        return `status === ${Number(x.status)} ? ${f}(wire) : `;
      });
    spec.push(`parse: (wire: unknown, status: number) => ${cases.join("")}(wire as ${sendTypeOf(ctx, p)})`);
  }
  const emptyOk = emptyOkEntry(op, responseType);
  if (emptyOk) spec.push(emptyOk);
  if (streamed?.kind === "sse") spec.push(`streamTerminator: "[DONE]"`);
  if (streamed) {
    runtime.add("createStream");
    runtime.add("type Stream");
    spec.push("stream: createStream");
  }
  const table = ctx.errorTables.get(op.id) ?? "errorTable";
  runtime.add(`table:${table}`);
  spec.push(`errors: ${table}`);

  // The type argument picks the right `send` overload and types the result even when no mapper is involved.
  const sendType = sendTypeOf(ctx, p);
  const sendCall = `send<${sendType}>`;
  const paged = pagination(ctx, p, req);
  let statements: string[];
  let returnType: string;
  if (paged) {
    // Each page re-runs the spec with the page's request; `request` inside the arrow is that page's request.
    runtime.add("PagePromise");
    if (paged.kind === "link") runtime.add("nextLink");
    const fetchPage =
      paged.kind === "link"
        ? `(url: string | undefined) => ${sendCall}(${core}, { ${spec.join(", ")}, ...(url ? { path: url, query: undefined } : {}) }, requestOptions).withRawResponse()`
        : `(request: ${req!.typeName}${req!.optional ? " | undefined" : ""}) => { ${lines.join(" ")} return ${sendCall}(${core}, { ${spec.join(", ")} }, requestOptions).withRawResponse(); }`;
    returnType = `PagePromise<${paged.item}, ${p.returnType}>`;
    statements = [
      `return new PagePromise<${paged.item}, ${p.returnType}>({`,
      `  fetchPage: ${fetchPage},`,
      `  getItems: (response) => ${paged.items},`,
      `  getNextRequest: ${paged.next},`,
      `}, ${paged.kind === "link" ? "undefined" : "request"});`,
    ];
  } else {
    statements = [...lines, `return ${sendCall}(${core}, { ${spec.join(", ")} }, requestOptions);`];
    returnType = `HttpPromise<${p.returnType}>`;
    runtime.add("HttpPromise");
  }

  const { docs, example } = methodDocs(ctx, r, p);
  const doc: MethodDoc = {
    resource: ctx.spelling.member(r),
    name: ctx.spelling.methodName(op),
    signature: `${ctx.spelling.methodName(op)}(${params.map((q) => `${q.name}${q.hasQuestionToken ? "?" : ""}: ${q.type}`).join(", ")}): ${returnType}`,
    summary: (op.summary ?? op.description ?? "").split("\n")[0]!,
    example,
  };
  if (op.ignoredArguments.length === 0) {
    return { doc, structure: { name: ctx.spelling.methodName(op), parameters: params, returnType, statements, docs } };
  }
  return { doc, structure: withIgnoredArguments(ctx, op, { params, returnType, statements, docs }) };
}

/** The type argument of `send`: the event type of a stream, else the method's result type. */
function sendTypeOf(ctx: EmitContext, p: MethodPlan): string {
  const streamed = p.op.responses.find((x) => x.kind === "sse" || x.kind === "ndjson");
  return streamed ? (streamed.type ? typeExpr(ctx, streamed.type, "output") : "unknown") : p.returnType;
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

interface Paged {
  kind: string;
  /** TypeScript type of one item. */
  item: string;
  /** Expression over `response` giving the items. */
  items: string;
  /** `getNextRequest` arrow function. */
  next: string;
}

/** How a paginated operation walks its pages, in terms of the request interface's TypeScript keys. */
function pagination(ctx: EmitContext, p: MethodPlan, req: RequestShape | undefined): Paged | undefined {
  const pg = p.op.pagination;
  const json = p.op.responses.find((x) => x.kind === "json");
  if (!pg || !json?.type) return undefined;
  const obj = ctx.resolve(json.type);
  let itemsExpr = "response";
  let itemType: TypeRef | undefined = obj?.kind === "array" ? obj.items : undefined;
  if (pg.itemsPath.length) {
    if (obj?.kind !== "object") return undefined;
    const prop = obj.properties.find((x) => x.name === pg.itemsPath[0]);
    if (prop?.type.kind !== "array") return undefined;
    itemsExpr = `response${access("", ctx.keys(obj.properties).get(prop.name)!).replace(/^\./, "?.").replace(/^\[/, "?.[")}`;
    itemType = prop.type.items;
  }
  if (!itemType) return undefined;
  const item = typeExpr(ctx, itemType, "output");
  const paramKey = (wire: string) => {
    const q = req?.params.find((x) => x.name === wire);
    return q ? keyOf(q) : undefined;
  };
  const set = (key: string, value: string) => `({ ...request, ${keySource(key)}: ${value} })`;
  switch (pg.kind) {
    case "offset": {
      const off = paramKey(pg.offsetParam);
      const lim = pg.limitParam ? paramKey(pg.limitParam) : undefined;
      if (!off || !req) return undefined;
      const get = (k: string) => `request${access("?", k).replace(/^\?\./, "?.").replace(/^\?\[/, "?.[")}`;
      const last = lim ? `items.length < (${get(lim)} ?? 1) ? undefined : ` : "";
      return {
        kind: pg.kind,
        item,
        items: itemsExpr,
        next: `({ request, items }) => ${last}${set(off, `(${get(off)} ?? 0) + items.length`)}`,
      };
    }
    case "page": {
      const page = paramKey(pg.pageParam);
      if (!page || !req) return undefined;
      const get = `request${access("?", page).replace(/^\?\./, "?.").replace(/^\?\[/, "?.[")}`;
      return { kind: pg.kind, item, items: itemsExpr, next: `({ request }) => ${set(page, `(${get} ?? 1) + 1`)}` };
    }
    case "cursor": {
      const cursor = paramKey(pg.cursorParam);
      if (!cursor || !req || obj?.kind !== "object") return undefined;
      const keys = ctx.keys(obj.properties);
      const nextKey = keys.get(pg.nextCursorPath[0]!);
      const moreKey = pg.hasMorePath ? keys.get(pg.hasMorePath[0]!) : undefined;
      if (!nextKey) return undefined;
      const nextExpr = `response${access("", nextKey)}`;
      const stop = moreKey ? `response${access("", moreKey)} === false || ` : "";
      return {
        kind: pg.kind,
        item,
        items: itemsExpr,
        next: `({ request, response }) => ${stop}${nextExpr} == null ? undefined : ${set(cursor, `String(${nextExpr})`)}`,
      };
    }
    case "link":
      return { kind: pg.kind, item, items: itemsExpr, next: `({ rawResponse }) => nextLink(rawResponse)` };
  }
}

/**
 * One `@throws` line for the API's error family: the base class, and the subclass of each status the operation
 * declares (`400 {@link BadRequestError}, 401 …`), instead of one line per status.
 */
function throwsLine(ctx: EmitContext, op: Operation): string {
  const declared = op.errors.flatMap((e) => {
    const cls = ctx.api.errors.find((x) => x.status === e.status)?.name ? ctx.errorClasses.get(e.status) : undefined;
    return cls ? [`${e.status} {@link ${cls}}`] : [];
  });
  const base = `{@link ${ctx.client.errorBaseClass}} on a non-2xx response`;
  return declared.length ? `${base}, as the subclass of its status: ${declared.join(", ")}` : base;
}

function methodDocs(ctx: EmitContext, r: Resource, p: MethodPlan) {
  const op = p.op;
  const tags: Array<[string, string]> = [];
  // A parameter the spec says nothing about gets no @param line: its name and type say it all.
  for (const a of p.pathArgs) if (a.param.description) tags.push(["param", `${a.ident} ${a.param.description}`]);
  if (p.request?.kind === "body" && op.body?.description) tags.push(["param", `request ${op.body.description}`]);
  for (const f of p.files)
    tags.push([
      "param",
      `${f.ident} ${f.field.description ? `${f.field.description} ` : ""}(Blob, File, bytes, a web or Node.js readable stream)`,
    ]);
  tags.push(["param", "requestOptions Per-request timeout, retries, abort signal and headers."]);
  tags.push(["throws", throwsLine(ctx, op)]);
  const clientVar = "client";
  const args: string[] = p.pathArgs.map((a) => exampleValue(ctx, a.param.type, a.param.name));
  if (p.request) {
    const req = p.request;
    if (req.kind === "body") args.push(op.body ? exampleValue(ctx, op.body.type, "body") : "{}");
    else {
      const members: string[] = [];
      for (const q of req.params.filter((x) => x.required)) members.push(`${keySource(keyOf(q))}: ${exampleValue(ctx, q.type, q.name)}`);
      for (const f of req.fields.filter((x) => x.required)) members.push(`${keySource(keyOf(f))}: ${exampleValue(ctx, f.type, f.name)}`);
      if (req.extendsBody && op.body) {
        const b = exampleValue(ctx, op.body.type, "body")
          .replace(/^\{\s*/, "")
          .replace(/\s*\}$/, "");
        if (b) members.push(b);
      }
      if (req.bodyMember && op.body?.required) members.push(`body: ${exampleValue(ctx, op.body.type, "body")}`);
      // An optional request followed by a required file still takes its place (as undefined).
      const fileFollows = p.files.some((f) => f.field.required);
      if (members.length || !req.optional) args.push(`{ ${members.join(", ")} }`);
      else if (fileFollows) args.push("undefined");
    }
  }
  for (const f of p.files.filter((x) => x.field.required)) {
    const read = `fs.createReadStream(${stringLiteral(exampleFilePath(f.field))})`;
    args.push(f.field.kind === "files" ? `[${read}]` : read);
  }
  const accessor = `${clientVar}.${ctx.spelling.member(r)}.${ctx.spelling.methodName(op)}`;
  const example = `${p.files.length ? 'import fs from "node:fs";\n' : ""}const result = await ${accessor}(${args.join(", ")});`;
  tags.push(["example", `\n${example}`]);
  return {
    example,
    docs: jsDoc({
      description: [op.summary, op.description].filter((x, i, a) => x && a.indexOf(x) === i).join("\n\n"),
      deprecated: op.deprecated,
      tags,
    }),
  };
}
