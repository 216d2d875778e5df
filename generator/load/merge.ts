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
  const merger = new Merger(docs, sources, diagnostics, title);
  for (const source of docs) merger.add(source);
  diagnostics.throwIfErrors("merge");
  return { doc: merger.finish(), sources };
}

/** The merged document as the inputs are added, with the input each path, operation and component came from. */
class Merger {
  private readonly doc: any;
  private readonly owner = new Map<string, SourceDocument>();

  constructor(
    private readonly docs: readonly SourceDocument[],
    private readonly sources: SourceIndex,
    private readonly diagnostics: Diagnostics,
    title: string | undefined,
  ) {
    const version = docs
      .map((d) => String(d.doc.openapi))
      .sort(compareVersions)
      .at(-1)!;
    this.doc = { openapi: version, info: { ...docs[0]!.doc.info, ...(title ? { title } : {}) }, paths: {} };
  }

  add(source: SourceDocument): void {
    const d = source.doc;
    for (const [path, item] of Object.entries<any>(d.paths ?? {})) this.pathItem(source, path, item);
    for (const [kind, group] of Object.entries<any>(d.components ?? {})) this.components(source, kind, group);
    for (const key of ["servers", "security", "tags"] as const) {
      for (const entry of d[key] ?? []) {
        this.doc[key] ??= [];
        const list: unknown[] = this.doc[key];
        if (!list.some((e) => isDeepStrictEqual(e, entry))) list.push(structuredClone(entry));
      }
    }
    for (const [name, hook] of Object.entries<any>(d.webhooks ?? {})) this.webhook(source, name, hook);
  }

  /** The document in canonical order, and a note of what was merged. */
  finish(): any {
    const doc = this.doc;
    doc.paths = sortKeys(doc.paths);
    for (const kind of Object.keys(doc.components ?? {})) doc.components[kind] = sortKeys(doc.components[kind]);
    this.diagnostics.info(
      "merge/documents",
      {
        file: this.docs
          .map((d) => d.file)
          .filter((f, i, a) => a.indexOf(f) === i)
          .join(", "),
      },
      `merged ${this.docs.length} documents: ${Object.keys(doc.paths).length} paths, ${Object.keys(doc.components?.schemas ?? {}).length} schemas`,
    );
    return doc;
  }

  /** Records that what is at `pointer` came from `source`. */
  private own(pointer: string, source: SourceDocument): void {
    this.owner.set(pointer, source);
    this.sources.register(pointer, source);
  }

  private at(pointer: string): string {
    return formatLocation(locateIn(this.owner.get(pointer)!, pointer));
  }

  private pathItem(source: SourceDocument, path: string, item: any): void {
    this.doc.paths[path] ??= {};
    const target = this.doc.paths[path];
    const pathPtr = joinPointer("", "paths", path);
    for (const [key, value] of Object.entries<any>(item ?? {})) {
      const ptr = joinPointer(pathPtr, key);
      if (!(key in target)) {
        target[key] = structuredClone(value);
        this.own(ptr, source);
      } else if (METHODS.includes(key)) {
        this.diagnostics.error(
          "merge/duplicate-operation",
          locateIn(source, ptr),
          `${key.toUpperCase()} ${path} is defined twice: here and at ${this.at(ptr)}`,
        );
      } else if (!isDeepStrictEqual(target[key], value)) {
        this.diagnostics.error(
          "merge/conflicting-path-item",
          locateIn(source, ptr),
          `path-level \`${key}\` of ${path} differs from ${this.at(ptr)}`,
        );
      }
    }
    if (!this.owner.has(pathPtr)) this.own(pathPtr, source);
  }

  private components(source: SourceDocument, kind: string, group: any): void {
    this.doc.components ??= {};
    this.doc.components[kind] ??= {};
    const targetGroup = this.doc.components[kind];
    for (const [name, value] of Object.entries<any>(group ?? {})) {
      const ptr = joinPointer("", "components", kind, name);
      if (!(name in targetGroup)) {
        targetGroup[name] = structuredClone(value);
        this.own(ptr, source);
      } else if (!isDeepStrictEqual(targetGroup[name], value)) {
        this.diagnostics.error(
          "merge/conflicting-component",
          locateIn(source, ptr),
          `components.${kind}.${name} differs from the definition at ${this.at(ptr)}; rename one of them or make them equal`,
        );
      }
    }
  }

  private webhook(source: SourceDocument, name: string, hook: any): void {
    const ptr = joinPointer("", "webhooks", name);
    const doc = this.doc;
    if (doc.webhooks?.[name] && !isDeepStrictEqual(doc.webhooks[name], hook)) {
      this.diagnostics.error("merge/conflicting-webhook", locateIn(source, ptr), `webhook ${name} differs from ${this.at(ptr)}`);
    } else if (!doc.webhooks?.[name]) {
      doc.webhooks ??= {};
      doc.webhooks[name] = structuredClone(hook);
      this.own(ptr, source);
    }
  }
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
