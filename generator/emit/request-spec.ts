/**
 * The body of a resource method: the request spec it hands to the runtime's `send` (method, path, query, headers,
 * body, how to read the response, the error table), and the return statement around it (plain, or a PagePromise
 * that re-runs the spec per page). Each part is its own step; the steps run in a fixed order because each mapper is
 * declared in mappers.ts where it is first used.
 */
import type { EmitContext } from "./context.js";
import { emptyOkEntry } from "./empty-body.js";
import { objectKey, stringLiteral } from "./escape.js";
import type { MultipartField, Parameter } from "../ir/types.js";
import type { MapperWriter } from "./mappers.js";
import { keyOf, type MethodPlan, sendTypeOf } from "./method-plan.js";
import { isIdentifier } from "../words.js";
import { keySource } from "./names.js";
import { pagination } from "./pagination-code.js";
import { pathSource } from "./path-template.js";

/** What the steps of one method share, and the imports they record as they use runtime symbols and mappers. */
export interface MethodCode {
  ctx: EmitContext;
  p: MethodPlan;
  mappers: MapperWriter;
  /** Runtime symbols (and `table:<error table>`) the module imports. */
  runtime: Set<string>;
  mapperImports: Set<string>;
  /** Statements before the call: the split of a request whose interface extends the body. */
  lines: string[];
  /** The local holding the body when the request was split, else undefined. */
  bodyVar?: string;
}

const REQUEST = "request";

export function methodCode(
  ctx: EmitContext,
  p: MethodPlan,
  mappers: MapperWriter,
  runtime: Set<string>,
  mapperImports: Set<string>,
): MethodCode {
  const m: MethodCode = { ctx, p, mappers, runtime, mapperImports, lines: [] };
  const req = p.request;
  if (req?.kind === "interface" && req.extendsBody) {
    const picks = req.params.map((q, i) => `${keySource(keyOf(q))}: p${i}`);
    m.lines.push(`const { ${picks.join(", ")}, ...body } = ${REQUEST}${req.optional ? " ?? {}" : ""};`);
    m.bodyVar = "body";
  }
  return m;
}

/** `request.key` (or `request?.["a-b"]`): a member of the request argument. */
function member(m: MethodCode, item: Parameter | MultipartField): string {
  const req = m.p.request;
  const key = keyOf(item);
  return isIdentifier(key)
    ? `${REQUEST}${req?.optional ? "?." : "."}${key}`
    : `${REQUEST}${req?.optional ? "?." : ""}[${stringLiteral(key)}]`;
}

/** A mapper call around `value` when the type needs one (recording the import), else the value. */
function mapped(m: MethodCode, fn: string | undefined, value: string): string {
  if (!fn) return value;
  m.mapperImports.add(fn);
  return `${fn}(${value})`;
}

/** The value sent for parameter `i` of the request. */
function paramValue(m: MethodCode, q: Parameter, i: number): string {
  const raw = m.bodyVar ? `p${i}` : member(m, q);
  // Dates and other primitives are serialized by the runtime; only structured values need a mapper.
  const value = mapped(m, m.ctx.resolve(q.type)?.kind === "primitive" ? undefined : m.mappers.fn(q.type, "toWire"), raw);
  // A parameter declared with `content: application/json` is one JSON-encoded value.
  return q.json ? `${raw} === undefined ? undefined : JSON.stringify(${value})` : value;
}

function paramsIn(m: MethodCode, where: Parameter["in"]): Array<{ q: Parameter; i: number }> {
  return m.p.request?.params.map((q, i) => ({ q, i })).filter(({ q }) => q.in === where) ?? [];
}

/** The body as the caller passed it: the split-off rest, the `body` member, or the request itself. */
function bodySource(m: MethodCode): string {
  const req = m.p.request;
  return m.bodyVar ?? (req?.bodyMember ? `${REQUEST}${req.optional ? "?." : "."}body` : REQUEST);
}

function querySpec(m: MethodCode): string[] {
  const query = paramsIn(m, "query");
  if (!query.length) return [];
  const entries = query.map(({ q, i }) => {
    const extra: string[] = [];
    if (q.style !== "form") extra.push(`style: ${stringLiteral(q.style)}`);
    if (q.explode !== (q.style === "form")) extra.push(`explode: ${q.explode}`);
    if (q.allowReserved) extra.push("allowReserved: true");
    return `{ name: ${stringLiteral(q.name)}, value: ${paramValue(m, q, i)}${extra.length ? ", " + extra.join(", ") : ""} }`;
  });
  return [`query: [${entries.join(", ")}]`];
}

function headerSpec(m: MethodCode): string[] {
  const { ctx, p, runtime } = m;
  const op = p.op;
  const headers = paramsIn(m, "header");
  const cookies = paramsIn(m, "cookie");
  // JSON with another media type (application/merge-patch+json…): the runtime defaults to application/json.
  const jsonType = op.body?.kind === "json" && op.body.contentType !== "application/json" ? op.body.contentType : undefined;
  if (!headers.length && !cookies.length && !jsonType) return [];
  // Sent only with a body: an optional body left out sends neither.
  const entries = jsonType ? [`"Content-Type": ${bodySource(m)} === undefined ? undefined : ${stringLiteral(jsonType)}`] : [];
  entries.push(
    ...headers.map(({ q, i }) => {
      const v = paramValue(m, q, i);
      const prim = ctx.resolve(q.type);
      const isString = prim?.kind === "primitive" && prim.type === "string";
      if (!isString) runtime.add("serializeHeaderValue");
      return `${objectKey(q.name)}: ${isString ? v : `serializeHeaderValue(${v})`}`;
    }),
  );
  if (cookies.length) {
    runtime.add("encodeCookieValue");
    const parts = cookies.map(
      ({ q, i }) =>
        `${paramValue(m, q, i)} === undefined ? undefined : ${stringLiteral(q.name + "=")} + encodeCookieValue(${paramValue(m, q, i)})`,
    );
    entries.push(`Cookie: [${parts.join(", ")}].filter((c) => c !== undefined).join("; ") || undefined`);
  }
  return [`headers: { ${entries.join(", ")} }`];
}

function bodySpec(m: MethodCode): string[] {
  const { p, mappers, runtime } = m;
  const op = p.op;
  const body = op.body;
  if (!body) return [];
  if (body.kind === "multipart") {
    const parts = (body.fields ?? []).map((f) => {
      const file = p.files.find((x) => x.field === f);
      const value = file ? file.ident : mapped(m, mappers.fn(f.type, "toWire"), member(m, f));
      return `{ kind: ${stringLiteral(f.kind)}, name: ${stringLiteral(f.name)}, value: ${value}${f.contentType ? `, contentType: ${stringLiteral(f.contentType)}` : ""} }`;
    });
    runtime.add("toFormData");
    return [`body: { type: "multipart", parts: [${parts.join(", ")}], toFormData }`];
  }
  const fn = mappers.fn(body.type, "toWire");
  let value = mapped(m, fn, bodySource(m));
  // A mapper returns wire JSON as `unknown`: a form body and a spread take it as the object it is.
  if (fn && body.kind === "form") value = `${value} as object | undefined`;
  if (op.streamFlag) value = `{ ...${fn ? `(${value} as object)` : value}, ${objectKey(op.streamFlag.property)}: ${op.streamFlag.value} }`;
  const ct = body.kind === "binary" || body.kind === "text" ? `, contentType: ${stringLiteral(body.contentType)}` : "";
  if (body.kind === "binary") runtime.add("resolveFile");
  return [`body: { type: ${stringLiteral(body.kind)}, value: ${value}${ct}${body.kind === "binary" ? ", resolveFile" : ""} }`];
}

/** How the response is read: its type, the parser (one mapper, or one per status), empty bodies, streams. */
function responseSpec(m: MethodCode): string[] {
  const { ctx, p, mappers, runtime } = m;
  const op = p.op;
  const spec: string[] = [];
  const streamed = op.responses.find((x) => x.kind === "sse" || x.kind === "ndjson");
  const primary = streamed ?? op.responses.find((x) => x.kind !== "none") ?? op.responses[0];
  const responseType = !primary ? "none" : primary.kind === "binary" ? "blob" : primary.kind;
  spec.push(`responseType: ${stringLiteral(responseType)}`);
  const parsers = op.responses
    .filter((x) => x.kind === "json" || x.kind === "sse" || x.kind === "ndjson")
    .map((x) => ({ x, f: x.type ? mappers.fn(x.type, "fromWire") : undefined }));
  const distinct = [...new Set(parsers.map((x) => x.f))];
  if (distinct.length === 1 && distinct[0]) {
    m.mapperImports.add(distinct[0]);
    spec.push(`parse: ${distinct[0]}`);
  } else if (distinct.some(Boolean)) {
    const cases = parsers.filter((x) => x.f).map(({ x, f }) => `status === ${Number(x.status)} ? ${mapped(m, f, "wire")} : `);
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
  return spec;
}

/** Every entry of the request spec, in the order they are printed. */
export function requestSpec(m: MethodCode): string[] {
  const op = m.p.op;
  return [
    `method: ${stringLiteral(op.method)}`,
    `path: ${pathSource(op.path, m.p.pathArgs)}`,
    ...querySpec(m),
    ...headerSpec(m),
    ...bodySpec(m),
    ...responseSpec(m),
  ];
}

/** The method's statements and return type: one `send`, or a PagePromise whose every page re-runs the spec. */
export function callStatements(m: MethodCode, spec: string[], core: string): { statements: string[]; returnType: string } {
  const { ctx, p, runtime } = m;
  const req = p.request;
  // The type argument picks the right `send` overload and types the result even when no mapper is involved.
  const sendCall = `send<${sendTypeOf(ctx, p)}>`;
  const paged = pagination(ctx, p, req);
  if (!paged) {
    runtime.add("HttpPromise");
    return {
      statements: [...m.lines, `return ${sendCall}(${core}, { ${spec.join(", ")} }, requestOptions);`],
      returnType: `HttpPromise<${p.returnType}>`,
    };
  }
  // Each page re-runs the spec with the page's request; `request` inside the arrow is that page's request.
  runtime.add("PagePromise");
  if (paged.kind === "link") runtime.add("nextLink");
  const fetchPage =
    paged.kind === "link"
      ? `(url: string | undefined) => ${sendCall}(${core}, { ${spec.join(", ")}, ...(url ? { path: url, query: undefined } : {}) }, requestOptions).withRawResponse()`
      : `(request: ${req!.typeName}${req!.optional ? " | undefined" : ""}) => { ${m.lines.join(" ")} return ${sendCall}(${core}, { ${spec.join(", ")} }, requestOptions).withRawResponse(); }`;
  return {
    returnType: `PagePromise<${paged.item}, ${p.returnType}>`,
    statements: [
      `return new PagePromise<${paged.item}, ${p.returnType}>({`,
      `  fetchPage: ${fetchPage},`,
      `  getItems: (response) => ${paged.items},`,
      `  getNextRequest: ${paged.next},`,
      `}, ${paged.kind === "link" ? "undefined" : "request"});`,
    ],
  };
}
