/**
 * Merge: several self-contained documents (one per reference page) become one.
 * Paths are a union (the same path + method twice is an error naming both files); components are deduplicated when
 * structurally equal, and two different definitions under one name are an error naming both files.
 * The result does not depend on input order: documents, paths and components are taken in a canonical order.
 */
import { isDeepStrictEqual } from "node:util";
import { type Diagnostics, formatLocation } from "../diagnostics.js";
import { joinPointer } from "../pointer.js";
import { SourceIndex } from "./source-index.js";
import { locateIn, type SourceDocument } from "./source-map.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

export interface Merged {
  doc: any;
  sources: SourceIndex;
}

export function mergeDocuments(inputs: readonly SourceDocument[], diagnostics: Diagnostics, title?: string): Merged {
  // Plain code-unit comparison: locale-aware ordering would depend on the machine.
  const docs = [...inputs].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  const first = docs[0]!;
  const sources = new SourceIndex(first);
  if (docs.length === 1) {
    sources.register("", first);
    return { doc: structuredClone(first.doc), sources };
  }

  const version = docs
    .map((d) => String(d.doc.openapi))
    .sort(compareVersions)
    .at(-1)!;
  const doc: any = {
    openapi: version,
    info: { ...first.doc.info, ...(title ? { title } : {}) },
    paths: {},
  };
  const at = (source: SourceDocument, pointer: string) => formatLocation(locateIn(source, pointer));
  const pathOwner = new Map<string, SourceDocument>();

  for (const source of docs) {
    const d = source.doc;
    for (const [path, item] of Object.entries<any>(d.paths ?? {})) {
      doc.paths[path] ??= {};
      const target = doc.paths[path];
      const pathPtr = joinPointer("", "paths", path);
      for (const [key, value] of Object.entries<any>(item ?? {})) {
        const ptr = joinPointer(pathPtr, key);
        if (!(key in target)) {
          target[key] = structuredClone(value);
          pathOwner.set(ptr, source);
          sources.register(ptr, source);
          continue;
        }
        const owner = pathOwner.get(ptr)!;
        if (METHODS.includes(key)) {
          diagnostics.error(
            "merge/duplicate-operation",
            locateIn(source, ptr),
            `${key.toUpperCase()} ${path} is defined twice: here and at ${at(owner, ptr)}`,
          );
        } else if (!isDeepStrictEqual(target[key], value)) {
          diagnostics.error(
            "merge/conflicting-path-item",
            locateIn(source, ptr),
            `path-level \`${key}\` of ${path} differs from ${at(owner, ptr)}`,
          );
        }
      }
      if (!pathOwner.has(pathPtr)) {
        pathOwner.set(pathPtr, source);
        sources.register(pathPtr, source);
      }
    }
    for (const [kind, group] of Object.entries<any>(d.components ?? {})) {
      doc.components ??= {};
      doc.components[kind] ??= {};
      const targetGroup = doc.components[kind];
      for (const [name, value] of Object.entries<any>(group ?? {})) {
        const ptr = joinPointer("", "components", kind, name);
        if (!(name in targetGroup)) {
          targetGroup[name] = structuredClone(value);
          pathOwner.set(ptr, source);
          sources.register(ptr, source);
        } else if (!isDeepStrictEqual(targetGroup[name], value)) {
          const owner = pathOwner.get(ptr)!;
          diagnostics.error(
            "merge/conflicting-component",
            locateIn(source, ptr),
            `components.${kind}.${name} differs from the definition at ${at(owner, ptr)}; rename one of them or make them equal`,
          );
        }
      }
    }
    for (const key of ["servers", "security", "tags"] as const) {
      for (const entry of d[key] ?? []) {
        doc[key] ??= [];
        const list: unknown[] = doc[key];
        if (!list.some((e) => isDeepStrictEqual(e, entry))) list.push(structuredClone(entry));
      }
    }
    for (const [name, hook] of Object.entries<any>(d.webhooks ?? {})) {
      const ptr = joinPointer("", "webhooks", name);
      if (doc.webhooks?.[name] && !isDeepStrictEqual(doc.webhooks[name], hook)) {
        diagnostics.error(
          "merge/conflicting-webhook",
          locateIn(source, ptr),
          `webhook ${name} differs from ${at(pathOwner.get(ptr)!, ptr)}`,
        );
      } else if (!doc.webhooks?.[name]) {
        doc.webhooks ??= {};
        doc.webhooks[name] = structuredClone(hook);
        pathOwner.set(ptr, source);
        sources.register(ptr, source);
      }
    }
  }
  diagnostics.throwIfErrors("merge");

  doc.paths = sortKeys(doc.paths);
  for (const kind of Object.keys(doc.components ?? {})) doc.components[kind] = sortKeys(doc.components[kind]);
  diagnostics.info(
    "merge/documents",
    {
      file: docs
        .map((d) => d.file)
        .filter((f, i, a) => a.indexOf(f) === i)
        .join(", "),
    },
    `merged ${docs.length} documents: ${Object.keys(doc.paths).length} paths, ${Object.keys(doc.components?.schemas ?? {}).length} schemas`,
  );
  return { doc, sources };
}

function order(d: SourceDocument): string {
  // Canonical order: by the first path the document defines, then by file (so file order never matters).
  const firstPath = Object.keys(d.doc.paths ?? {}).sort()[0] ?? "";
  return `${firstPath}\u0000${JSON.stringify(d.doc.paths ?? {}).length}\u0000${d.file}`;
}

function sortKeys<T>(obj: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
