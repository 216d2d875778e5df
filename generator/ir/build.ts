/**
 * IR stage entry: normalized OpenAPI document + normalize's decisions + config → {@link Api}.
 * Reads the document, never writes it; the config's client and package settings become `Api.client` and
 * `Api.package`, so emitters need nothing but the IR.
 */
import type { GeneratorConfig } from "../config.js";
import type { NormalizeDecisions } from "../normalize/decisions.js";
import type { Diagnostics } from "../diagnostics.js";
import { escapePointer } from "../pointer.js";
import type { SourceIndex } from "../load/source-index.js";
import { HTTP_METHODS } from "../normalize/context.js";
import { markEmptyBodies } from "./empty-body.js";
import { buildOperation } from "./operations.js";
import { buildWaiters } from "./waiters.js";
import { splitStreaming } from "./streaming.js";
import { buildComponentTypes, toType, type SchemaContext } from "./schemas.js";
import { statusName } from "./status-names.js";
import { nameWords } from "../words.js";
import { clientSettings, packageInfo } from "./settings.js";
import type { Api, AuthScheme, ClientHeader, ErrorStatus, Resource, Server } from "./types.js";

export function buildIr(
  doc: any,
  decisions: NormalizeDecisions,
  sources: SourceIndex,
  diagnostics: Diagnostics,
  config: GeneratorConfig,
): Api {
  const ctx: SchemaContext = { doc, sources, diagnostics, types: new Map(), taken: new Set() };
  buildComponentTypes(ctx);

  const resources = new Map<string, Resource>();
  for (const [path, item] of Object.entries<any>(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = item?.[method];
      if (!op) continue;
      const pointer = `/paths/${escapePointer(path)}/${method}`;
      const naming = decisions.operations.get(pointer);
      if (!naming) {
        // Normalize names every operation it sees; one it did not see has no resource or method to go to.
        diagnostics.error("ir/unnamed-operation", sources.locate(pointer), "normalize gave this operation no resource and method name");
        continue;
      }
      const operation = buildOperation(ctx, { path, method, op, pathItem: item, pointer, naming }, config);
      // Keyed by the resource's config spelling (the id's first part): a tag of that very name describes it.
      const group = naming.id.slice(0, naming.id.indexOf("."));
      const resource = resources.get(group) ?? { name: naming.resource, operations: [] };
      resources.set(group, resource);
      resource.operations.push(...splitStreaming(ctx, op, operation, config.operations?.[operation.id], pointer));
    }
  }
  markEmptyBodies(resources.values(), ctx.types);
  buildWaiters({
    resources: resources.values(),
    types: ctx.types,
    config: config.waiters,
    diagnostics,
    locate: (p) => sources.locate(p),
    configFile: config.configFile ?? "(config)",
  });
  for (const tag of doc.tags ?? []) {
    const r = typeof tag?.name === "string" ? resources.get(tag.name) : undefined;
    if (r && tag.description) r.description = String(tag.description).trim();
  }

  const clientHeaders: ClientHeader[] = decisions.clientHeaders.map((h) => ({
    wireName: h.name,
    option: h.option,
    type: toType(ctx, h.schema, h.option.join(" "), h.pointer),
    ...(h.description ? { description: h.description } : {}),
  }));

  const used = new Set<string>();
  const defaultSecurity: string[][] = (doc.security ?? []).map((r: Record<string, unknown>) => Object.keys(r));
  defaultSecurity.flat().forEach((s) => {
    used.add(s);
  });
  for (const r of resources.values())
    for (const o of r.operations)
      o.security?.flat().forEach((s) => {
        used.add(s);
      });
  const auth: AuthScheme[] = [];
  for (const [name, raw] of Object.entries<any>(doc.components?.securitySchemes ?? {})) {
    if (!used.has(name)) continue;
    const description = raw.description ? { description: String(raw.description).trim() } : {};
    if (raw.type === "http" && String(raw.scheme).toLowerCase() === "basic") auth.push({ name, kind: "basic", ...description });
    else if (raw.type === "http") auth.push({ name, kind: "bearer", ...description });
    else if (raw.type === "apiKey" && typeof raw.name === "string" && ["header", "query", "cookie"].includes(raw.in))
      auth.push({ name, kind: "apiKey", in: raw.in, param: raw.name, ...description });
    else if (raw.type === "apiKey")
      diagnostics.warn(
        "ir/auth",
        sources.locate(`/components/securitySchemes/${escapePointer(name)}`),
        "apiKey security scheme without a `name` string and an `in` of header, query or cookie: ignored",
      );
    else if (raw.type === "oauth2" || raw.type === "openIdConnect") auth.push({ name, kind: "oauth2", ...description });
    else
      diagnostics.warn(
        "ir/auth",
        sources.locate(`/components/securitySchemes/${escapePointer(name)}`),
        `security scheme type "${raw.type}" is not supported; ignored`,
      );
  }

  const errors = new Map<string, ErrorStatus>();
  for (const r of resources.values()) {
    for (const o of r.operations) {
      for (const e of o.errors) {
        let entry = errors.get(e.status);
        if (!entry) {
          const n = statusName(e.status);
          entry = { status: e.status, types: [], ...(n ? { name: nameWords(n) } : {}) };
          errors.set(e.status, entry);
        }
        // The whole text: how much of it to show is the emitter's choice (a first line may end mid-sentence).
        entry.description ??= e.description;
        if (e.type && !entry.types.some((t) => JSON.stringify(t) === JSON.stringify(e.type))) entry.types.push(e.type);
      }
    }
  }

  // A server without a URL is reported by validation; there is nothing to connect to.
  const servers: Server[] = (Array.isArray(doc.servers) ? doc.servers : [])
    .filter((s: any) => typeof s?.url === "string")
    .map((s: any) => ({
      url: String(s.url),
      ...(s.description ? { description: String(s.description) } : {}),
      variables: Object.fromEntries(
        Object.entries<any>(s.variables ?? {}).map(([k, v]) => [
          k,
          {
            default: String(v.default),
            ...(v.enum ? { enum: v.enum.map(String) } : {}),
            ...(v.description ? { description: v.description } : {}),
          },
        ]),
      ),
    }));

  const api: Api = {
    title: doc.info?.title ?? config.package.name,
    version: String(doc.info?.version ?? "0"),
    servers,
    auth,
    defaultSecurity,
    clientHeaders,
    resources: [...resources.values()],
    types: [...ctx.types.values()],
    errors: [...errors.values()].sort((a, b) => a.status.localeCompare(b.status)),
    client: clientSettings(config),
    package: packageInfo(config),
  };
  if (doc.info?.description) api.description = String(doc.info.description).trim();
  return api;
}
