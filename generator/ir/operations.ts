/** OpenAPI operation → IR operation: parameters (style/explode resolved), body, success and error responses. */
import { deref, escapePointer, splitPointer } from "../pointer.js";
import type { GeneratorConfig } from "../config.js";
import type { OperationNaming } from "../normalize/decisions.js";
import { nameWords, pascalCase } from "../words.js";
import { describeValue } from "../validate/schema.js";
import { detectPagination } from "./pagination.js";
import { toType, uniqueName, type SchemaContext } from "./schemas.js";
import { isWildcard, wildcardBody, wildcardResponseKind } from "./wildcard-media.js";
import type {
  BodyKind,
  ErrorRef,
  MultipartField,
  Operation,
  Parameter,
  RequestBody,
  ResponseKind,
  SuccessResponse,
  TypeRef,
} from "./types.js";

const DEFAULT_STYLE = { path: "simple", query: "form", header: "simple", cookie: "form" } as const;

export interface OperationInput {
  path: string;
  method: string;
  op: any;
  pathItem: any;
  pointer: string;
  /** The resource and method normalize chose. */
  naming: OperationNaming;
}

export function buildOperation(ctx: SchemaContext, input: OperationInput, config: GeneratorConfig): Operation {
  const { op, pathItem, pointer, path, naming } = input;
  const stem = pascalCase([...naming.resource, ...naming.method].join(" "));
  const params = collectParams(ctx, pathItem, op, pointer, stem);
  const hasNonPathParams = params.some((p) => p.in !== "path");
  // The request type's name is reserved now; without other params an inline body object takes that very name.
  const requestTypeName = uniqueName(ctx, `${stem}Request`);
  if (!hasNonPathParams) ctx.taken.delete(requestTypeName);
  const body = buildBody(ctx, op.requestBody, `${pointer}/requestBody`, hasNonPathParams ? `${stem}RequestBody` : requestTypeName);
  ctx.taken.add(requestTypeName);
  const { responses, errors, headers } = buildResponses(ctx, op.responses ?? {}, `${pointer}/responses`, stem);
  const id = naming.id;
  const opConfig = config.operations?.[id];
  const json = responses.find((r) => r.kind === "json");
  let pagination =
    opConfig?.pagination === false
      ? undefined
      : detectPagination({ method: input.method.toUpperCase(), params, response: json?.type, responseHeaders: headers, types: ctx.types });
  if (opConfig?.pagination && typeof opConfig.pagination === "object") pagination = opConfig.pagination as any;
  if (pagination) {
    ctx.diagnostics.info(
      "ir/pagination",
      ctx.sources.locate(pointer),
      `${id}: ${pagination.kind} pagination detected (disable with operations.${id}.pagination: false)`,
    );
  }
  const result: Operation = {
    id,
    name: naming.method,
    method: input.method.toUpperCase() as Operation["method"],
    path,
    deprecated: op.deprecated === true,
    requestTypeName: nameWords(requestTypeName),
    params,
    responses,
    errors,
    ignoredArguments: opConfig?.ignoredArguments ?? [],
    source: pointer,
  };
  if (op.summary) result.summary = String(op.summary).trim();
  if (op.description) result.description = String(op.description).trim();
  if (body) result.body = body;
  if (Array.isArray(op.security)) result.security = op.security.map((req: Record<string, unknown>) => Object.keys(req));
  if (pagination) result.pagination = pagination;
  return result;
}

function collectParams(ctx: SchemaContext, pathItem: any, op: any, pointer: string, stem: string): Parameter[] {
  const byKey = new Map<string, { p: any; at: string }>();
  const add = (list: any[] | undefined, base: string) =>
    (list ?? []).forEach((raw, i) => {
      const p = deref(ctx.doc, raw);
      if (!p?.name || !p.in) return;
      if (typeof p.in !== "string" || !Object.hasOwn(DEFAULT_STYLE, p.in)) {
        ctx.diagnostics.warn(
          "ir/parameter",
          ctx.sources.locate(`${base}/parameters/${i}`),
          `parameter ${describeValue(p.name)} is in ${describeValue(p.in)}, not path, query, header or cookie: left out of the SDK`,
        );
        return;
      }
      byKey.set(`${p.in}:${p.name}`, { p, at: `${base}/parameters/${i}` });
    });
  add(pathItem.parameters, pointer.slice(0, pointer.lastIndexOf("/")));
  add(op.parameters, pointer);
  const out: Parameter[] = [];
  for (const { p, at } of byKey.values()) {
    const where = p.in as Parameter["in"];
    const style = p.style ?? DEFAULT_STYLE[where] ?? "form";
    const schema = p.schema ?? (p.content ? Object.values<any>(p.content)[0]?.schema : undefined);
    const param: Parameter = {
      name: p.name,
      in: where,
      required: where === "path" ? true : p.required === true,
      type: toType(ctx, schema, `${stem} ${p.name}`, `${at}/schema`),
      deprecated: p.deprecated === true,
      style,
      explode: p.explode ?? style === "form",
      allowReserved: p.allowReserved === true,
    };
    if (p.description) param.description = String(p.description).trim();
    if (!p.schema && p.content && /json/i.test(Object.keys(p.content)[0] ?? "")) param.json = true;
    if (schema?.default !== undefined) param.default = schema.default;
    out.push(param);
  }
  // Path parameters in the order they appear in the path, then the rest in declaration order.
  const path = splitPointer(pointer)[1] ?? "";
  const order = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  return [
    ...out.filter((p) => p.in === "path").sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name)),
    ...out.filter((p) => p.in !== "path"),
  ];
}

/** A media type without its parameters (`application/json; charset=utf-8` → `application/json`), lower-cased. */
const essence = (contentType: string): string => contentType.split(";")[0]!.trim().toLowerCase();

function bodyKind(contentType: string): BodyKind {
  const ct = essence(contentType);
  if (ct === "application/json" || ct.endsWith("+json")) return "json";
  if (ct.startsWith("multipart/")) return "multipart";
  if (ct === "application/x-www-form-urlencoded") return "form";
  if (ct.startsWith("text/")) return "text";
  return "binary";
}

const BODY_PREFERENCE: BodyKind[] = ["json", "multipart", "form", "binary", "text"];

function buildBody(ctx: SchemaContext, raw: any, pointer: string, hint: string): RequestBody | undefined {
  const rb = deref(ctx.doc, raw);
  if (!rb?.content) return undefined;
  const entries = Object.entries<any>(rb.content);
  if (entries.length === 0) return undefined;
  const [declared, media] = entries.sort((a, b) => BODY_PREFERENCE.indexOf(bodyKind(a[0])) - BODY_PREFERENCE.indexOf(bodyKind(b[0])))[0]!;
  const { kind, contentType } = isWildcard(declared)
    ? wildcardBody(ctx.doc, media?.schema)
    : { kind: bodyKind(declared), contentType: declared };
  const at = `${pointer}/content/${escapePointer(declared)}/schema`;
  const body: RequestBody = {
    kind,
    contentType,
    required: rb.required === true,
    type: kind === "binary" ? { kind: "primitive", type: "binary" } : toType(ctx, media.schema, hint, at),
  };
  if (rb.description) body.description = String(rb.description).trim();
  if (kind === "multipart") {
    // Fields reuse the property types built for the body (converting them again would lift inline objects twice).
    let shape: TypeRef | undefined = body.type;
    for (let i = 0; shape?.kind === "named" && i < 8; i++) shape = ctx.types.get(shape.name)?.type;
    const props = shape?.kind === "object" ? shape.properties : [];
    body.fields = props.map((p) => {
      const field: MultipartField = { name: p.name, required: p.required, kind: fieldKind(ctx, p.type), type: p.type };
      const ct = media.encoding?.[p.name]?.contentType;
      if (ct) field.contentType = ct;
      if (p.description) field.description = p.description;
      return field;
    });
  }
  return body;
}

function fieldKind(ctx: SchemaContext, t: TypeRef): MultipartField["kind"] {
  const base = t.kind === "nullable" ? t.type : t;
  if (base.kind === "primitive" && base.type === "binary") return "file";
  if (base.kind === "array" && base.items.kind === "primitive" && base.items.type === "binary") return "files";
  if (base.kind === "named") {
    const named = ctx.types.get(base.name)?.type;
    if (named && (named.kind === "object" || named.kind === "map" || named.kind === "union")) return "json";
  }
  if (base.kind === "object" || base.kind === "map") return "json";
  if (base.kind === "array" && (base.items.kind === "named" || base.items.kind === "object")) return "json";
  return "field";
}

function responseKind(contentType: string | undefined): ResponseKind {
  if (!contentType) return "none";
  const ct = essence(contentType);
  if (ct === "text/event-stream") return "sse";
  if (ct === "application/x-ndjson" || ct === "application/ndjson" || ct === "application/jsonl" || ct === "application/x-jsonlines")
    return "ndjson";
  if (ct === "application/json" || ct.endsWith("+json") || ct === "*/*") return "json";
  if (ct.startsWith("text/")) return "text";
  return "binary";
}

const RESPONSE_PREFERENCE: ResponseKind[] = ["json", "sse", "ndjson", "text", "binary", "none"];

function buildResponses(ctx: SchemaContext, responses: Record<string, any>, pointer: string, stem: string) {
  const ok: SuccessResponse[] = [];
  const errors: ErrorRef[] = [];
  const headers: string[] = [];
  const successCount = Object.keys(responses).filter((s) => /^2\d\d$|^2XX$/i.test(s)).length;
  for (const [status, raw] of Object.entries<any>(responses)) {
    const r = deref(ctx.doc, raw) ?? {};
    const entries = Object.entries<any>(r.content ?? {}).sort(
      (a, b) => RESPONSE_PREFERENCE.indexOf(responseKind(a[0])) - RESPONSE_PREFERENCE.indexOf(responseKind(b[0])),
    );
    const [contentType, media] = entries[0] ?? [undefined, undefined];
    const kind = contentType && isWildcard(contentType) ? wildcardResponseKind(ctx.doc, media?.schema) : responseKind(contentType);
    const at = `${pointer}/${status}/content/${escapePointer(contentType ?? "")}/schema`;
    const isSuccess = /^2\d\d$|^2XX$/i.test(status);
    if (isSuccess) {
      headers.push(...Object.keys(r.headers ?? {}));
      const hint = successCount > 1 ? `${stem}Response${status}` : `${stem}Response`;
      const res: SuccessResponse = { status: status.toUpperCase(), kind };
      if (contentType) res.contentType = contentType;
      if (media?.schema && (kind === "json" || kind === "sse" || kind === "ndjson")) res.type = toType(ctx, media.schema, hint, at);
      else if (media?.schema && kind === "text") res.type = { kind: "primitive", type: "string" };
      else if (kind === "binary") res.type = { kind: "primitive", type: "binary" };
      if (kind === "json" && !media?.schema) res.type = { kind: "primitive", type: "unknown" };
      if (r.description) res.description = String(r.description).trim();
      ok.push(res);
    } else if (/^[1345]\d\d$|^[45]XX$|^default$/i.test(status)) {
      if (/^[13]\d\d$/.test(status)) continue; // informational and redirects are the HTTP stack's business
      const e: ErrorRef = { status: status === "default" ? "default" : status.toUpperCase() };
      if (media?.schema && kind === "json") e.type = toType(ctx, media.schema, `${stem}Error${status}`, at);
      if (r.description) e.description = String(r.description).trim();
      errors.push(e);
      // No 2xx declared: `default` ("any other status") describes the success too. Its JSON body is parsed (a
      // malformed one is a ResponseError, as everywhere); an empty one resolves undefined, as `default` is often
      // written with only the error in mind.
      if (e.status === "default" && successCount === 0 && e.type) {
        ok.push({ status: "2XX", kind: "json", ...(contentType ? { contentType } : {}), type: e.type, emptyBody: "undefined" });
        ok.push({ status: "2XX", kind: "none", emptyBody: "undefined" });
      }
    }
  }
  return { responses: ok, errors, headers };
}
