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
import { tagGroup } from "../normalize/operation-ids.js";
import { markEmptyBodies } from "./empty-body.js";
import { buildOperation } from "./operations.js";
import { buildWaiters } from "./waiters.js";
import { splitStreaming } from "./streaming.js";
import { buildComponentTypes, toType, type SchemaContext } from "./schemas.js";
import { statusName } from "./status-names.js";
import { nameWords } from "../words.js";
import { clientSettings, packageInfo } from "./settings.js";
import { buildAuthSchemes } from "./auth-schemes.js";
import type { Api, ClientHeader, ErrorStatus, Resource, Server } from "./types.js";

export function buildIr(
  doc: any,
  decisions: NormalizeDecisions,
  sources: SourceIndex,
  diagnostics: Diagnostics,
  config: GeneratorConfig,
): Api {
  const ctx: SchemaContext = { doc, sources, diagnostics, types: new Map(), taken: new Set() };
  buildComponentTypes(ctx);

  const resources = buildResources(ctx, decisions, config);
  markEmptyBodies(resources.values(), ctx.types);
  buildWaiters({
    resources: resources.values(),
    types: ctx.types,
    config: config.waiters,
    diagnostics,
    locate: (p) => sources.locate(p),
    configFile: config.configFile ?? "(config)",
  });
  describeResources(doc, resources);

  const clientHeaders = buildClientHeaders(ctx, decisions);
  const defaultSecurity: string[][] = (doc.security ?? []).map((r: Record<string, unknown>) => Object.keys(r));
  const auth = buildAuthSchemes(doc, defaultSecurity, resources.values(), sources, diagnostics);

  const api: Api = {
    title: doc.info?.title ?? config.package.name,
    version: String(doc.info?.version ?? "0"),
    servers: buildServers(doc),
    auth,
    defaultSecurity,
    clientHeaders,
    resources: [...resources.values()],
    types: [...ctx.types.values()],
    errors: collectErrorStatuses(resources.values()),
    client: clientSettings(config),
    package: packageInfo(config),
  };
  if (doc.info?.description) api.description = String(doc.info.description).trim();
  return api;
}

/**
 * Every operation of `doc.paths`, built and grouped into resources by normalize's naming, in document order.
 * Keyed by the resource's config spelling (the id's first part): a tag of that very name describes it.
 */
function buildResources(ctx: SchemaContext, decisions: NormalizeDecisions, config: GeneratorConfig): Map<string, Resource> {
  const { doc, sources, diagnostics } = ctx;
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
      const group = naming.id.slice(0, naming.id.indexOf("."));
      const resource = resources.get(group) ?? { name: naming.resource, operations: [] };
      resources.set(group, resource);
      resource.operations.push(...splitStreaming(ctx, op, operation, config.operations?.[operation.id], pointer));
    }
  }
  return resources;
}

/** A document tag gives the resource its operations are grouped under its description (the first tag that has one). */
function describeResources(doc: any, resources: Map<string, Resource>): void {
  for (const tag of doc.tags ?? []) {
    const r = typeof tag?.name === "string" ? resources.get(tagGroup(tag.name)) : undefined;
    if (r && tag.description && r.description === undefined) r.description = String(tag.description).trim();
  }
}

/** The headers normalize lifted out of every operation into client options, with their types. */
function buildClientHeaders(ctx: SchemaContext, decisions: NormalizeDecisions): ClientHeader[] {
  return decisions.clientHeaders.map((h) => ({
    wireName: h.name,
    option: h.option,
    type: toType(ctx, h.schema, h.option.join(" "), h.pointer),
    ...(h.description ? { description: h.description } : {}),
  }));
}

/** The error statuses of all operations, one entry per status (sorted), with every distinct body type it may carry. */
function collectErrorStatuses(resources: Iterable<Resource>): ErrorStatus[] {
  const errors = new Map<string, ErrorStatus>();
  for (const r of resources) {
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
  return [...errors.values()].sort((a, b) => a.status.localeCompare(b.status));
}

/** The document's servers with their variables. A server without a URL is reported by validation; there is nothing to connect to. */
function buildServers(doc: any): Server[] {
  return (Array.isArray(doc.servers) ? doc.servers : [])
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
}
