/**
 * References, resolved by load so that every later stage sees one self-contained document.
 *
 * Only `$ref`s at reference positions are followed (see ref-positions.ts); `$ref` keys inside data are left alone.
 * A reference is read as a URI relative to the base of its position: the file it is in, or the nearest enclosing
 * schema `$id` (JSON Schema 2020-12). Its fragment is percent-decoded, then read as a JSON pointer (`~0`, `~1`
 * escapes) or as an `$anchor` name.
 *
 * - Inside the root file: rewritten to its canonical `#/…` form; a schema under `$defs`/`definitions` becomes a
 *   component (so it gets a name). Dangling internal pointers are left for validate to report.
 * - In another file: the target becomes one component (`components.<kind>.<Name>`, named after the pointer's last
 *   segment or the file), however many places reference it; a component that is only a reference to a file takes
 *   that file's content under its own name. Path items are inlined (3.0 has no `components.pathItems`). Every node
 *   that came from another file keeps that file's positions (SourceDocument.regions).
 * - Files are read only inside the allowed folders, URLs only from allowed hosts (confine.ts). Anything else is an
 *   error at the reference's pointer, and nothing of the target is read.
 * - `$dynamicRef` is resolved statically to the `$dynamicAnchor` of its own resource (a warning), or left as an
 *   unknown type (a warning) when there is none.
 */
import { existsSync, statSync } from "node:fs";
import { readSpecText } from "./encoding.js";
import { basename, extname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Diagnostics, Location } from "../diagnostics.js";
import { joinPointer, resolvePointer, splitPointer } from "../pointer.js";
import { isAllowedFile, isAllowedHost, type RefPolicy } from "./confine.js";
import { walkAs, walkDocument, type RefKind, type RefVisitor } from "./ref-positions.js";
import { displayName, locateIn, type Region, type SourceDocument } from "./source-map.js";
import { parseSource } from "./yaml.js";

interface Resource {
  /** Retrieval URL, without fragment. */
  url: string;
  source: SourceDocument;
  /** Absolute `$id` URL (no fragment) → pointer of the schema carrying it. */
  ids: Map<string, string>;
  /** `<resource url>#<name>` → pointer, for `$anchor`, `$dynamicAnchor` and draft-6 `$id: "#name"`. */
  anchors: Map<string, string>;
  dynamicAnchors: Map<string, string>;
  /** Pointer of each schema with an `$id` → its absolute URL: the base of references beneath it. */
  bases: Map<string, string>;
}

interface Target {
  res: Resource;
  pointer: string;
}

interface Pending {
  node: any;
  pointer: string;
  kind: RefKind;
  /** Set for a discriminator mapping entry: `node[key]` is the reference, `pointer` the mapping's. */
  key?: string;
  done?: boolean;
}

/** Resolves every reference of a loaded document; see the module comment. Records errors; throws at the end if any. */
export async function resolveReferences(source: SourceDocument, policy: RefPolicy, diagnostics: Diagnostics): Promise<SourceDocument> {
  const resolver = new Resolver(source, policy, diagnostics);
  const doc = await resolver.run();
  diagnostics.throwIfErrors("load");
  return resolver.regions.length ? { ...source, doc, regions: [...(source.regions ?? []), ...resolver.regions] } : { ...source, doc };
}

const DEFS = /\/(\$defs|definitions)\/[^/]+$/;
/** Keys whose value is data (never walked for `$id`/`$anchor`), unless they name a property. */
const DATA = new Set(["example", "examples", "default", "const", "enum"]);
const NAME_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "schemas"]);

class Resolver {
  readonly regions: Region[] = [];
  private readonly resources = new Map<string, Resource>();
  private readonly root: Resource;
  /** `<resource url>#<pointer>` → the `$ref` that now stands for it. */
  private readonly hoisted = new Map<string, string>();
  private readonly extra: Partial<Record<RefKind, Record<string, unknown>>> = {};
  private readonly taken = new Map<RefKind, Set<string>>();
  private readonly inlining = new Set<string>();
  private readonly files = new Set<string>();
  private inlined = 0;
  private readonly out: any;

  constructor(
    source: SourceDocument,
    private readonly policy: RefPolicy,
    private readonly diagnostics: Diagnostics,
  ) {
    const url = /^https?:/.test(source.path) ? source.path : pathToFileURL(source.path).href;
    this.root = this.addResource(url, source);
    this.out = structuredClone(source.doc);
    for (const [kind, group] of Object.entries<any>(this.out?.components ?? {})) {
      if (group && typeof group === "object") this.taken.set(kind as RefKind, new Set(Object.keys(group)));
    }
  }

  async run(): Promise<any> {
    const { pending, extensions } = this.collect((v) => walkDocument(this.out, v));
    // Components that are only a reference to another file take that file's content under their own name; their
    // names are reserved first, so references met earlier elsewhere reuse them instead of adding a copy.
    const entries: Array<[Pending, Target, RefKind, string]> = [];
    for (const p of pending) {
      const m = /^\/components\/([^/]+)\/([^/]+)$/.exec(p.pointer);
      if (!m || p.key !== undefined || Object.keys(p.node).length !== 1 || typeof p.node.$ref !== "string" || p.node.$ref.startsWith("#"))
        continue;
      p.done = true;
      const t = await this.locate(p.node.$ref, this.root, p.pointer);
      if (!t) continue;
      if (t.res === this.root) {
        p.done = false;
        continue;
      }
      const key = `${t.res.url}#${t.pointer}`;
      if (this.hoisted.has(key)) p.node.$ref = this.hoisted.get(key);
      else {
        this.hoisted.set(key, "#" + p.pointer);
        entries.push([p, t, p.kind, p.pointer]);
      }
    }
    for (const [p, t, kind, pointer] of entries) {
      const [, group, name] = splitPointer(pointer);
      const clone = structuredClone(resolvePointer(t.res.source.doc, t.pointer));
      this.out.components[group!][name!] = clone;
      this.regions.push({ pointer, source: t.res.source, at: t.pointer });
      this.files.add(t.res.source.file);
      await this.processTree(clone, t.res, t.pointer, kind, p.pointer);
    }
    for (const [value, pointer] of extensions) this.checkExtension(value, pointer, this.root);
    for (const p of pending) if (!p.done) await this.resolveOne(p, this.root, p.pointer);

    const added: string[] = [];
    for (const [kind, group] of Object.entries(this.extra)) {
      this.out.components ??= {};
      this.out.components[kind] ??= {};
      const target = this.out.components[kind];
      for (const [name, value] of Object.entries(group!)) {
        target[name] = value;
        added.push(name);
      }
    }
    if (this.files.size > 0) {
      const parts = [`${this.files.size} file(s) referenced (${[...this.files].sort().join(", ")})`];
      if (added.length) parts.push(`${added.length} component(s) added (${added.join(", ")})`);
      if (this.inlined) parts.push(`${this.inlined} path item(s) inlined`);
      this.diagnostics.info("load/bundled", locateIn(this.root.source, ""), `external references resolved: ${parts.join("; ")}`);
    }
    return this.out;
  }

  private collect(walk: (visitor: RefVisitor) => void): { pending: Pending[]; extensions: Array<[unknown, string]> } {
    const pending: Pending[] = [];
    const extensions: Array<[unknown, string]> = [];
    walk({
      ref: (node, pointer, kind) => void pending.push({ node, pointer, kind }),
      extension: (value, pointer) => void extensions.push([value, pointer]),
      // A mapping value is a reference unless it is a bare schema name; it is resolved like a `$ref`.
      mapping: (mapping, pointer) => {
        for (const [key, value] of Object.entries(mapping)) {
          if (typeof value === "string" && /[#/]|\.(ya?ml|json)$/i.test(value))
            pending.push({ node: mapping, pointer, kind: "schemas", key });
        }
      },
    });
    return { pending, extensions };
  }

  /** Resolves the references inside `node` (a copy of `res` at `srcPtr`, now living at `outPtr` in the output). */
  private async processTree(node: unknown, res: Resource, srcPtr: string, kind: RefKind, outPtr: string): Promise<void> {
    const { pending, extensions } = this.collect((v) => walkAs(node, srcPtr, kind, v));
    for (const [value, pointer] of extensions) this.checkExtension(value, pointer, res);
    for (const p of pending) await this.resolveOne(p, res, outPtr + p.pointer.slice(srcPtr.length));
  }

  private async resolveOne(p: Pending, res: Resource, outPointer: string): Promise<void> {
    const { node, pointer, kind } = p;
    if (p.key !== undefined) {
      const t = await this.locate(node[p.key], res, pointer, p.key);
      if (t) node[p.key] = await this.output(t, "schemas");
      return;
    }
    if (typeof node.$ref === "string") {
      const t = await this.locate(node.$ref, res, pointer);
      if (t) {
        if (kind === "pathItems" && t.res !== this.root) await this.inline(node, t, kind, outPointer, pointer, res);
        else node.$ref = await this.output(t, kind);
      }
    }
    if (kind === "schemas" && typeof node.$dynamicRef === "string") await this.dynamicRef(node, res, pointer);
  }

  /** The `$ref` that stands for a target in the output document. */
  private async output(t: Target, kind: RefKind): Promise<string> {
    if (t.res === this.root && !(kind === "schemas" && DEFS.test(t.pointer) && !/^\/components\/schemas\/[^/]+$/.test(t.pointer))) {
      return "#" + t.pointer;
    }
    const key = `${t.res.url}#${t.pointer}`;
    const known = this.hoisted.get(key);
    if (known) return known;
    const name = this.freeName(kind, this.nameFor(t));
    const pointer = joinPointer("/components", kind, name);
    this.hoisted.set(key, "#" + pointer);
    const clone = structuredClone(resolvePointer(t.res.source.doc, t.pointer));
    this.extra[kind] ??= {};
    this.extra[kind][name] = clone;
    this.regions.push({ pointer, source: t.res.source, at: t.pointer });
    if (t.res !== this.root) this.files.add(t.res.source.file);
    await this.processTree(clone, t.res, t.pointer, kind, pointer);
    return "#" + pointer;
  }

  private async inline(node: any, t: Target, kind: RefKind, outPointer: string, pointer: string, res: Resource): Promise<void> {
    const key = `${t.res.url}#${t.pointer}`;
    if (this.inlining.has(key)) {
      this.diagnostics.error(
        "load/ref-cycle",
        locateIn(res.source, `${pointer}/$ref`),
        `$ref ${node.$ref} refers back to itself through other path items`,
      );
      return;
    }
    this.inlining.add(key);
    const siblings = { ...node };
    delete siblings.$ref;
    for (const k of Object.keys(node)) delete node[k];
    Object.assign(node, structuredClone(resolvePointer(t.res.source.doc, t.pointer)), siblings);
    this.regions.push({ pointer: outPointer, source: t.res.source, at: t.pointer });
    this.files.add(t.res.source.file);
    this.inlined++;
    await this.processTree(node, t.res, t.pointer, kind, outPointer);
    this.inlining.delete(key);
  }

  /** Finds what a `$ref` at `pointer` of `res` points to, loading its file when allowed; undefined after an error. */
  private async locate(ref: string, res: Resource, pointer: string, key = "$ref"): Promise<Target | undefined> {
    const where = () => locateIn(res.source, joinPointer(pointer, key));
    let href: string;
    let rawFragment: string;
    let url: URL | undefined;
    if (ref.startsWith("#") && res.bases.size === 0) {
      href = res.url;
      rawFragment = ref.slice(1);
    } else {
      try {
        url = new URL(ref, this.baseAt(res, pointer));
      } catch {
        this.diagnostics.error("load/ref-invalid", where(), `$ref ${JSON.stringify(ref)} is not a valid URI reference`);
        return undefined;
      }
      rawFragment = url.hash.slice(1);
      url.hash = "";
      href = url.href;
    }
    const fragment = decodeFragment(rawFragment);
    let target: Resource | undefined;
    let base = "";
    const byId = this.findId(href);
    if (byId) [target, base] = byId;
    else target = this.resources.get(href) ?? (url ? await this.load(url, ref, where) : undefined);
    if (!target) return undefined;

    const pointerOf = (frag: string) => (frag === "" ? base : frag.startsWith("/") ? base + frag : target!.anchors.get(`${href}#${frag}`));
    let ptr = pointerOf(fragment);
    if ((ptr === undefined || resolvePointer(target.source.doc, ptr) === undefined) && rawFragment !== fragment)
      ptr = pointerOf(rawFragment) ?? ptr;
    if (ptr === undefined || resolvePointer(target.source.doc, ptr) === undefined) {
      // A dangling pointer written in the root file is validate's to report (validate/dangling-ref), as written.
      if (target === this.root && res === this.root && ptr !== undefined) return undefined;
      const what = ptr === undefined ? `no $anchor "${fragment}"` : `nothing at ${ptr || "/"}`;
      this.diagnostics.error("load/ref-not-found", where(), `$ref ${ref} points to ${what} in ${target.source.file}`);
      return undefined;
    }
    return { res: target, pointer: ptr };
  }

  /** Reads the file or URL a reference names, if the policy allows it. */
  private async load(url: URL, ref: string, where: () => Location): Promise<Resource | undefined> {
    let source: SourceDocument;
    if (url.protocol === "file:") {
      const path = filePath(url);
      if (path === undefined) {
        this.diagnostics.error("load/ref-invalid", where(), `$ref ${ref}: ${url.href} is not a local file URL`);
        return undefined;
      }
      if (!isAllowedFile(this.policy, path)) {
        this.diagnostics.error(
          "load/ref-outside",
          where(),
          `$ref ${ref} resolves to ${path}, outside the folders references may read (${this.policy.allowDirs.map(displayName).join(", ")}); not read. Add its folder to the config's refs.allowDirs to allow it`,
        );
        return undefined;
      }
      if (!existsSync(path) || !statSync(path).isFile()) {
        this.diagnostics.error("load/ref-not-found", where(), `$ref ${ref}: file ${displayName(path)} not found`);
        return undefined;
      }
      let text: string;
      try {
        text = readSpecText(path, displayName(path), this.diagnostics);
      } catch (e) {
        this.diagnostics.error(
          "load/ref-not-found",
          where(),
          `$ref ${ref}: could not read ${displayName(path)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        );
        return undefined;
      }
      source = parseSource(text, displayName(path), path);
    } else if (url.protocol === "http:" || url.protocol === "https:") {
      if (!isAllowedHost(this.policy, url)) {
        this.diagnostics.error(
          "load/ref-http",
          where(),
          `$ref ${ref} is at ${url.href}; not fetched: HTTP references are fetched only from hosts listed in the config's refs.allowHosts`,
        );
        return undefined;
      }
      let text: string;
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(30_000), redirect: "error" });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        text = await response.text();
      } catch (e) {
        this.diagnostics.error("load/ref-not-found", where(), `$ref ${ref}: could not fetch ${url.href}: ${(e as Error).message}`);
        return undefined;
      }
      source = parseSource(text, url.href, url.href);
    } else {
      this.diagnostics.error("load/ref-invalid", where(), `$ref ${ref}: unsupported scheme ${url.protocol}`);
      return undefined;
    }
    return this.addResource(url.href, source);
  }

  private addResource(url: string, source: SourceDocument): Resource {
    const res: Resource = { url, source, ids: new Map(), anchors: new Map(), dynamicAnchors: new Map(), bases: new Map() };
    index(source.doc, [], url, res, undefined);
    this.resources.set(url, res);
    return res;
  }

  private findId(href: string): [Resource, string] | undefined {
    for (const res of this.resources.values()) {
      const ptr = res.ids.get(href);
      if (ptr !== undefined) return [res, ptr];
    }
    return undefined;
  }

  private baseAt(res: Resource, pointer: string): string {
    if (res.bases.size === 0) return res.url;
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf("/"))) {
      const b = res.bases.get(p);
      if (b) return b;
      if (p === "") return res.url;
    }
  }

  private nameFor(t: Target): string {
    const last = splitPointer(t.pointer).at(-1);
    if (last && !/^\d+$/.test(last)) return last;
    const id = [...t.res.ids].find(([, p]) => p === t.pointer)?.[0];
    const file = id
      ? decodeFragment(new URL(id).pathname)
      : /^https?:/.test(t.res.source.path)
        ? decodeFragment(new URL(t.res.source.path).pathname)
        : t.res.source.path;
    const stem = basename(file, extname(file)) || "External";
    return last ? `${stem}_${last}` : stem;
  }

  private freeName(kind: RefKind, base: string): string {
    const taken = this.taken.get(kind) ?? new Set<string>();
    this.taken.set(kind, taken);
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base}${i}`;
    taken.add(name);
    return name;
  }

  private async dynamicRef(node: any, res: Resource, pointer: string): Promise<void> {
    const ref: string = node.$dynamicRef;
    const where = locateIn(res.source, `${pointer}/$dynamicRef`);
    delete node.$dynamicRef;
    let anchor: string | undefined;
    let owner: Resource | undefined;
    try {
      const url = new URL(ref, this.baseAt(res, pointer));
      const name = decodeFragment(url.hash.slice(1));
      url.hash = "";
      owner = this.findId(url.href)?.[0] ?? this.resources.get(url.href);
      anchor = owner?.dynamicAnchors.get(`${url.href}#${name}`);
    } catch {
      // Not a URI reference: reported below as having no anchor.
    }
    if (anchor !== undefined && owner && node.$ref === undefined) {
      node.$ref = await this.output({ res: owner, pointer: anchor }, "schemas");
      this.diagnostics.warn(
        "load/dynamic-ref",
        where,
        `$dynamicRef ${ref} resolved statically to the $dynamicAnchor at ${anchor} of its own resource; extending it from another resource is not supported`,
      );
    } else {
      this.diagnostics.warn(
        "load/dynamic-ref",
        where,
        `$dynamicRef ${ref} has no matching $dynamicAnchor in its resource: typed as unknown`,
      );
    }
  }

  /** `$ref`s inside an extension the generator does not read are data: never followed, a warning when unresolvable. */
  private checkExtension(value: unknown, pointer: string, res: Resource): void {
    const visit = (node: unknown, p: string): void => {
      if (Array.isArray(node))
        return node.forEach((v, i) => {
          visit(v, `${p}/${i}`);
        });
      if (typeof node !== "object" || node === null) return;
      const ref = (node as any).$ref;
      if (typeof ref === "string") {
        const problem = this.unresolvable(ref, res, p);
        if (problem) {
          const ext = splitPointer(pointer).at(-1);
          this.diagnostics.warn(
            "load/ref-in-extension",
            locateIn(res.source, `${p}/$ref`),
            `$ref ${ref} inside \`${ext}\` (an extension the generator does not read) is left as data: ${problem}`,
          );
        }
      }
      for (const [k, v] of Object.entries(node)) visit(v, joinPointer(p, k));
    };
    visit(value, pointer);
  }

  private unresolvable(ref: string, res: Resource, pointer: string): string | undefined {
    let url: URL;
    try {
      url = new URL(ref, this.baseAt(res, pointer));
    } catch {
      return "not a valid URI reference";
    }
    const fragment = decodeFragment(url.hash.slice(1));
    url.hash = "";
    if (url.href === res.url) {
      if (fragment.startsWith("/") && resolvePointer(res.source.doc, fragment) === undefined) return `nothing at ${fragment} in this file`;
      return undefined;
    }
    if (url.protocol !== "file:") return undefined;
    const path = filePath(url);
    if (path === undefined) return `${url.href} is not a local file URL`;
    if (!isAllowedFile(this.policy, path)) return `${path} is outside the folders references may read`;
    if (!existsSync(path)) return `file ${displayName(path)} not found`;
    return undefined;
  }
}

/** The local path of a `file:` URL (undefined for `file://host/…`, which names another machine). */
function filePath(url: URL): string | undefined {
  try {
    return fileURLToPath(url);
  } catch {
    return undefined;
  }
}

/** Percent-decodes a URI fragment (RFC 6901 §6); a fragment that is not valid percent-encoding is taken as written. */
function decodeFragment(fragment: string): string {
  if (!fragment.includes("%")) return fragment;
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * Records the `$id`s, `$anchor`s and `$dynamicAnchor`s of a document, skipping data values. `path` holds the
 * segments down to `node`; a pointer is spelled only for the few nodes that carry one of those keywords.
 */
function index(node: unknown, path: Array<string | number>, base: string, res: Resource, parentKey: string | undefined): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      path.push(i);
      index(node[i], path, base, res, undefined);
      path.pop();
    }
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const n = node as Record<string, unknown>;
  const names = parentKey !== undefined && NAME_MAPS.has(parentKey);
  let b = base;
  if (!names) {
    const pointer = () => joinPointer("", ...path);
    if (typeof n.$id === "string") {
      if (n.$id.startsWith("#")) res.anchors.set(`${b}#${n.$id.slice(1)}`, pointer());
      else {
        try {
          const u = new URL(n.$id, b);
          u.hash = "";
          b = u.href;
          res.ids.set(b, pointer());
          res.bases.set(pointer(), b);
        } catch {
          // An `$id` that is not a URI: ignored (validate may report it).
        }
      }
    }
    if (typeof n.$anchor === "string") res.anchors.set(`${b}#${n.$anchor}`, pointer());
    if (typeof n.$dynamicAnchor === "string") {
      res.anchors.set(`${b}#${n.$dynamicAnchor}`, pointer());
      res.dynamicAnchors.set(`${b}#${n.$dynamicAnchor}`, pointer());
    }
  }
  for (const k in n) {
    if (!Object.hasOwn(n, k) || (!names && (DATA.has(k) || k.startsWith("x-")))) continue;
    path.push(k);
    index(n[k], path, b, res, names ? undefined : k);
    path.pop();
  }
}
