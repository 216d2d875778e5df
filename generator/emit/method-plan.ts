/**
 * The plan of one resource method, decided before any code is printed: its path arguments, the shape of its request
 * argument (an interface of parameters and fields, or the body type itself), its file arguments and its result type.
 * Every identifier a method declares is claimed here, so the request interface, the method and its README example
 * spell each one the same way.
 */
import type { EmitContext } from "./context.js";
import { stringLiteral } from "./escape.js";
import type { MultipartField, Operation, Parameter, TypeRef } from "../ir/types.js";
import { camelCase, propertyKey, safeIdentifier } from "./names.js";
import { NameRegistry } from "./naming.js";
import { typeExpr } from "./type-expr.js";

/** What the request argument of a method looks like. */
export interface RequestShape {
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

export interface MethodPlan {
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
export function memberKeys(ctx: EmitContext, op: Operation, req: RequestShape): void {
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
export function keyOf(item: Parameter | MultipartField): string {
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
  "encodeCookieValue",
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

export function plan(ctx: EmitContext, op: Operation): MethodPlan {
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

/** The type argument of `send`: the event type of a stream, else the method's result type. */
export function sendTypeOf(ctx: EmitContext, p: MethodPlan): string {
  const streamed = p.op.responses.find((x) => x.kind === "sse" || x.kind === "ndjson");
  return streamed ? (streamed.type ? typeExpr(ctx, streamed.type, "output") : "unknown") : p.returnType;
}
