/**
 * The wire model: what a package promises on the wire, taken from the IR and the source map, kept in the package
 * (`.generator/wire.json`) so the next regeneration can compare against it. Types are IR types with descriptions
 * replaced by a short hash (docs-only changes are still seen); every operation, parameter and named type keeps the
 * spec file (relative to the package folder, so the file never depends on the working directory), line and pointer.
 */
import { escapePointer } from "../pointer.js";
import { createHash } from "node:crypto";
import { relative, resolve } from "node:path";
import type { GeneratorConfig } from "../config.js";
import type { Api, Operation, Property, TypeRef } from "../ir/types.js";
import type { SourceIndex } from "../load/source-index.js";

export const WIRE_FILE = ".generator/wire.json";

export interface WireLocation {
  /** Spec file, relative to the package folder (posix separators). */
  file: string;
  line?: number;
  pointer: string;
}

export type WireType =
  | { kind: "named"; name: string }
  | { kind: "primitive"; type: string; format?: string }
  | { kind: "literal"; value: string | number | boolean | null }
  | { kind: "enum"; values: Array<string | number | boolean | null> }
  | { kind: "array"; items: WireType }
  | { kind: "map"; values: WireType }
  | { kind: "object"; properties: WireProperty[]; additional?: WireType }
  | { kind: "union"; variants: WireType[]; discriminator?: { property: string; mapping: Array<{ value: string; type: string }> } }
  | { kind: "intersection"; parts: WireType[] }
  | { kind: "nullable"; type: WireType };

export interface WireProperty {
  name: string;
  type: WireType;
  required: boolean;
  doc?: string;
  deprecated?: boolean;
  /** Line of the property in the spec (top-level properties of named types). */
  line?: number;
}

export interface WireParam {
  name: string;
  in: string;
  required: boolean;
  type: WireType;
  doc?: string;
  at: WireLocation;
}

export interface WireOperation {
  id: string;
  method: string;
  path: string;
  doc?: string;
  deprecated: boolean;
  /** Effective security: alternatives, each a sorted list of scheme names ([[]] = no authentication). */
  security: string[][];
  params: WireParam[];
  body?: { kind: string; contentType: string; required: boolean; type: WireType };
  responses: Array<{ status: string; kind: string; contentType?: string; type?: WireType }>;
  errors: Array<{ status: string; type?: WireType }>;
  at: WireLocation;
}

export interface WireModel {
  format: 1;
  /** Operation key (method + path with parameter names blanked, + streaming variant) → operation. */
  operations: Record<string, WireOperation>;
  types: Record<string, { type: WireType; doc?: string; at: WireLocation; usage: Usage }>;
  /** Scheme name → what it sends (e.g. `apiKey header X-Key`). */
  auth: Record<string, string>;
  /** Base URLs the package targets: the spec's servers and the config's environments, default first. */
  servers: string[];
}

/** How a named type is used: in requests, in responses, or both. */
export type Usage = "in" | "out" | "both";

function docHash(...texts: Array<string | undefined>): string | undefined {
  const text = texts.filter(Boolean).join("\n");
  return text ? createHash("sha256").update(text).digest("hex").slice(0, 12) : undefined;
}

function wireType(t: TypeRef): WireType {
  switch (t.kind) {
    case "named":
    case "literal":
      return t;
    case "primitive":
      return t.format ? { kind: "primitive", type: t.type, format: t.format } : { kind: "primitive", type: t.type };
    case "enum":
      return { kind: "enum", values: t.values };
    case "array":
      return { kind: "array", items: wireType(t.items) };
    case "map":
      return { kind: "map", values: wireType(t.values) };
    case "object":
      return {
        kind: "object",
        properties: t.properties.map(wireProperty),
        ...(t.additional ? { additional: wireType(t.additional) } : {}),
      };
    case "union":
      return { kind: "union", variants: t.variants.map(wireType), ...(t.discriminator ? { discriminator: t.discriminator } : {}) };
    case "intersection":
      return { kind: "intersection", parts: t.parts.map(wireType) };
    case "nullable":
      return { kind: "nullable", type: wireType(t.type) };
  }
}

function wireProperty(p: Property): WireProperty {
  const doc = docHash(p.description);
  return {
    name: p.name,
    type: wireType(p.type),
    required: p.required,
    ...(doc ? { doc } : {}),
    ...(p.deprecated ? { deprecated: true } : {}),
  };
}

/** `POST /v1/embed-jobs/{}/cancel`: a renamed path parameter keeps the operation's identity. */
export function operationKey(op: Pick<Operation, "method" | "path" | "streamFlag">): string {
  const base = `${op.method} ${op.path.replace(/\{[^}]*\}/g, "{}")}`;
  return op.streamFlag ? `${base} (${op.streamFlag.property}=${op.streamFlag.value})` : base;
}

/** Every named type reached from a type, following named references. */
function reach(t: TypeRef | undefined, types: Map<string, TypeRef>, into: Set<string>): void {
  if (!t) return;
  switch (t.kind) {
    case "named":
      if (into.has(t.name)) return;
      into.add(t.name);
      reach(types.get(t.name), types, into);
      return;
    case "array":
      return reach(t.items, types, into);
    case "map":
      return reach(t.values, types, into);
    case "nullable":
      return reach(t.type, types, into);
    case "object":
      t.properties.forEach((p) => {
        reach(p.type, types, into);
      });
      return reach(t.additional, types, into);
    case "union":
      return t.variants.forEach((v) => {
        reach(v, types, into);
      });
    case "intersection":
      return t.parts.forEach((v) => {
        reach(v, types, into);
      });
  }
}

/** Where a pointer of the spec is, as the wire model records it (file relative to the package folder). */
type Locate = (pointer: string) => WireLocation;

export function buildWireModel(api: Api, sources: SourceIndex, config: GeneratorConfig): WireModel {
  const at: Locate = (pointer) => {
    const loc = sources.locate(pointer);
    return {
      file: relative(config.output, resolve(loc.file)).split("\\").join("/"),
      ...(loc.line !== undefined ? { line: loc.line } : {}),
      pointer: loc.pointer ?? pointer,
    };
  };
  const operations: Record<string, WireOperation> = {};
  const defaultSecurity = api.defaultSecurity.length ? api.defaultSecurity : [[]];
  for (const r of api.resources)
    for (const op of r.operations) {
      let key = operationKey(op);
      if (operations[key]) key += ` #${op.id}`;
      operations[key] = wireOperation(op, defaultSecurity, at);
    }
  const auth: Record<string, string> = {};
  for (const a of api.auth) auth[a.name] = a.kind === "apiKey" ? `apiKey ${a.in} ${a.param}` : a.kind;
  return { format: 1, operations, types: wireTypes(api, at), auth, servers: wireServers(api, config) };
}

function wireOperation(op: Operation, defaultSecurity: string[][], at: Locate): WireOperation {
  const security = (op.security ?? defaultSecurity).map((alt) => [...alt].sort());
  const doc = docHash(op.summary, op.description);
  return {
    id: op.id,
    method: op.method,
    path: op.path,
    ...(doc ? { doc } : {}),
    deprecated: op.deprecated,
    security: security.length ? security : [[]],
    params: op.params.map((p) => {
      const pdoc = docHash(p.description);
      return {
        name: p.name,
        in: p.in,
        required: p.required,
        type: wireType(p.type),
        ...(pdoc ? { doc: pdoc } : {}),
        at: at(`${op.source}/parameters`),
      };
    }),
    ...(op.body
      ? { body: { kind: op.body.kind, contentType: op.body.contentType, required: op.body.required, type: wireType(op.body.type) } }
      : {}),
    responses: op.responses.map((s) => ({
      status: s.status,
      kind: s.kind,
      ...(s.contentType ? { contentType: s.contentType } : {}),
      ...(s.type ? { type: wireType(s.type) } : {}),
    })),
    errors: op.errors.map((e) => ({ status: e.status, ...(e.type ? { type: wireType(e.type) } : {}) })),
    at: at(op.source),
  };
}

/** Every named type with its usage, and the spec line of each top-level property. */
function wireTypes(api: Api, at: Locate): WireModel["types"] {
  const usage = typeUsage(api);
  const types: WireModel["types"] = {};
  for (const t of api.types) {
    const doc = docHash(t.description);
    const type = wireType(t.type);
    if (type.kind === "object")
      for (const p of type.properties) {
        const line = at(`${t.source}/properties/${escapePointer(p.name)}`).line;
        if (line !== undefined) p.line = line;
      }
    types[t.name] = { type, ...(doc ? { doc } : {}), at: at(t.source), usage: usage(t.name) };
  }
  return types;
}

/**
 * How each named type is used: reached from a parameter or request body ("in"), from a response or error ("out"),
 * or both. A type no operation reaches counts as both.
 */
function typeUsage(api: Api): (name: string) => Usage {
  const byName = new Map(api.types.map((t) => [t.name, t.type]));
  const inputs = new Set<string>();
  const outputs = new Set<string>();
  for (const r of api.resources)
    for (const op of r.operations) {
      op.params.forEach((p) => {
        reach(p.type, byName, inputs);
      });
      reach(op.body?.type, byName, inputs);
      op.responses.forEach((s) => {
        reach(s.type, byName, outputs);
      });
      op.errors.forEach((e) => {
        reach(e.type, byName, outputs);
      });
    }
  return (name) => (inputs.has(name) && outputs.has(name) ? "both" : inputs.has(name) ? "in" : outputs.has(name) ? "out" : "both");
}

/** The base URLs, once each: the config's base URL, its environments, then the spec's servers. */
function wireServers(api: Api, config: GeneratorConfig): string[] {
  return [
    ...new Set([
      ...(config.client.baseUrl ? [config.client.baseUrl] : []),
      ...Object.values(config.client.environments ?? {}),
      ...api.servers.map((s) => s.url),
    ]),
  ];
}
